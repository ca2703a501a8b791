/**
 * The guard every page, server action and route handler goes through (U1, U9).
 * getSessionUser() reads the next-auth JWT and then checks the server-side UserSession row
 * (checkSession), so a logged-out, idle or revoked session is gone even if the browser still
 * has its cookie.
 */
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppError, unauthenticated } from "@/lib/errors/app-error";
import { clientInfoFromHeaders, type ClientInfo } from "@/lib/security/client-info";
import { authOptions } from "./options";
import { checkSessionSnapshot, type SessionSnapshot } from "./session-check";
import type { Role } from "./roles";
import type { SessionUser } from "./actor";

export type { SessionUser };

/** The live session of this request with the header's counts (one query, once per request). */
export const getSessionSnapshot = cache(async (): Promise<SessionSnapshot | null> => {
  const session = await getServerSession(authOptions);
  const claimed = session?.user;
  if (!claimed?.id || !claimed.sessionId) return null;
  return checkSessionSnapshot({ userId: claimed.id, sessionId: claimed.sessionId }, new Date());
});

export const getSessionUser = cache(async (): Promise<SessionUser | null> => (await getSessionSnapshot())?.user ?? null);

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
