/**
 * The platform's SM2 key pair (S6): it signs the operation trace's checkpoints, and later the
 * certificates and the direct-connect gateway's responses. It is kept outside the database, so
 * whoever can rewrite the database cannot re-sign what they rewrote: PLATFORM_SM2_PRIVATE_KEY
 * (hex) in the environment, otherwise DATA_DIR/platform-sm2.key, generated on first use.
 * Several instances must share one key (set the variable, or share DATA_DIR).
 */
import fs from "node:fs";
import path from "node:path";
import { createSecretFileOnce, dataDir } from "@/lib/config";
import { generateSm2KeyPair, isSm2PublicKey, sm2PublicKeyFromPrivate, sm2Sign, sm3Hex } from "@/lib/gm";

export const PLATFORM_KEY_FILE = "platform-sm2.key";

export interface PlatformKey {
  privateKey: string;
  /** Uncompressed `04…` hex, published with whatever the key signs. */
  publicKey: string;
}

function keyPairOf(privateKey: string, origin: string): PlatformKey {
  const normalized = privateKey.trim().toLowerCase();
  try {
    return { privateKey: normalized, publicKey: sm2PublicKeyFromPrivate(normalized) };
  } catch {
    // Never replace a bad key silently: everything it signed would stop verifying.
    throw new Error(`平台 SM2 私钥无效（${origin}）：应为 64 位十六进制数`);
  }
}

/**
 * Reads the key file, or creates it atomically: if two processes start together, both end up
 * signing with the first one's key (createSecretFileOnce).
 */
function readOrCreateKeyFile(dir: string): PlatformKey {
  const file = path.join(dir, PLATFORM_KEY_FILE);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  createSecretFileOnce(file, () => `${generateSm2KeyPair().privateKey}\n`);
  return keyPairOf(fs.readFileSync(file, "utf8"), file);
}

/** The key from `source` (the environment and DATA_DIR by default), without caching. */
export function loadPlatformKey(source: { envKey?: string; dir: string } = { envKey: process.env.PLATFORM_SM2_PRIVATE_KEY, dir: dataDir() }): PlatformKey {
  if (source.envKey?.trim()) return keyPairOf(source.envKey, "PLATFORM_SM2_PRIVATE_KEY");
  return readOrCreateKeyFile(source.dir);
}

let cached: PlatformKey | undefined;

/** The platform key of this process, loaded once. */
export function platformKey(): PlatformKey {
  return (cached ??= loadPlatformKey());
}

export function platformPublicKey(): string {
  return platformKey().publicKey;
}

export function signWithPlatformKey(message: string): string {
  return sm2Sign(platformKey().privateKey, message);
}

/**
 * Public keys whose signatures the platform still accepts: its own, plus retired ones listed
 * (comma-separated hex) in PLATFORM_SM2_RETIRED_PUBLIC_KEYS, so that what was signed before a
 * key rotation keeps verifying.
 */
export function trustedPlatformPublicKeys(): string[] {
  const retired = (process.env.PLATFORM_SM2_RETIRED_PUBLIC_KEYS ?? "")
    .split(",")
    .map((k) => k.trim().toLowerCase())
    .filter((k) => k && isSm2PublicKey(k));
  return [platformPublicKey(), ...retired];
}

/** Short form to show a key to people: the first 16 hex chars of SM3(public key). */
export function publicKeyFingerprint(publicKey: string): string {
  return sm3Hex(publicKey.toLowerCase()).slice(0, 16);
}
