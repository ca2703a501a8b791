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

/** A live session with what every page shows of it: the user, unread messages, unseen account changes (S8). */
export interface SessionSnapshot {
  user: SessionUser;
  unread: number;
  unseenAccountChanges: number;
}

interface SnapshotRow {
  id: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  role: SessionUser["role"];
  name: string;
  status: string;
  coreUnitId: number | null;
  unread: bigint | number;
  unseenAccountChanges: bigint | number;
}

/**
 * One query for the session, its user and the two counts the header and the area show (issue
 * 13: every page runs this; as `include` plus two counts it was four queries). The counts use
 * the (userId, readAt) index of Message.
 */
export async function checkSessionSnapshot(claimed: { userId: string; sessionId: string }, now: Date): Promise<SessionSnapshot | null> {
  const [record] = await db.$queryRaw<SnapshotRow[]>`
    SELECT s."id", s."userId", s."createdAt", s."lastSeenAt", s."expiresAt", s."revokedAt",
           u."role", u."name", u."status", u."coreUnitId",
           (SELECT COUNT(*) FROM "Message" m WHERE m."userId" = u."id" AND m."readAt" IS NULL) AS "unread",
           (SELECT COUNT(*) FROM "Message" m WHERE m."userId" = u."id" AND m."readAt" IS NULL AND m."category" = 'ACCOUNT') AS "unseenAccountChanges"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${claimed.sessionId}`;
  if (!record || record.userId !== claimed.userId || !isSessionLive(record, now) || record.status !== "ACTIVE") return null;
  if (now.getTime() - record.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    await db.userSession.update({ where: { id: record.id }, data: { lastSeenAt: now } });
  }
  return {
    user: {
      id: record.userId,
      name: record.name,
      role: record.role,
      sessionId: record.id,
      unitId: record.role === "UNIT" ? record.coreUnitId : null,
    },
    unread: Number(record.unread),
    unseenAccountChanges: Number(record.unseenAccountChanges),
  };
}

export async function checkSession(claimed: { userId: string; sessionId: string }, now: Date): Promise<SessionUser | null> {
  return (await checkSessionSnapshot(claimed, now))?.user ?? null;
}
