/**
 * 找回密码 by SMS code (U6): user name (or ID number / credit code) + the registered mobile →
 * a code to that mobile → a new password. The first step answers the same whether or not the
 * pair matches an account, so it cannot be used to find out who is registered.
 */
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { enforceRateLimit } from "@/lib/security/rate-limit";
import { hashPassword } from "@/lib/auth/password";
import { maskMobile } from "@/lib/security/masking";
import { ACCOUNT_RATE_LIMITS } from "./rate-limits";
import { findAccountByIdentifier } from "./find-account";
import { issueSmsChallenge, verifySmsChallenge } from "./sms-challenge";
import type { ClientInfo } from "@/lib/security/client-info";

export async function startPasswordReset(
  input: { identifier: string; mobile: string },
  client: ClientInfo,
): Promise<{ challengeId: string; maskedMobile: string }> {
  await enforceRateLimit(ACCOUNT_RATE_LIMITS.resetPerIp, client.ip, "找回密码");
  await enforceRateLimit(ACCOUNT_RATE_LIMITS.smsPerPhone, input.mobile, "获取短信验证码");
  await enforceRateLimit(ACCOUNT_RATE_LIMITS.smsPerIp, client.ip, "获取短信验证码");
  const maskedMobile = maskMobile(input.mobile);

  const lookup = await findAccountByIdentifier(input.identifier);
  if (lookup.kind !== "found" || lookup.user.mobile !== input.mobile || lookup.user.status !== "ACTIVE") {
    // No code is sent; an id that matches no challenge makes the second step fail like a wrong code.
    return { challengeId: randomUUID(), maskedMobile };
  }
  const user = lookup.user;
  const { challengeId } = await db.$transaction((tx) => issueSmsChallenge(tx, { userId: user.id, mobile: user.mobile, purpose: "RESET_PASSWORD" }));
  return { challengeId, maskedMobile };
}

/** Sets the new password, lifts a lockout (the code proves the phone) and ends every session. */
export async function completePasswordReset(
  input: { challengeId: string; code: string; password: string },
  client: ClientInfo,
): Promise<{ username: string }> {
  const check = await verifySmsChallenge(input.challengeId, input.code, "RESET_PASSWORD");
  if (!check.ok || !check.userId) {
    const message = check.ok || check.reason === "NO_CHALLENGE" ? "验证码不正确或已失效，请重新获取" : check.message;
    throw new AppError("VALIDATION", message, { fieldErrors: { code: message } });
  }
  const userId = check.userId;
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { passwordHash, failedLogins: 0, lockedUntil: null } });
    const { count } = await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    await appendTrace(tx, { id: userId, role: user.role, ip: client.ip }, {
      action: "account.password.reset",
      entity: "User",
      entityId: userId,
      summary: { via: "SMS", mobile: maskMobile(check.mobile), sessionsEnded: count },
    });
    return { username: user.username };
  });
}
