/**
 * The code sets of the docking interfaces (DB37 “爱山东”业务中台对接规范, appendix C in outline).
 * The explanatory note names the sets but not their values; these are the values this portal
 * uses and documents (README “省政务服务中台对接”), each with its Chinese meaning.
 * Safe for client components: no database, no Next.js.
 */
import type { ApplicationStatusName } from "@/lib/applications/labels";

/** 办件状态 (application status as the platform reads it). */
export enum MpApplicationStatus {
  Submitted = "01",
  Accepted = "02",
  Correction = "03",
  SpecialProcedure = "04",
  Processing = "05",
  Completed = "06",
  Rejected = "07",
  Withdrawn = "08",
}

export const MP_STATUS_MEANING: Record<MpApplicationStatus, string> = {
  [MpApplicationStatus.Submitted]: "已申报，待受理",
  [MpApplicationStatus.Accepted]: "已受理，办理中",
  [MpApplicationStatus.Correction]: "待补正",
  [MpApplicationStatus.SpecialProcedure]: "特别程序中",
  [MpApplicationStatus.Processing]: "审批通过，办结中",
  [MpApplicationStatus.Completed]: "已办结（准予）",
  [MpApplicationStatus.Rejected]: "已办结（不予办理）",
  [MpApplicationStatus.Withdrawn]: "已撤回",
};

export function mpStatusOf(status: ApplicationStatusName): MpApplicationStatus {
  switch (status) {
    case "DRAFT":
    case "SUBMITTED":
      return MpApplicationStatus.Submitted;
    case "ACCEPTED":
      return MpApplicationStatus.Accepted;
    case "CORRECTION":
      return MpApplicationStatus.Correction;
    case "PRE_APPROVED":
      return MpApplicationStatus.SpecialProcedure;
    case "PROCESSING":
      return MpApplicationStatus.Processing;
    case "COMPLETED":
      return MpApplicationStatus.Completed;
    case "REJECTED":
      return MpApplicationStatus.Rejected;
    case "WITHDRAWN":
      return MpApplicationStatus.Withdrawn;
  }
}

/** 办理环节 (step of the approval). */
export enum MpStep {
  Accept = "SL",
  Correction = "BZ",
  Review = "SC",
  Decision = "JD",
  Completion = "BJ",
}

export const MP_STEP_MEANING: Record<MpStep, string> = {
  [MpStep.Accept]: "受理",
  [MpStep.Correction]: "补正告知",
  [MpStep.Review]: "审查",
  [MpStep.Decision]: "决定",
  [MpStep.Completion]: "办结",
};

/** 特别程序种类 (special procedure; the time it takes does not count against the promised days). */
export enum MpSpecialProcedure {
  Extension = "01",
  ExpertReview = "02",
  OnSiteVerification = "03",
  Hearing = "04",
  Publicity = "05",
  Other = "99",
}

export const MP_SPECIAL_PROCEDURE_MEANING: Record<MpSpecialProcedure, string> = {
  [MpSpecialProcedure.Extension]: "延长审批期限",
  [MpSpecialProcedure.ExpertReview]: "专家评审",
  [MpSpecialProcedure.OnSiteVerification]: "现场核验（核验原件）",
  [MpSpecialProcedure.Hearing]: "听证",
  [MpSpecialProcedure.Publicity]: "公示",
  [MpSpecialProcedure.Other]: "其他",
};

/** 办结结果. */
export enum MpResult {
  Approved = "1",
  Refused = "2",
  Withdrawn = "3",
}

export const MP_RESULT_MEANING: Record<MpResult, string> = {
  [MpResult.Approved]: "准予办理",
  [MpResult.Refused]: "不予办理",
  [MpResult.Withdrawn]: "申请人撤回",
};

/** The pushes (推送接口) and the path of each under the platform's base URL. */
export const PUSH_KINDS = ["ACCEPT", "STEP", "CORRECTION", "SPECIAL", "RESULT", "RESULT_FILE"] as const;
export type PushKind = (typeof PUSH_KINDS)[number];

export const PUSH_LABELS: Record<PushKind, string> = {
  ACCEPT: "推送受理信息",
  STEP: "推送环节信息",
  CORRECTION: "推送补正告知",
  SPECIAL: "推送特别程序",
  RESULT: "推送办结信息",
  RESULT_FILE: "推送审批结果文件",
};

export const PUSH_PATHS: Record<PushKind, string> = {
  ACCEPT: "/gateway/approval/push/accept",
  STEP: "/gateway/approval/push/step",
  CORRECTION: "/gateway/approval/push/correction",
  SPECIAL: "/gateway/approval/push/special",
  RESULT: "/gateway/approval/push/result",
  RESULT_FILE: "/gateway/approval/push/result-file",
};

/** 获取申请详细信息 and 获取申请材料信息 on the platform. */
export const FETCH_PATHS = { detail: "/gateway/approval/detail", materials: "/gateway/approval/materials" } as const;

/** Our inbound interfaces (the platform calls them). */
export const INBOUND_PATHS = { serialNumbers: "/api/middle-platform/serial-numbers", withdrawals: "/api/middle-platform/withdrawals" } as const;

/**
 * Error codes of our inbound answers: `{ code, message, data? }`, code "0" for success.
 * The HTTP status says the class; the code says exactly why.
 */
export const MP_ERRORS = {
  APP_UNKNOWN: { status: 401, message: "接入者标识不存在" },
  SIGNATURE_INVALID: { status: 401, message: "签名无效" },
  TIMESTAMP_STALE: { status: 401, message: "时间戳与服务器时间相差超过 300 秒" },
  NONCE_REPLAYED: { status: 409, message: "随机数已使用，请求被视为重放" },
  BODY_INVALID: { status: 400, message: "请求体格式错误" },
  SERIAL_UNKNOWN: { status: 404, message: "申报流水号不存在" },
  ITEM_UNSUPPORTED: { status: 422, message: "事项不支持经中台申报" },
  DETAIL_INVALID: { status: 422, message: "申请信息不符合事项要求" },
  PERSON_UNKNOWN: { status: 422, message: "申请人未在社会保险核心系统登记" },
  WITHDRAW_REFUSED: { status: 409, message: "申请已受理，不能撤回" },
  PLATFORM_UNAVAILABLE: { status: 503, message: "业务中台暂不可用，请稍后重试" },
  DOCKING_DISABLED: { status: 503, message: "审批系统未配置中台对接密钥，对接未启用" },
} as const;
export type MpErrorCode = keyof typeof MP_ERRORS;

export class MpError extends Error {
  readonly code: MpErrorCode;
  readonly data?: Record<string, unknown>;
  constructor(code: MpErrorCode, detail?: string, data?: Record<string, unknown>) {
    super(detail ? `${MP_ERRORS[code].message}：${detail}` : MP_ERRORS[code].message);
    this.name = "MpError";
    this.code = code;
    this.data = data;
  }
  get httpStatus(): number {
    return MP_ERRORS[this.code].status;
  }
}
