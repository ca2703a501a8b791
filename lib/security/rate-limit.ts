/**
 * Fixed-window rate limits kept in the database, so every instance counts the same hits
 * (login and registration per IP and per account, SMS per phone and per IP, certificate
 * verification per IP). One upsert per hit: atomic on SQLite and PostgreSQL alike.
 */
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export interface RateLimitRule {
  /** e.g. "sms:phone" — the key is `${name}:${subject}` */
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitOutcome {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

export async function hitRateLimit(rule: RateLimitRule, subject: string, now = new Date()): Promise<RateLimitOutcome> {
  const key = `${rule.name}:${subject}`;
  const resetAt = new Date(now.getTime() + rule.windowSeconds * 1000);
  let bucket = await db.rateLimitBucket.upsert({
    where: { key },
    create: { key, count: 1, resetAt },
    update: { count: { increment: 1 } },
  });
  if (bucket.resetAt <= now) {
    // The window has passed: start a new one (only the first caller to see it wins the reset).
    await db.rateLimitBucket.updateMany({ where: { key, resetAt: bucket.resetAt }, data: { count: 1, resetAt } });
    bucket = (await db.rateLimitBucket.findUnique({ where: { key } })) ?? { key, count: 1, resetAt };
  }
  const retryAfterSeconds = Math.max(1, Math.ceil((bucket.resetAt.getTime() - now.getTime()) / 1000));
  return { allowed: bucket.count <= rule.limit, remaining: Math.max(0, rule.limit - bucket.count), retryAfterSeconds };
}

/** Throws RATE_LIMITED with a Chinese message when the limit is exceeded. */
export async function enforceRateLimit(rule: RateLimitRule, subject: string, what = "操作"): Promise<void> {
  const outcome = await hitRateLimit(rule, subject);
  if (!outcome.allowed) {
    const wait = outcome.retryAfterSeconds >= 120 ? `${Math.ceil(outcome.retryAfterSeconds / 60)} 分钟` : `${outcome.retryAfterSeconds} 秒`;
    throw new AppError("RATE_LIMITED", `${what}过于频繁，请 ${wait}后再试`, { retryAfterSeconds: outcome.retryAfterSeconds });
  }
}

/** Clears expired buckets (run by the daily housekeeping job). */
export async function purgeExpiredRateLimits(now = new Date()): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { resetAt: { lt: now } } });
  return count;
}
