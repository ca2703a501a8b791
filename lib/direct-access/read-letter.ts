/**
 * 信用承诺书 (E2): read back by a handler of the applying unit (through the unit-scoped client)
 * or by STAFF/ADMIN; anyone else gets "not found".
 */
import type { UserActor } from "@/lib/auth/actor";
import { unitContextOf } from "@/lib/actions/define-unit-action";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { fileStore } from "@/lib/files/file-store";

export async function readAccessLetter(actor: UserActor, applicationId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
  const staff = actor.role === "STAFF" || actor.role === "ADMIN";
  if (!staff && !(actor.role === "UNIT" && actor.unitId)) throw notFound("信用承诺书");
  const client = staff ? db : unitContextOf(actor).db;
  const app = await client.directAccessApplication.findFirst({ where: { id: applicationId }, select: { letterFileName: true, letterStorageKey: true } });
  if (!app) throw notFound("信用承诺书");
  const bytes = await fileStore().get(app.letterStorageKey);
  if (!bytes) throw notFound("信用承诺书");
  return { fileName: app.letterFileName, bytes };
}
