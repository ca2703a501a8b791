/**
 * Who is acting. defineAction builds one Actor per request (the signed-in user, or an
 * anonymous visitor, with the client address from lib/security/client-info) and hands it to
 * the handler with the request time as `{ actor, now }`; domain functions take it as it is,
 * check it with assertRole, scope their queries by it and pass it to the trace unchanged.
 * Safe to import anywhere: no Next.js, no database.
 */
import { AppError } from "@/lib/errors/app-error";
import type { ClientInfo } from "@/lib/security/client-info";
import { ROLE_LABELS, type Role } from "./roles";

/** Roles of the four kinds of user, plus the parties that act without a portal account. */
export type ActorRole = Role | "SYSTEM" | "ANONYMOUS" | "ENTERPRISE";

/** The signed-in user as the session check (lib/auth/session.ts) finds them. */
export interface SessionUser {
  id: string;
  name: string;
  role: Role;
  sessionId: string;
  /** The core-system unit a UNIT handler acts for; null for everyone else and for unbound handlers. */
  unitId: number | null;
}

/**
 * Who is acting. Only id and role are always known; the client address is there for actions
 * (the trace records it) and unitId for UNIT handlers bound to their unit.
 */
export interface Actor {
  id: string | null;
  role: ActorRole;
  unitId?: number | null;
  ip?: string;
  userAgent?: string;
}

/** A signed-in user acting: what domain functions for PERSON, UNIT, STAFF and ADMIN take. */
export interface UserActor extends Actor {
  id: string;
  role: Role;
}

/** What defineAction hands every action: an Actor whose client address is known. */
export type RequestActor = Actor & ClientInfo;

/** What defineAction hands a non-public action: the user, their session and their address. */
export type SessionActor = UserActor & SessionUser & ClientInfo;

export function actorOf(user: SessionUser | null, client: ClientInfo): RequestActor {
  return user ? { ...user, ...client } : { id: null, role: "ANONYMOUS", unitId: null, ...client };
}

/** Scheduled jobs and the platform's own follow-ups (lockouts, reminders, closures). */
export function systemActor(ip = ""): Actor {
  return { id: null, role: "SYSTEM", unitId: null, ip, userAgent: "" };
}

/**
 * The one role check inside domain functions (defineAction already checked the action's
 * access list; this keeps a domain function safe when another caller reaches it). `what`
 * names the operation for the message: 只有平台管理员可以锁定账户.
 */
export function assertRole<R extends ActorRole>(actor: { role: ActorRole }, roles: readonly R[], what?: string): asserts actor is { role: R } {
  if ((roles as readonly ActorRole[]).includes(actor.role)) return;
  const who = roles.map((r) => (r in ROLE_LABELS ? ROLE_LABELS[r as Role] : r)).join("或");
  throw new AppError("FORBIDDEN", what ? `只有${who}可以${what}` : "无权执行此操作");
}
