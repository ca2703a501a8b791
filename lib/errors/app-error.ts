/**
 * The one error type domain code throws for expected failures. Its code maps to an HTTP
 * status and its message is shown to the user as is (so it is always Chinese and never
 * carries internal detail). Anything else thrown is unexpected: logged, and shown as a
 * generic message.
 */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "LOCKED"
  | "UNAVAILABLE";

const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  LOCKED: 423,
  UNAVAILABLE: 503,
};

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: FieldErrors;
  readonly retryAfterSeconds?: number;

  constructor(code: AppErrorCode, message: string, extra: { fieldErrors?: FieldErrors; retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = extra.fieldErrors;
    this.retryAfterSeconds = extra.retryAfterSeconds;
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

/** NOT_FOUND is also the answer for records the caller may not see, so existence is not leaked (U9). */
export const notFound = (what = "记录") => new AppError("NOT_FOUND", `${what}不存在或无权查看`);
export const forbidden = () => new AppError("FORBIDDEN", "无权执行此操作");
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "请先登录");

export const GENERIC_FAILURE_MESSAGE = "系统繁忙，请稍后再试";
