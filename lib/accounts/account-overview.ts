/** 账户安全 page data (U7): the user's own login history and live sessions, always scoped to them. */
import { db } from "@/lib/db";
import { appendTrace } from "@/lib/audit/trace";
import { isSessionLive } from "@/lib/auth/session-policy";
import type { SessionUser, SessionActor } from "@/lib/auth/actor";
import { maskIdNumber, maskIp, maskMobile } from "@/lib/security/masking";
import { summarizeUserAgent } from "@/lib/security/client-info";
import { loginOutcome, loginReasonLabel, type LoginOutcome } from "./login-log";
import { endSessions } from "./account-changes";

export interface LoginHistoryRow {
  id: number;
  at: Date;
  outcome: LoginOutcome;
  reason: string;
  ip: string;
  browser: string;
}

export async function listLoginHistory(userId: string, take = 20): Promise<LoginHistoryRow[]> {
  const rows = await db.loginLog.findMany({ where: { userId }, orderBy: { id: "desc" }, take });
  return rows.map((r) => ({ id: r.id, at: r.createdAt, outcome: loginOutcome(r), reason: loginReasonLabel(r.reason), ip: maskIp(r.ip), browser: summarizeUserAgent(r.userAgent) }));
}

export interface SessionRow {
  id: string;
  current: boolean;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string;
  browser: string;
}

export async function listOwnActiveSessions(user: SessionUser, now = new Date()): Promise<SessionRow[]> {
  const rows = await db.userSession.findMany({
    where: { userId: user.id, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    take: 20,
  });
  return rows
    .filter((s) => isSessionLive(s, now))
    .map((s) => ({ id: s.id, current: s.id === user.sessionId, createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, expiresAt: s.expiresAt, ip: maskIp(s.ip), browser: summarizeUserAgent(s.userAgent) }));
}

export async function getOwnProfile(userId: string) {
  const u = await db.user.findUnique({ where: { id: userId } });
  if (!u) return null;
  return {
    username: u.username,
    name: u.name,
    role: u.role,
    mobile: maskMobile(u.mobile),
    idType: u.idType,
    idNumber: u.idNumber ? maskIdNumber(u.idNumber) : null,
    unitName: u.unitName,
    creditCode: u.creditCode,
    agreementVersion: u.agreementVersion,
    agreementAcceptedAt: u.agreementAcceptedAt,
    createdAt: u.createdAt,
  };
}

/** Ends the user's sessions on other browsers (e.g. after a login they do not recognise). */
export async function endOtherSessions(actor: SessionActor, now: Date): Promise<{ ended: number }> {
  return db.$transaction(async (tx) => {
    const count = await endSessions(tx, actor.id, now, actor.sessionId);
    if (count > 0) {
      await appendTrace(tx, actor, {
        action: "account.sessions.end-others",
        entity: "User",
        entityId: actor.id,
        summary: { ended: count },
      });
    }
    return { ended: count };
  });
}

/**
 * S8: changes made to the account by someone else (ACCOUNT messages: an administrator's
 * change, a binding) that the holder has not yet seen. The holder's area shows the count from
 * the first page after login; 账户安全 lists them until the holder confirms having read them.
 */
export function countUnseenAccountChanges(userId: string): Promise<number> {
  return db.message.count({ where: { userId, category: "ACCOUNT", readAt: null } });
}

export function listAccountChanges(userId: string, take = 20) {
  return db.message.findMany({
    where: { userId, category: "ACCOUNT" },
    select: { id: true, title: true, body: true, createdAt: true, readAt: true },
    orderBy: { createdAt: "desc" },
    take,
  });
}

/** 我已知晓: marks the holder's own unseen account changes read. */
export async function acknowledgeAccountChanges(actor: SessionActor, now: Date): Promise<{ acknowledged: number }> {
  const { count } = await db.message.updateMany({ where: { userId: actor.id, category: "ACCOUNT", readAt: null }, data: { readAt: now } });
  return { acknowledged: count };
}
