/**
 * Public verification (D3): anyone types or scans an anti-forgery code. The answer is genuine,
 * superseded, revoked or not found, with the issue date, the kind and a masked summary, and
 * whether the stored signature verifies with a trusted platform key. A malformed code and an
 * unknown one get the same answer, so nothing tells which part was wrong; lookups are limited
 * per client address.
 */
import { db } from "@/lib/db";
import { enforceRateLimit, type RateLimitRule } from "@/lib/security/rate-limit";
import { maskDocumentNumber, maskName } from "@/lib/security/masking";
import { trustedPlatformPublicKeys } from "@/lib/gm/platform-key";
import { normalizeCertificateCode } from "./code";
import { contentOf } from "./certificates";
import { KIND_LABELS, type CertificateKindName, type CertificateStatusName } from "./content";
import { verifyCertificateSignature } from "./signature";

/** 30 lookups a minute per address, scaled like the other public limits. */
export function verifyRateLimit(): RateLimitRule {
  const multiplier = Math.max(1, Number(process.env.RATE_LIMIT_MULTIPLIER ?? 1) || 1);
  return { name: "certificate:verify", limit: 30 * multiplier, windowSeconds: 60 };
}

export type VerificationResult =
  | { found: false }
  | {
      found: true;
      status: CertificateStatusName;
      kind: CertificateKindName;
      kindLabel: string;
      title: string;
      issuedAt: Date;
      issuer: string;
      holderName: string;
      holderId: string;
      holderIdType: string;
      signatureValid: boolean;
      revokedAt: Date | null;
      revokedReason: string | null;
      supersededAt: Date | null;
    };

/** The masked summary; unit holders are not personal data, but their code is masked all the same. */
export async function lookUpCertificate(typedCode: string): Promise<VerificationResult> {
  const code = normalizeCertificateCode(typedCode);
  const record = code ? await db.certificate.findUnique({ where: { code } }) : null;
  if (!record) return { found: false };
  const content = contentOf(record);
  const signatureValid = verifyCertificateSignature({ code: record.code, issuedAt: record.issuedAt, content }, record.signature, trustedPlatformPublicKeys());
  const unit = record.holderIdType === "CREDIT";
  return {
    found: true,
    status: record.status as CertificateStatusName,
    kind: record.kind as CertificateKindName,
    kindLabel: KIND_LABELS[record.kind as CertificateKindName],
    title: content.title,
    issuedAt: record.issuedAt,
    issuer: content.issuer,
    holderName: unit ? record.holderName : maskName(record.holderName),
    holderId: maskDocumentNumber(record.holderIdType, record.holderIdNo),
    holderIdType: record.holderIdType,
    signatureValid,
    revokedAt: record.revokedAt,
    revokedReason: record.revokedReason,
    supersededAt: record.supersededAt,
  };
}

/** D3 for a visitor at `ip`: rate-limited first, whatever the code. */
export async function verifyCertificate(typedCode: string, ip: string): Promise<VerificationResult> {
  await enforceRateLimit(verifyRateLimit(), ip || "unknown", "证明验证");
  return lookUpCertificate(typedCode);
}
