/**
 * Who may see which application (U9): a person their own; a unit handler every application
 * of their unit; staff all. Every query of the applicant side goes through applicantScope, so
 * another user's id reads as "not found".
 */
import type { Prisma } from "@/lib/db";
import type { UserActor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/errors/app-error";

export function applicantScope(actor: UserActor): Prisma.ApplicationWhereInput {
  if (actor.role === "PERSON") return { applicantUserId: actor.id };
  if (actor.role === "UNIT") return actor.unitId ? { unitId: actor.unitId } : { applicantUserId: actor.id };
  throw forbidden();
}

export function isStaff(actor: { role: string }): boolean {
  return actor.role === "STAFF" || actor.role === "ADMIN";
}

/** Staff see every application; applicants only theirs. */
export function viewerScope(actor: UserActor): Prisma.ApplicationWhereInput {
  return isStaff(actor) ? {} : applicantScope(actor);
}
