/** Status names as the applicant and the staff read them. Safe for client components. */
export const APPLICATION_STATUSES = ["DRAFT", "SUBMITTED", "ACCEPTED", "CORRECTION", "PRE_APPROVED", "PROCESSING", "COMPLETED", "REJECTED", "WITHDRAWN"] as const;
export type ApplicationStatusName = (typeof APPLICATION_STATUSES)[number];

export const STATUS_LABELS: Record<ApplicationStatusName, string> = {
  DRAFT: "草稿",
  SUBMITTED: "待受理",
  ACCEPTED: "已受理，办理中",
  CORRECTION: "待补正",
  PRE_APPROVED: "预审通过，待窗口核验",
  PROCESSING: "处理中",
  COMPLETED: "已办结",
  REJECTED: "不予办理",
  WITHDRAWN: "已撤回",
};

export const STATUS_TONE: Record<ApplicationStatusName, "neutral" | "info" | "warn" | "ok" | "danger"> = {
  DRAFT: "neutral",
  SUBMITTED: "info",
  ACCEPTED: "info",
  CORRECTION: "warn",
  PRE_APPROVED: "info",
  PROCESSING: "info",
  COMPLETED: "ok",
  REJECTED: "danger",
  WITHDRAWN: "neutral",
};

export const SOURCE_LABELS = { PORTAL: "网上服务大厅", DIRECT_CONNECT: "政企直连", MIDDLE_PLATFORM: "省政务服务中台" } as const;

/** 受理部门 of every application handled by the portal's staff. */
export const ACCEPTING_DEPT = "市社会保险事业中心";

/** Where the applicant can still change the application. */
export const EDITABLE_STATUSES: readonly ApplicationStatusName[] = ["DRAFT", "CORRECTION"];
/** 撤回: before acceptance only (P8). */
export const WITHDRAWABLE_STATUSES: readonly ApplicationStatusName[] = ["DRAFT", "SUBMITTED"];
