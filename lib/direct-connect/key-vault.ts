/**
 * E5: enterprise SM4 keys are stored only sealed. The master key is KEY_MASTER_KEY (32 hex
 * characters, an SM4 key) from the environment; where it is unset (a single demo instance) it is
 * derived from the root secret (lib/config derivedKey). Sealing is SM4-CBC with a fresh IV, then
 * HMAC-SM3 over the ciphertext with a second key, so a row edited in the database fails to open
 * instead of yielding a different key.
 */
import { timingSafeEqual } from "node:crypto";
import { ConfigError, derivedKey } from "@/lib/config";
import { decryptBody, encryptBody, hmacSm3 } from "@/lib/gm";

const VERSION = "v1";

function masterKey(): Buffer {
  const fromEnv = process.env.KEY_MASTER_KEY?.trim();
  if (fromEnv) {
    if (!/^[0-9a-fA-F]{32}$/.test(fromEnv)) throw new ConfigError("KEY_MASTER_KEY 应为 32 位十六进制数（128 位 SM4 密钥）");
    return Buffer.from(fromEnv, "hex");
  }
  return derivedKey("key-vault").subarray(0, 16);
}

function macKey(): Buffer {
  return Buffer.concat([masterKey(), derivedKey("key-vault-mac")]);
}

export class KeyVaultError extends Error {
  constructor() {
    super("密钥密文无法解开：主密钥不符或记录被改动");
  }
}

/** Seals a 32-hex-character SM4 key for storage. */
export function sealKey(keyHex: string): string {
  if (!/^[0-9a-f]{32}$/.test(keyHex)) throw new Error("SM4 密钥应为 32 位小写十六进制数");
  const body = encryptBody(masterKey(), keyHex);
  return `${VERSION}.${body}.${hmacSm3(macKey(), body)}`;
}

/** Opens a sealed key back to its 32-hex-character form; throws KeyVaultError if anything is off. */
export function openKey(sealed: string): string {
  const [version, body, mac] = sealed.split(".");
  if (version !== VERSION || !body || !mac) throw new KeyVaultError();
  const expected = Buffer.from(hmacSm3(macKey(), body), "hex");
  const given = Buffer.from(mac, "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new KeyVaultError();
  try {
    return decryptBody(masterKey(), body);
  } catch {
    throw new KeyVaultError();
  }
}
