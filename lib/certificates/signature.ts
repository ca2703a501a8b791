/**
 * What the platform signs (D2): a canonical JSON of the certificate — keys sorted at every
 * level, no whitespace — of its code, kind, issue time and content. SM2 with SM3 and the
 * standard user ID (lib/gm), by the platform key that also signs the trace checkpoints.
 */
import { sm2Verify, sm3Hex } from "@/lib/gm";
import { signWithPlatformKey, platformPublicKey } from "@/lib/gm/platform-key";
import type { CertificateContent } from "./content";

/** JSON with object keys sorted at every level: one byte string for one value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** SM3 of the canonical content: equal hashes mean the same data (D5). */
export function contentHashOf(content: CertificateContent): string {
  return sm3Hex(canonicalJson(content));
}

export interface SignedFields {
  code: string;
  issuedAt: Date;
  content: CertificateContent;
}

export function signedPayload({ code, issuedAt, content }: SignedFields): string {
  return canonicalJson({ code, content, issuedAt: issuedAt.toISOString(), kind: content.kind });
}

export function signCertificate(fields: SignedFields): { signature: string; publicKey: string } {
  return { signature: signWithPlatformKey(signedPayload(fields)), publicKey: platformPublicKey() };
}

/** Whether one of the trusted keys signed exactly these fields. */
export function verifyCertificateSignature(fields: SignedFields, signature: string, trustedKeys: readonly string[]): boolean {
  const payload = signedPayload(fields);
  return trustedKeys.some((key) => {
    try {
      return sm2Verify(key, payload, signature);
    } catch {
      return false;
    }
  });
}
