/**
 * Password hashing with scrypt (memory-hard, U6). Stored as
 * `scrypt$N$r$p$salt$hash` (base64url) so the cost can be raised later without a migration.
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from "node:crypto";

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );

// S7: N = 2^17, r = 8: 128 MiB per hash (~350 ms on the reference machine). Hashes made with
// other parameters still verify and are replaced at the next login (needsRehash).
export const PASSWORD_COST = { N: 1 << 17, r: 8, p: 1 };
const KEY_LENGTH = 32;
// Node refuses scrypt above maxmem (32 MiB by default); 128 * N * r bytes are needed.
const MAX_MEM = 256 * 1024 * 1024;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, { ...PASSWORD_COST, maxmem: MAX_MEM });
  return ["scrypt", PASSWORD_COST.N, PASSWORD_COST.r, PASSWORD_COST.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const key = await scrypt(password.normalize("NFKC"), Buffer.from(salt, "base64url"), expected.length, {
    N: Number(n), r: Number(r), p: Number(p), maxmem: MAX_MEM,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A stored hash made with other parameters than today's, to be replaced once the password is known. */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p, , hash] = stored.split("$");
  return scheme !== "scrypt" || Number(n) !== PASSWORD_COST.N || Number(r) !== PASSWORD_COST.r || Number(p) !== PASSWORD_COST.p || Buffer.from(hash ?? "", "base64url").length !== KEY_LENGTH;
}

/**
 * A hash of a random password, used to spend the same time verifying a login for an unknown
 * user name as for a known one, so response time does not reveal which user names exist.
 */
let decoy: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  return (decoy ??= hashPassword(randomBytes(12).toString("hex")));
}

/** The policy lives in password-policy.ts so client forms can use it without node:crypto. */
export { PASSWORD_RULE_TEXT, isStrongPassword } from "./password-policy";
