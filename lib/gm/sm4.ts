/**
 * SM4 (GB/T 32907, GM/T 0002) in CBC mode with PKCS#7 padding via node:crypto (OpenSSL),
 * byte-identical to sm-crypto's `sm4.encrypt(…, { mode: "cbc", iv })`.
 *
 * Also the body envelope of the direct-connect protocol (spec/direct-connect-protocol.md):
 * `Base64( IV (16 random bytes) ‖ SM4-CBC-PKCS#7( UTF-8 JSON ) )`.
 */
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const BLOCK = 16;
const HEX_KEY = /^[0-9a-fA-F]{32}$/;
// Strict standard Base64 (RFC 4648 §4, padded). Buffer.from(…, "base64") alone silently skips junk.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The only error decryption of untrusted data ever throws. Deliberately carries no detail
 * (padding, length, encoding…), so that callers cannot leak a padding oracle.
 */
export class GmDecryptError extends Error {
  constructor() {
    super("decryption failed");
    this.name = "GmDecryptError";
  }
}

/** An SM4 key as 32 hex characters or 16 bytes. */
export type Sm4Key = string | Uint8Array;

/**
 * Normalises a key. A malformed key is a configuration bug on our side, not bad input from a
 * caller, so it throws a TypeError rather than GmDecryptError.
 */
function keyBytes(key: Sm4Key): Uint8Array {
  if (typeof key === "string") {
    if (!HEX_KEY.test(key)) throw new TypeError("SM4 key must be 32 hex characters");
    return Buffer.from(key, "hex");
  }
  if (key.length !== BLOCK) throw new TypeError("SM4 key must be 16 bytes");
  return key;
}

function checkIv(iv: Uint8Array): void {
  if (iv.length !== BLOCK) throw new TypeError("SM4 IV must be 16 bytes");
}

/** A fresh random SM4 key, 32 lower-case hex characters. */
export function generateSm4Key(): string {
  return randomBytes(BLOCK).toString("hex");
}

/** SM4-CBC with PKCS#7 padding. */
export function sm4EncryptCbc(key: Uint8Array, iv: Uint8Array, plaintext: Uint8Array): Uint8Array {
  checkIv(iv);
  const cipher = createCipheriv("sm4-cbc", keyBytes(key), iv);
  return new Uint8Array(Buffer.concat([cipher.update(plaintext), cipher.final()]));
}

/** Inverse of sm4EncryptCbc. Throws GmDecryptError on bad length or padding. */
export function sm4DecryptCbc(key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array): Uint8Array {
  checkIv(iv);
  const k = keyBytes(key);
  if (ciphertext.length === 0 || ciphertext.length % BLOCK !== 0) throw new GmDecryptError();
  try {
    const decipher = createDecipheriv("sm4-cbc", k, iv);
    return new Uint8Array(Buffer.concat([decipher.update(ciphertext), decipher.final()]));
  } catch {
    throw new GmDecryptError();
  }
}

/**
 * Encrypts a JSON text into the protocol's body: Base64 of IV ‖ ciphertext. A fresh random IV is
 * drawn for every call; pass `iv` only to reproduce known vectors (tests, documentation).
 */
export function encryptBody(key: Sm4Key, json: string, iv?: Uint8Array): string {
  const ivBytes = iv ?? randomBytes(BLOCK);
  const ct = sm4EncryptCbc(keyBytes(key), ivBytes, Buffer.from(json, "utf8"));
  return Buffer.concat([ivBytes, ct]).toString("base64");
}

// `fatal: true`: invalid UTF-8 is a decryption failure, not a string full of U+FFFD.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decrypts a protocol body back to its UTF-8 text (the caller parses the JSON).
 * Any failure — not Base64, too short, not whole blocks, bad padding (e.g. wrong key or tampered
 * ciphertext), invalid UTF-8 — throws the same detail-free GmDecryptError.
 */
export function decryptBody(key: Sm4Key, body: string): string {
  const k = keyBytes(key);
  if (!BASE64.test(body)) throw new GmDecryptError();
  const raw = Buffer.from(body, "base64");
  // At least the IV and one block; the ciphertext is always whole blocks.
  if (raw.length < 2 * BLOCK || raw.length % BLOCK !== 0) throw new GmDecryptError();
  const plain = sm4DecryptCbc(k, raw.subarray(0, BLOCK), raw.subarray(BLOCK));
  try {
    return utf8.decode(plain);
  } catch {
    throw new GmDecryptError();
  }
}
