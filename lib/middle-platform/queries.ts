/** The docking status page (X5): pushes pending, failed with reason, retried. STAFF and ADMIN only. */
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { PushKind } from "./codes";

export interface PushRow {
  id: number;
  serialNo: string;
  kind: PushKind;
  step: string;
  status: "PENDING" | "DONE" | "FAILED";
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  doneAt: Date | null;
  applicationId: string;
  applicationNo: string | null;
}

const SELECT = { id: true, serialNo: true, kind: true, step: true, status: true, attempts: true, nextAttemptAt: true, lastError: true, createdAt: true, doneAt: true, applicationId: true } as const;

export async function middlePlatformStatus(actor: UserActor, recent = 30) {
  assertRole(actor, ["STAFF", "ADMIN"], "查看中台对接状态");
  const [pending, failed, done, retried, open, delivered, inbound] = await Promise.all([
    db.middlePlatformPush.count({ where: { status: "PENDING" } }),
    db.middlePlatformPush.count({ where: { status: "FAILED" } }),
    db.middlePlatformPush.count({ where: { status: "DONE" } }),
    db.middlePlatformPush.count({ where: { status: "DONE", attempts: { gt: 1 } } }),
    db.middlePlatformPush.findMany({ where: { status: { in: ["PENDING", "FAILED"] } }, orderBy: { id: "asc" }, take: 200, select: SELECT }),
    db.middlePlatformPush.findMany({ where: { status: "DONE" }, orderBy: { id: "desc" }, take: recent, select: SELECT }),
    db.application.count({ where: { source: "MIDDLE_PLATFORM" } }),
  ]);
  const ids = [...new Set([...open, ...delivered].map((r) => r.applicationId))];
  const apps = await db.application.findMany({ where: { id: { in: ids } }, select: { id: true, applicationNo: true } });
  const noOf = new Map(apps.map((a) => [a.id, a.applicationNo]));
  const rows = (list: typeof open): PushRow[] => list.map((r) => ({ ...r, kind: r.kind as PushKind, status: r.status as PushRow["status"], applicationNo: noOf.get(r.applicationId) ?? null }));
  return { counts: { pending, failed, done, retried, inbound }, open: rows(open), delivered: rows(delivered) };
}
