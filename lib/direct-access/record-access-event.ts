/**
 * One step of an access application (E2, E3; §8.5.2 progress visible): the timeline row, the
 * applicant's inbox message and the trace, in the caller's transaction with the change itself.
 */
import type { Actor } from "@/lib/auth/actor";
import { areaPath } from "@/lib/auth/roles";
import { appendTrace } from "@/lib/audit/trace";
import type { Tx } from "@/lib/db";
import { postMessage } from "@/lib/messaging/inbox";
import { ACCESS_STATUS_LABELS, type AccessStatusName } from "./labels";

export interface AccessRef {
  id: string;
  applicationNo: string;
  applicantUserId: string;
}

export async function recordAccessEvent(
  tx: Tx,
  app: AccessRef,
  actor: Actor,
  change: { action: string; status: AccessStatusName; title: string; note?: string | null; from?: AccessStatusName | null; summary?: Record<string, unknown> },
  now: Date,
): Promise<void> {
  await tx.directAccessEvent.create({ data: { applicationId: app.id, status: change.status, title: change.title, note: change.note ?? null, actorRole: actor.role, at: now } });
  const note = change.note ? `：${change.note}` : "";
  await postMessage(tx, {
    userId: app.applicantUserId,
    category: "APPLICATION",
    title: `政企直连接入申请${ACCESS_STATUS_LABELS[change.status]}`,
    body: `您单位的政企直连接入申请（编号 ${app.applicationNo}）${change.title}${note}。`,
    link: areaPath("UNIT", "direct"),
  });
  await appendTrace(tx, actor, {
    action: change.action,
    entity: "DirectAccessApplication",
    entityId: app.id,
    summary: { applicationNo: app.applicationNo, before: change.from ?? null, after: change.status, ...change.summary },
  });
}

/** Transactions here wait their turn instead of failing when several arrive at once. */
export const ACCESS_TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;
