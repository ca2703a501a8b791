/** Labels and fixed lists of the direct-connection portal (E2–E8). Safe to import on the client. */
import { SERVICE_CODES } from "@/lib/direct-connect/service-codes";

/** The business services a unit may request: AUTH_TOKEN (the daily token) is every enterprise's. */
export const REQUESTABLE_SERVICES = SERVICE_CODES.filter((s) => s.code !== "AUTH_TOKEN");

export function serviceName(code: string): string {
  return SERVICE_CODES.find((s) => s.code === code)?.name ?? code;
}

export const ACCESS_STATUS_LABELS = {
  SUBMITTED: "待审核",
  RETURNED: "退回补充",
  APPROVED: "审核通过",
  REJECTED: "不予通过",
} as const;
export type AccessStatusName = keyof typeof ACCESS_STATUS_LABELS;

export const ENTERPRISE_STATUS_LABELS = {
  SANDBOX: "测试验收中",
  ACTIVE: "正式接入",
  SUSPENDED: "已暂停",
  REVOKED: "已取消接入",
} as const;

export const KEY_STATUS_LABELS = { ACTIVE: "有效", RETIRING: "轮换过渡期", REVOKED: "已吊销" } as const;
export const ENVIRONMENT_LABELS = { SANDBOX: "测试密钥", FORMAL: "正式密钥" } as const;

/** DB3702 §7.1: the conditions the unit declares it meets (E2). */
export const DECLARATIONS = [
  { key: "portalAccess", text: "本单位具有人力资源和社会保障部门网上服务大厅的访问权限" },
  { key: "noDishonesty", text: "本单位及其法定代表人无失信行为（以“信用青岛”“信用山东”“信用中国”查询结果为准）" },
  { key: "hrSystem", text: "本单位具有可接入的人力资源管理系统，具备技术开发能力或已采购第三方技术服务" },
  { key: "security", text: "本单位已建立网络安全制度，妥善保管密钥，不非法查询、篡改数据（§8.4.1）" },
  { key: "truthful", text: "本单位承诺报送数据真实、准确、完整，保障职工合法权益（§8.4.2）" },
] as const;
export type DeclarationKey = (typeof DECLARATIONS)[number]["key"];

export const FEEDBACK_KINDS = { DEMAND: "服务事项需求", PROBLEM: "使用问题", SUGGESTION: "提升建议" } as const;
export type FeedbackKind = keyof typeof FEEDBACK_KINDS;

export const ENTERPRISE_EVENT_LABELS: Record<string, string> = {
  WARNING: "警告",
  SUSPEND: "暂停接入",
  RESUME: "恢复接入",
  REVOKE: "取消接入并纳入失信名单",
  RATE_LIMIT: "调整限流",
  KEY_ISSUE: "发放密钥",
  KEY_ROTATE: "轮换密钥",
  KEY_REVOKE: "吊销密钥",
  ACCEPTED: "测试验收通过",
  CREDIT_SUSPEND: "信用复核：列入失信名单，自动暂停",
};

/** E3 / DB3702 §8.5.1: the review is due within this many working days of the (re)submission. */
export const REVIEW_WORKING_DAYS = 5;
