/**
 * The certificate kinds of D1 and the content every certificate carries. The content is what
 * the PDF and the print view show, what the signature covers and what the content hash
 * compares: it holds the data only (nothing that changes by itself, such as today's date).
 */
import type { DocumentTable, OfficialDocument } from "@/lib/documents/official-pdf";

export const CERTIFICATE_KINDS = [
  "PERSON_INSURANCE",
  "CONTRIBUTION_RECORD",
  "BENEFIT_DETAILS",
  "TRANSFER_PAYMENT",
  "UNIT_INSURANCE",
  "ACCEPTANCE_NOTICE",
  "RESULT_NOTICE",
] as const;
export type CertificateKindName = (typeof CERTIFICATE_KINDS)[number];

export const KIND_LABELS: Record<CertificateKindName, string> = {
  PERSON_INSURANCE: "个人参保证明",
  CONTRIBUTION_RECORD: "个人缴费记录",
  BENEFIT_DETAILS: "待遇发放明细",
  TRANSFER_PAYMENT: "转移接续缴费凭证",
  UNIT_INSURANCE: "单位参保证明",
  ACCEPTANCE_NOTICE: "受理通知书",
  RESULT_NOTICE: "办结通知书",
};

export const STATUS_LABELS = { VALID: "有效", SUPERSEDED: "已被新证明替代", REVOKED: "已作废" } as const;
export type CertificateStatusName = keyof typeof STATUS_LABELS;

/** The body that issues every certificate, and whose seal it bears. */
export const ISSUER = "青岛市社会保险事业中心";

export interface CertificateHolder {
  name: string;
  /** 01–04 (lib/identity ID_TYPES) for persons, CREDIT for units */
  idType: string;
  idNumber: string;
}

export interface CertificateContent {
  kind: CertificateKindName;
  title: string;
  holder: CertificateHolder;
  fields: [string, string][];
  paragraphs: string[];
  table?: DocumentTable;
  closing: string[];
  issuer: string;
}

/** The official document of a certificate: the same for its PDF and its print view. */
export function documentOf(content: CertificateContent, meta: { code: string; issuedOn: string; verifyUrl: string }): OfficialDocument {
  return {
    title: content.title,
    subtitle: `证明编号（防伪码）${meta.code}`,
    fields: content.fields,
    paragraphs: content.paragraphs,
    table: content.table,
    closing: content.closing,
    issuer: content.issuer,
    issuedOn: meta.issuedOn,
    seal: true,
    verification: { code: meta.code, url: meta.verifyUrl },
  };
}
