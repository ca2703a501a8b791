/** 修改密码 (U6): the old password is required; the user's other sessions end. */
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { enforceRateLimit } from "@/lib/security/rate-limit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session";
import { ACCOUNT_RATE_LIMITS } from "./rate-limits";
import type { ClientDetails } from "./login";

export async function changePassword(
  user: SessionUser,
  input: { oldPassword: string; password: string },
  client: ClientDetails,
): Promise<{ sessionsEnded: number }> {
  await enforceRateLimit(ACCOUNT_RATE_LIMITS.passwordChangePerUser, user.id, "修改密码");
  const account = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!account || !(await verifyPassword(input.oldPassword, account.passwordHash))) {
    throw new AppError("VALIDATION", "原密码不正确", { fieldErrors: { oldPassword: "原密码不正确" } });
  }
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const { count } = await tx.userSession.updateMany({
      where: { userId: user.id, revokedAt: null, id: { not: user.sessionId } },
      data: { revokedAt: new Date() },
    });
    await appendTrace(tx, { id: user.id, role: user.role, ip: client.ip }, {
      action: "account.password.change",
      entity: "User",
      entityId: user.id,
      summary: { otherSessionsEnded: count },
    });
    return { sessionsEnded: count };
  });
}
