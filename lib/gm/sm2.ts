/**
 * SM2 (GB/T 32918, GM/T 0003) signatures and public-key encryption, interoperable with sm-crypto
 * and the usual Chinese SDKs. Curve arithmetic comes from sm-crypto-v2 (built on @noble/curves);
 * SM3 digests are done with node:crypto, and the per-key constant work (Z value, point
 * decompression and precomputation tables) is cached.
 *
 * Conventions (the ones every Chinese SDK uses, and spec/direct-connect-protocol.md requires):
 * - keys are hex: private 64 hex chars; public uncompressed `04‖x‖y` (130 hex chars);
 * - signing digests e = SM3(Z_A ‖ M), Z_A with the default user ID below (sm-crypto's `hash: true`);
 * - signatures are DER `SEQUENCE { INTEGER r, INTEGER s }` in lower-case hex (`der: true`);
 * - ciphertexts are C1C3C2 hex with C1 = x‖y without the 04 prefix (sm-crypto `cipherMode` 1).
 */
import { sm2 } from "sm-crypto-v2";
import { sm3 } from "./sm3";
import type { GmInput } from "./sm3";
import { GmDecryptError } from "./sm4";

/**
 * Default distinguishing identifier, GM/T 0009-2012 §10: the 16-byte ASCII string
 * "1234567812345678". Note that OpenSSL 3 (hence node:crypto's own SM2) defaults to an EMPTY ID,
 * which is why we do not use node:crypto for SM2: its signatures would not verify elsewhere.
 */
export const SM2_DEFAULT_USER_ID = "1234567812345678";

/** Order n of the SM2 recommended curve (GM/T 0003.5 / GB/T 32918.5), to range-check r and s. */
const N = BigInt("0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123");

type Sm2Point = ReturnType<typeof sm2.precomputePublicKey>;

export interface Sm2KeyPair {
  /** 64 lower-case hex chars. */
  privateKey: string;
  /** Uncompressed, `04…`, 130 lower-case hex chars. */
  publicKey: string;
}

const PRIVATE_KEY = /^[0-9a-fA-F]{64}$/;
const PUBLIC_KEY = /^(?:04[0-9a-fA-F]{128}|0[23][0-9a-fA-F]{64})$/;
const HEX = /^(?:[0-9a-fA-F]{2})*$/;

const toBytes = (data: GmInput): Uint8Array =>
  typeof data === "string" ? Buffer.from(data, "utf8") : data;

/** A tiny LRU: Map keeps insertion order, so re-inserting on a hit makes the first key the eldest. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  private readonly max: number;
  constructor(max: number) {
    this.max = max;
  }
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, v: V): void {
    this.map.delete(key);
    this.map.set(key, v);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }
}

// ---------------------------------------------------------------------------------------------
// Variable-time multiplication for verification
// ---------------------------------------------------------------------------------------------

/**
 * Verification computes s·G + t·P from public values only, so it need not be constant-time.
 * sm-crypto-v2's verify uses noble's constant-time multiply, which adds a dummy point for every
 * window; signed fixed-window tables (one for G, one per cached public key) and only the real
 * additions (~76 instead of ~150) take a verify from 1.6 to 1.2 ms on this 2-core host.
 * Signing keeps the library's constant-time path: it handles the private key.
 */
interface PointClass {
  BASE: Sm2Point;
  ZERO: Sm2Point;
  fromHex(hex: string): Sm2Point;
  normalizeZ(points: Sm2Point[]): Sm2Point[];
}

let pointClass: PointClass | undefined;
/** The curve's point class (sm-crypto-v2 does not export it; any of its points leads to it). */
function curvePoint(): PointClass {
  // 1·G = G: the public key of private key 1 is the generator; window 1 builds no table.
  pointClass ??= sm2.precomputePublicKey(sm2.getPublicKeyFromPrivateKey("1".padStart(64, "0")), 1).constructor as unknown as PointClass;
  return pointClass;
}

/** points[i·2^(w−1) + k − 1] = k · 2^(w·i) · P for k = 1 … 2^(w−1), enough windows for 256-bit scalars. */
interface WindowTable {
  w: number;
  points: Sm2Point[];
}

function buildWindowTable(point: Sm2Point, w: number): WindowTable {
  const half = 1 << (w - 1);
  const points: Sm2Point[] = [];
  let base = point;
  // One window more than 256/w: the signed recoding below can carry out of the top one.
  for (let i = 0; i <= Math.ceil(256 / w); i++) {
    let multiple = base;
    points.push(multiple);
    for (let k = 2; k <= half; k++) {
      multiple = multiple.add(base);
      points.push(multiple);
    }
    base = multiple.double(); // 2^(w−1) · 2 = 2^w times the window's base
  }
  return { w, points: curvePoint().normalizeZ(points) }; // stored affine (Z = 1), as noble stores its own tables
}

/** acc + scalar·P, with the scalar in signed w-bit digits (−2^(w−1) … 2^(w−1)); not constant-time. */
function multiplyAdd(table: WindowTable, scalar: bigint, acc: Sm2Point): Sm2Point {
  const { w, points } = table;
  const half = 1 << (w - 1);
  const full = 1 << w;
  const mask = BigInt(full - 1);
  const shift = BigInt(w);
  let n = scalar;
  for (let i = 0; n > BigInt(0); i++) {
    let digit = Number(n & mask);
    n >>= shift;
    if (digit > half) {
      digit -= full;
      n += BigInt(1);
    }
    if (digit !== 0) {
      const multiple = points[i * half + Math.abs(digit) - 1]!;
      acc = acc.add(digit > 0 ? multiple : multiple.negate());
    }
  }
  return acc;
}

// ---------------------------------------------------------------------------------------------
// Public keys: parsed point with precomputation table, and Z value
// ---------------------------------------------------------------------------------------------

/**
 * Window sizes: a per-key table of w = 6 is 1,408 points (built on a key's first use, ~20 ms
 * here); G's table of w = 8 is 4,224 points, built once per process. w = 8 per key would save
 * ~10 more additions but triple each cached key's memory.
 */
const KEY_WINDOW = 6;
const BASE_WINDOW = 8;
let baseTable: WindowTable | undefined;

interface PublicKeyEntry {
  point: Sm2Point;
  /** The key with noble's constant-time table, made on the first encryption to it (key delivery only). */
  encryptionPoint?: Sm2Point;
  table: WindowTable;
  /** Z_A = SM3(ENTL_A ‖ ID_A ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A), GB/T 32918.2 §5.5. */
  z: Uint8Array;
}

/** Keys with a table kept (LRU): 256 × ~150 KB ≈ 40 MB at most, plenty for the active callers. */
const publicKeys = new Lru<PublicKeyEntry>(256);

/**
 * Parses, validates (on the curve, not infinity) and caches a public key. Throws on a bad key.
 * Compressed keys are accepted; Z is always computed over the affine coordinates.
 */
function publicKeyEntry(publicKeyHex: string): PublicKeyEntry {
  const cacheKey = publicKeyHex.toLowerCase();
  const hit = publicKeys.get(cacheKey);
  if (hit) return hit;
  if (!PUBLIC_KEY.test(publicKeyHex)) throw new TypeError("malformed SM2 public key");
  const point = curvePoint().fromHex(cacheKey);
  const entry: PublicKeyEntry = { point, table: buildWindowTable(point, KEY_WINDOW), z: sm2.getZ(point.toHex(false), SM2_DEFAULT_USER_ID) };
  publicKeys.set(cacheKey, entry);
  return entry;
}

/** True if the hex string is a valid SM2 public key (a point on the curve). */
export function isSm2PublicKey(publicKeyHex: string): boolean {
  try {
    publicKeyEntry(publicKeyHex);
    return true;
  } catch {
    return false;
  }
}

/** Digest actually signed: e = SM3(Z_A ‖ M). */
function digest(z: Uint8Array, message: GmInput): Uint8Array {
  return sm3(Buffer.concat([z, toBytes(message)]));
}

// ---------------------------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------------------------

/** A fresh key pair from the CSPRNG (globalThis.crypto). */
export function generateSm2KeyPair(): Sm2KeyPair {
  const { privateKey, publicKey } = sm2.generateKeyPairHex();
  return { privateKey: privateKey.toLowerCase(), publicKey: publicKey.toLowerCase() };
}

function checkPrivateKey(privateKeyHex: string): void {
  // SM2 needs d ∈ [1, n−2] because signing inverts (1 + d).
  if (!PRIVATE_KEY.test(privateKeyHex)) throw new TypeError("malformed SM2 private key");
  const d = BigInt(`0x${privateKeyHex}`);
  if (d < BigInt(1) || d > N - BigInt(2)) throw new TypeError("SM2 private key out of range");
}

/** The uncompressed public key (`04…`) of a private key. */
export function sm2PublicKeyFromPrivate(privateKeyHex: string): string {
  checkPrivateKey(privateKeyHex);
  return sm2.getPublicKeyFromPrivateKey(privateKeyHex).toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Signatures
// ---------------------------------------------------------------------------------------------

/**
 * Derived signer data per private key. Deriving the public key is a full scalar multiplication,
 * as expensive as the signature itself, so it is cached; in practice only the platform key signs.
 */
const signers = new Lru<{ privateKey: string; z: Uint8Array }>(16);

function signer(privateKeyHex: string): { privateKey: string; z: Uint8Array } {
  const hit = signers.get(privateKeyHex);
  if (hit) return hit;
  const publicKey = sm2PublicKeyFromPrivate(privateKeyHex);
  const entry = { privateKey: privateKeyHex.toLowerCase(), z: publicKeyEntry(publicKey).z };
  signers.set(privateKeyHex, entry);
  return entry;
}

/** DER INTEGER of a positive value: minimal big-endian bytes, a 0x00 prefix if the top bit is set. */
function derInteger(v: bigint): string {
  let hex = v.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return `02${(hex.length / 2).toString(16).padStart(2, "0")}${hex}`;
}

/** DER SEQUENCE { r, s }. At most 2 × 35 bytes, so the short length form always applies. */
function encodeSignature(r: bigint, s: bigint): string {
  const body = derInteger(r) + derInteger(s);
  return `30${(body.length / 2).toString(16).padStart(2, "0")}${body}`;
}

/**
 * Strict DER decoding of an SM2 signature: exactly one SEQUENCE of two minimal, positive INTEGERs
 * in [1, n−1], nothing trailing. Non-canonical encodings are refused so that a signature has one
 * spelling. Returns null on anything else.
 */
function decodeSignature(sigHex: string): { r: bigint; s: bigint } | null {
  if (sigHex.length > 2 * 72 || !HEX.test(sigHex)) return null;
  const b = Buffer.from(sigHex, "hex");
  if (b.length < 8 || b[0] !== 0x30 || b[1] !== b.length - 2) return null;
  let pos = 2;
  const readInt = (): bigint | null => {
    if (b[pos] !== 0x02) return null;
    const len = b[pos + 1];
    if (len === undefined || len < 1 || len > 33 || pos + 2 + len > b.length) return null;
    const v = b.subarray(pos + 2, pos + 2 + len);
    if (v[0]! & 0x80) return null; // negative
    if (len > 1 && v[0] === 0x00 && !(v[1]! & 0x80)) return null; // not minimal
    pos += 2 + len;
    const n = BigInt(`0x${v.toString("hex")}`);
    return n >= BigInt(1) && n < N ? n : null;
  };
  const r = readInt();
  const s = r === null ? null : readInt();
  if (r === null || s === null || pos !== b.length) return null;
  return { r, s };
}

/**
 * Signs a message (text is UTF-8) with SM3-with-Z and the default user ID; returns DER, lower-case
 * hex. Same output format as sm-crypto's `doSignature(msg, key, { hash: true, der: true })`.
 * Throws TypeError on a malformed private key.
 */
export function sm2Sign(privateKeyHex: string, message: GmInput): string {
  const { privateKey, z } = signer(privateKeyHex);
  // hash: false because e is already SM3(Z ‖ M); raw r‖s so that we control the DER encoding.
  const rs = sm2.doSignature(digest(z, message), privateKey, { hash: false, der: false });
  return encodeSignature(BigInt(`0x${rs.slice(0, 64)}`), BigInt(`0x${rs.slice(64)}`));
}

/**
 * Verifies a DER hex signature made with SM3-with-Z and the default user ID. Never throws:
 * a malformed key or signature, or any other failure, is simply `false`.
 */
export function sm2Verify(publicKeyHex: string, message: GmInput, signatureHex: string): boolean {
  try {
    const sig = decodeSignature(signatureHex);
    if (!sig) return false;
    const { table, z } = publicKeyEntry(publicKeyHex);
    // GB/T 32918.2 §7.1: t = (r + s) mod n ≠ 0; (x1, y1) = s·G + t·P_A; valid iff (e + x1) mod n = r.
    const t = (sig.r + sig.s) % N;
    if (t === BigInt(0)) return false;
    baseTable ??= buildWindowTable(curvePoint().BASE, BASE_WINDOW);
    const sum = multiplyAdd(table, t, multiplyAdd(baseTable, sig.s, curvePoint().ZERO));
    if (sum.is0()) return false;
    const e = BigInt(`0x${Buffer.from(digest(z, message)).toString("hex")}`);
    return (e + sum.toAffine().x) % N === sig.r;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Public-key encryption (for key delivery)
// ---------------------------------------------------------------------------------------------

const C1C3C2 = 1;

/**
 * SM2-encrypts (text is UTF-8) to the public key; returns C1C3C2 lower-case hex without the 04
 * prefix on C1, i.e. sm-crypto's `doEncrypt(msg, publicKey, 1)`. Throws TypeError on a bad key.
 */
export function sm2Encrypt(publicKeyHex: string, plaintext: GmInput): string {
  const entry = publicKeyEntry(publicKeyHex);
  entry.encryptionPoint ??= sm2.precomputePublicKey(entry.point.toHex(false), KEY_WINDOW);
  const bytes = toBytes(plaintext);
  // Empty C2 could not be told apart from sm-crypto-v2's empty "wrong MAC" result on decryption.
  if (bytes.length === 0) throw new TypeError("SM2 plaintext must not be empty");
  return sm2.doEncrypt(Uint8Array.from(bytes), entry.encryptionPoint, C1C3C2);
}

/**
 * Decrypts C1C3C2 hex (sm-crypto cipherMode 1). Also accepts C1 with its 04 prefix, as Java
 * (BouncyCastle) and OpenSSL-based clients send it: both readings are tried, and C3 (an SM3 MAC
 * over the plaintext) tells which one is right. Any failure throws GmDecryptError.
 */
export function sm2Decrypt(privateKeyHex: string, ciphertextHex: string): Uint8Array {
  checkPrivateKey(privateKeyHex);
  if (!HEX.test(ciphertextHex)) throw new GmDecryptError();
  const candidates = [ciphertextHex];
  if (ciphertextHex.startsWith("04")) candidates.push(ciphertextHex.slice(2));
  for (const c of candidates) {
    const c2Bytes = (c.length - 128 - 64) / 2;
    if (c2Bytes < 1) continue; // see sm2Encrypt: never empty
    try {
      // sm-crypto-v2 returns an empty result, instead of throwing, when C3 does not match.
      const plain = sm2.doDecrypt(c, privateKeyHex, C1C3C2, { output: "array" });
      if (plain.length === c2Bytes) return plain;
    } catch {
      // C1 not on the curve, etc.: try the next reading.
    }
  }
  throw new GmDecryptError();
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** sm2Decrypt, then strict UTF-8 decoding (invalid UTF-8 also throws GmDecryptError). */
export function sm2DecryptToString(privateKeyHex: string, ciphertextHex: string): string {
  const plain = sm2Decrypt(privateKeyHex, ciphertextHex);
  try {
    return utf8.decode(plain);
  } catch {
    throw new GmDecryptError();
  }
}
