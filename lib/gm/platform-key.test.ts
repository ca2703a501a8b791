import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateSm2KeyPair, sm2Sign, sm2Verify } from "@/lib/gm";
import { loadPlatformKey } from "./platform-key";

const dirs: string[] = [];
function freshDir(): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "platform-key-")), "data");
  dirs.push(path.dirname(dir));
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("platform SM2 key (S6)", () => {
  it("S6: without the variable, a key is generated once into DATA_DIR (0700) as a 0600 file and reused", () => {
    const dir = freshDir();
    const first = loadPlatformKey({ dir });
    const file = path.join(dir, "platform-sm2.key");
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, "utf8").trim()).toBe(first.privateKey);
    expect(fs.readdirSync(dir)).toEqual(["platform-sm2.key"]); // no temporary file left behind

    const again = loadPlatformKey({ dir });
    expect(again).toEqual(first);
    expect(sm2Verify(first.publicKey, "checkpoint", sm2Sign(again.privateKey, "checkpoint"))).toBe(true);
  });

  it("S6: PLATFORM_SM2_PRIVATE_KEY takes precedence and nothing is written", () => {
    const dir = freshDir();
    const pair = generateSm2KeyPair();
    expect(loadPlatformKey({ envKey: pair.privateKey.toUpperCase(), dir })).toEqual(pair);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it("S6: a damaged key file is refused, never silently replaced", () => {
    const dir = freshDir();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "platform-sm2.key"), "not a key\n");
    expect(() => loadPlatformKey({ dir })).toThrow(/私钥无效/);
    expect(fs.readFileSync(path.join(dir, "platform-sm2.key"), "utf8")).toBe("not a key\n");
    expect(() => loadPlatformKey({ envKey: "ab12", dir })).toThrow(/PLATFORM_SM2_PRIVATE_KEY/);
  });
});
