/**
 * Login in two steps (U5, U6, U7). startLogin checks the password and sends a 6-digit SMS
 * code; completeLogin (called by next-auth's authorize, lib/auth/options.ts) exchanges the
 * code for a server-side session. Every attempt, whatever its outcome, writes a LoginLog row.
 */
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { systemActor } from "@/lib/auth/actor";
import { hitRateLimit, type RateLimitRule } from "@/lib/security/rate-limit";
import { decoyPasswordHash, hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password";
import { SESSION_MAX_MS } from "@/lib/auth/session-policy";
import type { Role } from "@/lib/auth/roles";
import type { ClientInfo } from "@/lib/security/client-info";
import { formatShanghai } from "@/lib/calendar";
import { maskMobile } from "@/lib/security/masking";
import { ACCOUNT_RATE_LIMITS } from "./rate-limits";
import { findAccountByIdentifier, loggableIdentifier } from "./find-account";
import { writeLoginLog, type LoginReason } from "./login-log";
import { issueSmsChallenge, verifySmsChallenge } from "./sms-challenge";

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 30 * 60 * 1000;


const BAD_CREDENTIALS = "用户名或密码错误";

export function lockedMessage(lockedUntil: Date): string {
  return `账户因连续${MAX_FAILED_LOGINS}次密码错误已被锁定，请于 ${formatShanghai(lockedUntil, "datetime")}（北京时间）后再试，或联系经办机构解锁`;
}

export const DISABLED_MESSAGE = "账户已被停用，请联系平台管理员或拨打 12333 咨询";

export function isLockedOut(user: { lockedUntil: Date | null }, now = new Date()): boolean {
  return !!user.lockedUntil && user.lockedUntil > now;
}

async function rateLimited(rule: RateLimitRule, subject: string): Promise<AppError | null> {
  const outcome = await hitRateLimit(rule, subject);
  if (outcome.allowed) return null;
  const minutes = Math.ceil(outcome.retryAfterSeconds / 60);
  return new AppError("RATE_LIMITED", `尝试过于频繁，请 ${minutes} 分钟后再试`, { retryAfterSeconds: outcome.retryAfterSeconds });
}

/**
 * A wrong password: counts the failure and, at the fifth in a row, locks the account for 30
 * minutes (U6). The lock is traced as a system action in the same transaction.
 */
async function recordFailedPassword(userId: string, ip: string, now: Date): Promise<Date | null> {
  return db.$transaction(async (tx) => {
    const { failedLogins } = await tx.user.update({ where: { id: userId }, data: { failedLogins: { increment: 1 } }, select: { failedLogins: true } });
    if (failedLogins < MAX_FAILED_LOGINS) return null;
    const lockedUntil = new Date(now.getTime() + LOCKOUT_MS);
    // The count restarts, so after the lock runs out the user again has five tries.
    await tx.user.update({ where: { id: userId }, data: { failedLogins: 0, lockedUntil } });
    await appendTrace(tx, systemActor(ip), {
      action: "account.lockout",
      entity: "User",
      entityId: userId,
      summary: { failedLogins, lockedUntil: lockedUntil.toISOString() },
    });
    return lockedUntil;
  });
}

export async function startLogin(input: { identifier: string; password: string } & ClientInfo): Promise<{ challengeId: string; maskedMobile: string }> {
  const { ip, userAgent } = input;
  const now = new Date();
  const log = (userId: string | null, username: string, reason: LoginReason) => writeLoginLog({ userId, username, reason, ip, userAgent });

  const ipLimited = await rateLimited(ACCOUNT_RATE_LIMITS.loginPerIp, ip);
  if (ipLimited) {
    await log(null, loggableIdentifier(input.identifier), "RATE_LIMITED");
    throw ipLimited;
  }

  const lookup = await findAccountByIdentifier(input.identifier);
  if (lookup.kind !== "found") {
    // Spend the same time as a real check, so the answer's timing does not tell which accounts exist.
    await verifyPassword(input.password, await decoyPasswordHash());
    await log(null, loggableIdentifier(input.identifier), lookup.kind === "ambiguous" ? "AMBIGUOUS" : "UNKNOWN_USER");
    throw lookup.kind === "ambiguous"
      ? new AppError("VALIDATION", "该单位有多个经办人账户，请使用用户名登录")
      : new AppError("UNAUTHENTICATED", BAD_CREDENTIALS);
  }
  const user = lookup.user;

  const accountLimited = await rateLimited(ACCOUNT_RATE_LIMITS.loginPerAccount, user.id);
  if (accountLimited) {
    await log(user.id, user.username, "RATE_LIMITED");
    throw accountLimited;
  }
  if (user.status !== "ACTIVE") {
    await verifyPassword(input.password, await decoyPasswordHash());
    await log(user.id, user.username, "DISABLED");
    throw new AppError("LOCKED", DISABLED_MESSAGE);
  }
  if (user.lockedUntil && isLockedOut(user, now)) {
    // Refused whatever the password, so a locked account cannot be used to test passwords.
    await verifyPassword(input.password, await decoyPasswordHash());
    await log(user.id, user.username, "LOCKED");
    throw new AppError("LOCKED", lockedMessage(user.lockedUntil));
  }

  if (!(await verifyPassword(input.password, user.passwordHash))) {
    const lockedUntil = await recordFailedPassword(user.id, ip, now);
    await log(user.id, user.username, lockedUntil ? "LOCKED_NOW" : "BAD_PASSWORD");
    throw lockedUntil ? new AppError("LOCKED", lockedMessage(lockedUntil)) : new AppError("UNAUTHENTICATED", BAD_CREDENTIALS);
  }

  const smsLimited = (await rateLimited(ACCOUNT_RATE_LIMITS.smsPerPhone, user.mobile)) ?? (await rateLimited(ACCOUNT_RATE_LIMITS.smsPerIp, ip));
  if (smsLimited) {
    await log(user.id, user.username, "RATE_LIMITED");
    throw new AppError("RATE_LIMITED", `短信验证码发送过于频繁，请 ${Math.ceil((smsLimited.retryAfterSeconds ?? 60) / 60)} 分钟后再试`, { retryAfterSeconds: smsLimited.retryAfterSeconds });
  }

  // S7: a hash made with older scrypt parameters is replaced now that the password is known;
  // hashed before the transaction, which should not wait on scrypt.
  const upgradedHash = needsRehash(user.passwordHash) ? await hashPassword(input.password) : null;
  const { challengeId } = await db.$transaction(async (tx) => {
    if (upgradedHash) {
      // Only if the password has not changed meanwhile.
      await tx.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash: upgradedHash } });
    }
    const challenge = await issueSmsChallenge(tx, { userId: user.id, mobile: user.mobile, purpose: "LOGIN" }, now);
    await writeLoginLog({ userId: user.id, username: user.username, reason: "SMS_SENT", ip, userAgent }, tx);
    return challenge;
  });
  return { challengeId, maskedMobile: maskMobile(user.mobile) };
}

export async function completeLogin(input: { challengeId: string; code: string } & ClientInfo): Promise<{ userId: string; role: Role; name: string; sessionId: string }> {
  const { ip, userAgent } = input;
  const now = new Date();
  const check = await verifySmsChallenge(input.challengeId, input.code, "LOGIN", now);
  const user = check.userId ? await db.user.findUnique({ where: { id: check.userId } }) : null;
  const log = (reason: LoginReason) => writeLoginLog({ userId: user?.id ?? null, username: user?.username ?? "", reason, ip, userAgent });

  if (!check.ok) {
    await log(check.reason);
    throw new AppError("VALIDATION", check.message, { fieldErrors: { code: check.message } });
  }
  if (!user) {
    await log("NO_CHALLENGE");
    throw new AppError("VALIDATION", "验证码无效，请重新登录");
  }
  // The account may have been locked or disabled between the two steps.
  if (user.status !== "ACTIVE") {
    await log("DISABLED");
    throw new AppError("LOCKED", DISABLED_MESSAGE);
  }
  if (user.lockedUntil && isLockedOut(user, now)) {
    await log("LOCKED");
    throw new AppError("LOCKED", lockedMessage(user.lockedUntil));
  }

  const session = await db.$transaction(async (tx) => {
    const created = await tx.userSession.create({
      data: { userId: user.id, expiresAt: new Date(now.getTime() + SESSION_MAX_MS), ip: ip.slice(0, 64), userAgent: userAgent.slice(0, 300), createdAt: now, lastSeenAt: now },
    });
    await tx.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null } });
    await writeLoginLog({ userId: user.id, username: user.username, reason: "OK", ip, userAgent }, tx);
    return created;
  });
  return { userId: user.id, role: user.role, name: user.name, sessionId: session.id };
}
