/**
 * The server-side half of every session check (U6): the session token only claims a user and a
 * session; this believes the claim while the claimed UserSession row is live (not logged out
 * or revoked, within 30 minutes of its last use and 12 hours of login) and its account is
 * active. Role, name and unit come from the database, not the token, so a change applies at
 * once. No Next.js here: getSessionUser (session.ts) reads the token and calls this.
 */
import { db } from "@/lib/db";
import { isSessionLive, SESSION_TOUCH_MS } from "./session-policy";
import type { SessionUser } from "./actor";

export async function checkSession(claimed: { userId: string; sessionId: string }, now: Date): Promise<SessionUser | null> {
  const record = await db.userSession.findUnique({
    where: { id: claimed.sessionId },
    include: { user: { select: { id: true, role: true, name: true, status: true, coreUnitId: true } } },
  });
  if (!record || record.userId !== claimed.userId || !isSessionLive(record, now) || record.user.status !== "ACTIVE") return null;
  if (now.getTime() - record.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    await db.userSession.update({ where: { id: record.id }, data: { lastSeenAt: now } });
  }
  return {
    id: record.user.id,
    name: record.user.name,
    role: record.user.role,
    sessionId: record.id,
    unitId: record.user.role === "UNIT" ? record.user.coreUnitId : null,
  };
}
