/**
 * 找回密码 by SMS code (U6): user name (or ID number / credit code) + the registered mobile →
 * a code to that mobile → a new password. Step one answers the same, does the same work and
 * writes the same kind of row whether or not the pair matches an account (S4): a mismatch
 * stores a challenge whose code is never sent, so step two then fails like a wrong code.
 */
import { db } from "@/lib/db";
import { appendTrace } from "@/lib/audit/trace";
import { enforceRateLimit } from "@/lib/security/rate-limit";
import { hashPassword } from "@/lib/auth/password";
import { maskMobile } from "@/lib/security/masking";
import { ACCOUNT_RATE_LIMITS } from "./rate-limits";
import { findAccountByIdentifier } from "./find-account";
import { checkSmsQuota, codeRefusedError, issueSmsChallenge, verifySmsChallenge } from "./sms-challenge";
import type { ClientInfo } from "@/lib/security/client-info";
import { endSessions } from "./account-changes";

export async function startPasswordReset(
  input: { identifier: string; mobile: string },
  client: ClientInfo,
  now = new Date(),
): Promise<{ challengeId: string; maskedMobile: string }> {
  await enforceRateLimit(ACCOUNT_RATE_LIMITS.resetPerIp, client.ip, "找回密码");
  await enforceRateLimit(ACCOUNT_RATE_LIMITS.smsPerPhone, input.mobile, "获取短信验证码");
  await enforceRateLimit(ACCOUNT_RATE_LIMITS.smsPerIp, client.ip, "获取短信验证码");

  const lookup = await findAccountByIdentifier(input.identifier);
  const user = lookup.kind === "found" && lookup.user.mobile === input.mobile && lookup.user.status === "ACTIVE" ? lookup.user : null;
  const quota = await checkSmsQuota({ userId: user?.id ?? null, mobile: input.mobile }, now);
  // The mobile's daily cap depends only on what was typed, so refusing it tells nothing.
  if (quota?.reason === "MOBILE_DAY_LIMIT") throw quota.error;
  // An account that may not get a code today answers like a mismatch (its holder was told when it was paused).
  const deliver = !!user && !quota;
  const { challengeId } = await db.$transaction((tx) =>
    issueSmsChallenge(tx, { userId: deliver ? user.id : null, mobile: input.mobile, purpose: "RESET_PASSWORD", deliver }, now),
  );
  return { challengeId, maskedMobile: maskMobile(input.mobile) };
}

/** Sets the new password, lifts a lockout (the code proves the phone) and ends every session. */
export async function completePasswordReset(
  input: { challengeId: string; code: string; password: string },
  client: ClientInfo,
  now = new Date(),
): Promise<{ username: string }> {
  const check = await verifySmsChallenge(input.challengeId, input.code, "RESET_PASSWORD", now, { ip: client.ip });
  if (!check.ok || !check.userId) throw codeRefusedError();
  const userId = check.userId;
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { passwordHash, failedLogins: 0, lockedUntil: null } });
    const count = await endSessions(tx, userId, now);
    await appendTrace(tx, { id: userId, role: user.role, ip: client.ip }, {
      action: "account.password.reset",
      entity: "User",
      entityId: userId,
      summary: { via: "SMS", mobile: maskMobile(check.mobile), sessionsEnded: count },
    });
    return { username: user.username };
  });
}
