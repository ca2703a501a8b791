/** Labels and fixed rules of the online mailbox (K1). Safe to import on the client. */

export const CONSULTATION_KINDS = ["CONSULT", "SUGGEST", "COMPLAINT", "REPORT"] as const;
export type ConsultationKind = (typeof CONSULTATION_KINDS)[number];

export const CONSULTATION_KIND_LABELS: Record<ConsultationKind, string> = {
  CONSULT: "咨询",
  SUGGEST: "建议",
  COMPLAINT: "投诉",
  REPORT: "举报",
};

/** 业务类别: what the letter is about; also the knowledge-base categories and the K5 indicator items. */
export const CONSULTATION_TOPICS = ["CONTRIBUTION", "TRANSFER", "CERTIFICATE", "RETIREMENT", "BENEFIT", "ACCOUNT", "OTHER"] as const;
export type ConsultationTopic = (typeof CONSULTATION_TOPICS)[number];

export const CONSULTATION_TOPIC_LABELS: Record<ConsultationTopic, string> = {
  CONTRIBUTION: "参保缴费",
  TRANSFER: "转移接续",
  CERTIFICATE: "证明打印",
  RETIREMENT: "退休与养老金",
  BENEFIT: "失业工伤等待遇",
  ACCOUNT: "账户与平台使用",
  OTHER: "其他",
};

export const CONSULTATION_STATUS_LABELS: Record<string, string> = {
  OPEN: "待答复",
  CLOSED: "已办结",
};

/**
 * 答复时限 (LD/T 01 §5.5.3: "answered within the specified working days"): consultations and
 * suggestions in 5 working days; complaints and reports, which need the matter looked into and
 * a handling result (§5.5.5), in 10.
 */
export const REPLY_WORKING_DAYS: Record<ConsultationKind, number> = {
  CONSULT: 5,
  SUGGEST: 5,
  COMPLAINT: 10,
  REPORT: 10,
};

/** Complaints and reports are closed with a handling result as well as a reply (§5.5.5). */
export function needsHandlingResult(kind: string): boolean {
  return kind === "COMPLAINT" || kind === "REPORT";
}
