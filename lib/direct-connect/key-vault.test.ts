import { describe, expect, it } from "vitest";
import { generateSm4Key } from "@/lib/gm";
import { KeyVaultError, openKey, sealKey } from "./key-vault";

describe("E5 keys are encrypted at rest", () => {
  it("seals a key so that the stored form does not contain it, and opens it again", () => {
    const key = generateSm4Key();
    const sealed = sealKey(key);
    expect(sealed).not.toContain(key);
    expect(openKey(sealed)).toBe(key);
    expect(sealKey(key)).not.toBe(sealed); // a fresh IV every time
  });

  it("refuses a sealed key that was changed in storage", () => {
    const sealed = sealKey(generateSm4Key());
    const [v, body, mac] = sealed.split(".");
    const flipped = body.slice(0, 10) + (body[10] === "A" ? "B" : "A") + body.slice(11);
    expect(() => openKey(`${v}.${flipped}.${mac}`)).toThrow(KeyVaultError);
    expect(() => openKey(`${v}.${body}.${"0".repeat(mac.length)}`)).toThrow(KeyVaultError);
    expect(() => openKey("garbage")).toThrow(KeyVaultError);
  });

  it("uses KEY_MASTER_KEY when it is set, so another master key cannot open the key", () => {
    const key = generateSm4Key();
    const before = process.env.KEY_MASTER_KEY;
    try {
      process.env.KEY_MASTER_KEY = "0123456789abcdeffedcba9876543210";
      const sealed = sealKey(key);
      expect(openKey(sealed)).toBe(key);
      process.env.KEY_MASTER_KEY = "ffeeddccbbaa99887766554433221100";
      expect(() => openKey(sealed)).toThrow(KeyVaultError);
      process.env.KEY_MASTER_KEY = "short";
      expect(() => sealKey(key)).toThrow(/KEY_MASTER_KEY/);
    } finally {
      if (before === undefined) delete process.env.KEY_MASTER_KEY;
      else process.env.KEY_MASTER_KEY = before;
    }
  });
});
