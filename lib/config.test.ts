import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { authSecret, derivedKey, ensureSecretFile } from "./config";
import { startupProblems } from "./security/startup-checks";

const saved = { DATA_DIR: process.env.DATA_DIR, AUTH_SECRET: process.env.AUTH_SECRET, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET };
let dir: string;

beforeEach(() => {
  dir = path.resolve(".test-tmp", `config-${randomUUID()}`, "data");
  process.env.DATA_DIR = dir;
  delete process.env.AUTH_SECRET;
  delete process.env.NEXTAUTH_SECRET;
});

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
});

const mode = (p: string) => fs.statSync(p).mode & 0o777;

describe("data directory and secrets (S7)", () => {
  it("S7: the generated secret is written 0600 into a DATA_DIR created 0700, and kept", () => {
    const secret = authSecret();
    expect(mode(dir)).toBe(0o700);
    expect(mode(path.join(dir, "auth-secret"))).toBe(0o600);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(fs.readFileSync(path.join(dir, "auth-secret"), "utf8")).toBe(secret);
    // Written through a temporary file that does not stay behind.
    expect(fs.readdirSync(dir)).toEqual(["auth-secret"]);
    expect(authSecret()).toBe(secret);
  });

  it("S7: an existing DATA_DIR open to others is closed to 0700", () => {
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    ensureSecretFile("auth-secret");
    expect(mode(dir)).toBe(0o700);
  });

  it("S7: a secret another process wrote first is used, not overwritten", () => {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const theirs = "x".repeat(43);
    fs.writeFileSync(path.join(dir, "platform-key"), theirs, { mode: 0o600 });
    expect(ensureSecretFile("platform-key")).toBe(theirs);
    expect(fs.readFileSync(path.join(dir, "platform-key"), "utf8")).toBe(theirs);
  });

  it("S7: a secret file shorter than 32 characters is refused, not used", () => {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(dir, "auth-secret"), "short", { mode: 0o600 });
    expect(() => authSecret()).toThrow(/auth-secret.*32/);
  });

  it("S7: a short AUTH_SECRET is refused at start with a message naming it", () => {
    process.env.AUTH_SECRET = "a".repeat(31);
    expect(() => authSecret()).toThrow("AUTH_SECRET");
    expect(startupProblems().join("\n")).toMatch(/AUTH_SECRET.*32/);
    process.env.AUTH_SECRET = "a".repeat(32);
    expect(authSecret()).toBe("a".repeat(32));
    expect(startupProblems()).toEqual([]);
  });

  it("S7: the session and SMS-code keys differ, are stable, and follow the root secret", () => {
    process.env.AUTH_SECRET = "root-secret-for-the-s7-test-0123456789";
    const session = derivedKey("session");
    const sms = derivedKey("sms-code");
    expect(session.length).toBe(32);
    expect(sms.length).toBe(32);
    expect(session.equals(sms)).toBe(false);
    expect(session.toString("utf8")).not.toContain(process.env.AUTH_SECRET);
    expect(derivedKey("session").equals(session)).toBe(true);
    expect(derivedKey("sms-code").equals(sms)).toBe(true);
    process.env.AUTH_SECRET = "another-root-secret-for-the-s7-test-0123";
    expect(derivedKey("session").equals(session)).toBe(false);
  });
});
