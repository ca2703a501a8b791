/** 修改密码 (U6): the old password is required; the user's other sessions end. */
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { enforceRateLimit } from "@/lib/security/rate-limit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionActor } from "@/lib/auth/actor";
import { ACCOUNT_RATE_LIMITS } from "./rate-limits";
import { endSessions } from "./account-changes";

export async function changePassword(
  actor: SessionActor,
  input: { oldPassword: string; password: string },
  now: Date,
): Promise<{ sessionsEnded: number }> {
  await enforceRateLimit(ACCOUNT_RATE_LIMITS.passwordChangePerUser, actor.id, "修改密码");
  const account = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!account || !(await verifyPassword(input.oldPassword, account.passwordHash))) {
    throw new AppError("VALIDATION", "原密码不正确", { fieldErrors: { oldPassword: "原密码不正确" } });
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    const count = await endSessions(tx, actor.id, now, actor.sessionId);
    await appendTrace(tx, actor, {
      action: "account.password.change",
      entity: "User",
      entityId: actor.id,
      summary: { otherSessionsEnded: count },
    });
    return { sessionsEnded: count };
  });
}
