/** What every change to an account writes besides the change itself. */
import type { Tx } from "@/lib/db";
import { appendTrace } from "@/lib/audit/trace";
import type { Actor } from "@/lib/auth/actor";

/** The trace row of a change to a user account; the summary's personal data is already masked. */
export function traceAccountChange(tx: Tx, actor: Actor, action: string, userId: string, summary: Record<string, unknown>) {
  return appendTrace(tx, actor, { action, entity: "User", entityId: userId, summary });
}

/**
 * Ends a user's live sessions at once (the session check reads revokedAt on every request):
 * all of them when the account's access or data scope changes (lock, reset, unbind), or all
 * but the caller's own (`keep`) after a password change or "退出其他设备".
 */
export async function endSessions(tx: Tx, userId: string, now: Date, keep?: string): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: now },
  });
  return count;
}
