/**
 * SM4 encryption of the personal fields (DB37 appendix B: 部分参数加解密). Wherever a key named
 * `name`, `idNumber` or `mobile` holds a string in a request or answer body, at any depth, the
 * value travels as Base64( IV ‖ SM4-CBC-PKCS#7(UTF-8 value) ) under the configured SM4 key; every
 * other field is plain JSON. Both sides apply the same rule, so neither needs a field list per
 * interface.
 */
import { decryptBody, encryptBody } from "@/lib/gm";

export const PERSONAL_FIELDS: readonly string[] = ["name", "idNumber", "mobile"];

function walk(value: unknown, transform: (s: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(v, transform));
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, PERSONAL_FIELDS.includes(k) && typeof v === "string" ? transform(v) : walk(v, transform)]),
    );
  }
  return value;
}

export function encryptPersonalFields<T>(body: T, sm4Key: string): T {
  return walk(body, (s) => encryptBody(sm4Key, s)) as T;
}

/** Throws GmDecryptError when a personal field is not a ciphertext of this key. */
export function decryptPersonalFields<T>(body: T, sm4Key: string): T {
  return walk(body, (s) => decryptBody(sm4Key, s)) as T;
}
