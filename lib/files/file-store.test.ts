import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DatabaseFileStore, LocalDiskFileStore } from "@/lib/files/file-store";
import { detectMaterialType } from "@/lib/files/file-type";

const key = () => randomBytes(12).toString("base64url");

describe("file store and type detection (P1)", () => {
  it("P1: PDF, PNG and JPG are recognised by their first bytes; anything else is not, whatever its name", () => {
    expect(detectMaterialType(new TextEncoder().encode("%PDF-1.7\n"))).toBe("application/pdf");
    expect(detectMaterialType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(detectMaterialType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]))).toBe("image/jpeg");
    expect(detectMaterialType(new TextEncoder().encode("<script>alert(1)</script>"))).toBeNull();
    expect(detectMaterialType(new TextEncoder().encode("MZ\x90\x00"))).toBeNull();
    expect(detectMaterialType(new Uint8Array([0x25, 0x50]))).toBeNull(); // too short to be "%PDF-"
  });

  it("P1: the database store (several instances) and the disk store keep and return the same bytes", async () => {
    const content = randomBytes(4096);
    for (const store of [new DatabaseFileStore(db), new LocalDiskFileStore(".test-tmp/data/store-test")]) {
      const k = key();
      await store.put(k, content);
      expect(Buffer.from((await store.get(k))!).equals(content)).toBe(true);
      await store.delete(k);
      expect(await store.get(k)).toBeNull();
    }
  });

  it("P1: a key that could leave the upload folder is refused", async () => {
    const store = new LocalDiskFileStore(".test-tmp/data/store-test");
    await expect(store.put("../../etc/passwd", new Uint8Array([1]))).rejects.toThrow(/unsafe key/);
  });
});
