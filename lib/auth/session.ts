/**
 * The guard every page, server action and route handler goes through (U1, U9).
 * getSessionUser() reads the next-auth JWT and then checks the server-side UserSession row,
 * so a logged-out, idle or revoked session is gone even if the browser still has its cookie.
 */
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { AppError, unauthenticated } from "@/lib/errors/app-error";
import { clientInfoFromHeaders, type ClientInfo } from "@/lib/security/client-info";
import { authOptions } from "./options";
import { isSessionLive, SESSION_TOUCH_MS } from "./session-policy";
import type { Role } from "./roles";
import type { SessionUser } from "./actor";

export type { SessionUser };

export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const claimed = session?.user;
  if (!claimed?.id || !claimed.sessionId) return null;
  const record = await db.userSession.findUnique({
    where: { id: claimed.sessionId },
    include: { user: { select: { id: true, role: true, name: true, status: true, coreUnitId: true } } },
  });
  const now = new Date();
  if (!record || record.userId !== claimed.id || !isSessionLive(record, now) || record.user.status !== "ACTIVE") return null;
  if (now.getTime() - record.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    await db.userSession.update({ where: { id: record.id }, data: { lastSeenAt: now } });
  }
  // Role and name come from the database, not the token, so a role change applies at once.
  return {
    id: record.user.id,
    name: record.user.name,
    role: record.user.role,
    sessionId: record.id,
    unitId: record.user.role === "UNIT" ? record.user.coreUnitId : null,
  };
});

export const getClientInfo = cache(async (): Promise<ClientInfo> => clientInfoFromHeaders(await headers()));

/** For route handlers: the signed-in user in one of `roles`, else an AppError (401 or 403). */
export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw unauthenticated();
  if (!roles.includes(user.role)) throw new AppError("FORBIDDEN", "无权访问此功能");
  return user;
}

/** For pages: not logged in → to the login page and back; wrong role → the 403 page. */
export async function requirePageRole(roles: readonly Role[], returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  if (!roles.includes(user.role)) redirect(`/forbidden?from=${encodeURIComponent(returnTo)}`);
  return user;
}
