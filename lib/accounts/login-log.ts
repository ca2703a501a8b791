/** 登录日志 (U7): every login attempt, successful or not, with address and browser. */
import { db, type Tx } from "@/lib/db";
import { maskIp } from "@/lib/security/masking";
import { summarizeUserAgent } from "@/lib/security/client-info";

export const LOGIN_REASONS = {
  OK: "登录成功",
  SMS_SENT: "密码正确，已发送短信验证码",
  BAD_PASSWORD: "密码错误",
  LOCKED_NOW: "密码错误，账户已锁定",
  LOCKED: "账户锁定中",
  DISABLED: "账户已停用",
  UNKNOWN_USER: "账户不存在",
  AMBIGUOUS: "单位有多个账户，需用用户名登录",
  RATE_LIMITED: "尝试过于频繁",
  BAD_CODE: "短信验证码错误",
  CODE_EXPIRED: "短信验证码已过期",
  CODE_USED: "短信验证码已使用或已失效",
  TOO_MANY_ATTEMPTS: "短信验证码错误次数过多",
  NO_CHALLENGE: "短信验证码无效",
  CODES_PAUSED: "今日验证码错误过多，暂停发送",
} as const;
export type LoginReason = keyof typeof LOGIN_REASONS;

/** How a row reads in a history list: the password step alone is neither a success nor a failure. */
export type LoginOutcome = "success" | "failure" | "step";
export const LOGIN_OUTCOME_LABELS: Record<LoginOutcome, string> = { success: "成功", failure: "未成功", step: "待验证" };

export function loginOutcome(row: { success: boolean; reason: string }): LoginOutcome {
  return row.success ? "success" : row.reason === "SMS_SENT" ? "step" : "failure";
}

export function loginReasonLabel(reason: string): string {
  return (LOGIN_REASONS as Record<string, string>)[reason] ?? reason;
}

export interface LoginAttempt {
  userId: string | null;
  /** The account's user name; for an unknown account what was typed (ID-like input is masked by the caller). */
  username: string;
  reason: LoginReason;
  ip: string;
  userAgent: string;
}

export async function writeLoginLog(attempt: LoginAttempt, tx?: Tx): Promise<void> {
  await (tx ?? db).loginLog.create({
    data: {
      userId: attempt.userId,
      username: attempt.username.slice(0, 64),
      success: attempt.reason === "OK",
      reason: attempt.reason,
      ip: attempt.ip.slice(0, 64),
      userAgent: attempt.userAgent.slice(0, 300),
    },
  });
}

export const LOGIN_LOG_PAGE_SIZE = 50;

/** ADMIN: every login attempt (U7), newest first, with addresses masked. */
export async function searchLoginLogs(search: { q?: string; result?: "success" | "failure"; page?: number }) {
  const page = Math.max(1, Math.floor(search.page ?? 1));
  const q = search.q?.trim().toLowerCase();
  const where = {
    ...(q ? { username: { contains: q } } : {}),
    ...(search.result ? { success: search.result === "success" } : {}),
  };
  const [total, rows] = await Promise.all([
    db.loginLog.count({ where }),
    db.loginLog.findMany({ where, orderBy: { id: "desc" }, skip: (page - 1) * LOGIN_LOG_PAGE_SIZE, take: LOGIN_LOG_PAGE_SIZE }),
  ]);
  return {
    total,
    page,
    pageSize: LOGIN_LOG_PAGE_SIZE,
    items: rows.map((r) => ({
      id: r.id,
      at: r.createdAt,
      username: r.username,
      outcome: loginOutcome(r),
      reason: loginReasonLabel(r.reason),
      ip: maskIp(r.ip),
      browser: summarizeUserAgent(r.userAgent),
    })),
  };
}
