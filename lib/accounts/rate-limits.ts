/**
 * The account rate limits in one place (U5, U6, S3). RATE_LIMIT_MULTIPLIER (default 1) scales every
 * limit, e.g. for a browser test suite that logs the same demo user in many times from one IP.
 */
import type { RateLimitRule } from "@/lib/security/rate-limit";

const multiplier = Math.max(1, Number(process.env.RATE_LIMIT_MULTIPLIER ?? 1) || 1);
const rule = (name: string, limit: number, windowSeconds: number): RateLimitRule => ({ name, limit: limit * multiplier, windowSeconds });

export const ACCOUNT_RATE_LIMITS = {
  /** Password attempts from one address (an office behind NAT shares it). */
  loginPerIp: rule("login:ip", 100, 15 * 60),
  /** Password attempts on one account; the 5-failure lockout is the stricter guard. */
  loginPerAccount: rule("login:account", 10, 15 * 60),
  /** SMS codes to one phone number, and from one address. */
  smsPerPhone: rule("sms:phone", 10, 10 * 60),
  smsPerIp: rule("sms:ip", 100, 10 * 60),
  /**
   * S3: codes issued per account and per mobile in one Shanghai day. The day is part of the
   * bucket's subject, so a new day starts a new count; the window only outlives the day.
   */
  challengesPerAccountDay: rule("sms-day:account", 10, 25 * 3600),
  challengesPerMobileDay: rule("sms-day:mobile", 10, 25 * 3600),
  registerPerIp: rule("register:ip", 20, 60 * 60),
  resetPerIp: rule("reset:ip", 20, 60 * 60),
  /** Guessing the old password through a stolen session. */
  passwordChangePerUser: rule("password-change:user", 10, 60 * 60),
} as const;
