/**
 * One status change of an application (P6): the timeline row, the applicant's inbox message,
 * the SMS and the trace row, all written in the caller's transaction with the change itself.
 */
import type { Actor } from "@/lib/auth/actor";
import { areaPath, type Role } from "@/lib/auth/roles";
import { appendTrace } from "@/lib/audit/trace";
import type { Tx } from "@/lib/db";
import { postMessage } from "@/lib/messaging/inbox";
import { smsSender } from "@/lib/messaging/sms";
import { enqueueMiddlePlatformPushes } from "@/lib/middle-platform/pushes";
import { STATUS_LABELS, type ApplicationStatusName } from "./labels";

export interface ApplicationRef {
  id: string;
  applicationNo: string;
  itemName: string;
  applicant: { id: string; role: Role; mobile: string };
  /** MIDDLE_PLATFORM: the change is pushed to the platform (X5) instead of the applicant's inbox and SMS */
  docking?: { serialNo: string; itemCode: string } | null;
}

export interface ApplicationChange {
  action: string; // trace action, e.g. "application.accept"
  status: ApplicationStatusName;
  title: string; // timeline entry, e.g. "已受理"
  note?: string | null;
  dept?: string | null;
  from?: ApplicationStatusName;
}

export async function recordApplicationEvent(tx: Tx, app: ApplicationRef, actor: Actor, change: ApplicationChange, now: Date): Promise<void> {
  await tx.applicationEvent.create({
    data: { applicationId: app.id, status: change.status, title: change.title, actorRole: actor.role, dept: change.dept ?? null, note: change.note ?? null, at: now },
  });
  if (app.docking) {
    // The applicant follows a docked application on the platform: push the change there, in this transaction.
    await enqueueMiddlePlatformPushes(tx, { id: app.id, applicationNo: app.applicationNo, externalSerialNo: app.docking.serialNo, itemCode: app.docking.itemCode }, change, now);
  } else {
    await notifyApplicant(tx, app, change);
  }
  await appendTrace(tx, actor, {
    action: change.action,
    entity: "Application",
    entityId: app.id,
    summary: { applicationNo: app.applicationNo, before: change.from ?? null, after: change.status },
  });
}

async function notifyApplicant(tx: Tx, app: ApplicationRef, change: ApplicationChange): Promise<void> {
  const note = change.note ? `：${change.note}` : "";
  await postMessage(tx, {
    userId: app.applicant.id,
    category: "APPLICATION",
    title: `申请${STATUS_LABELS[change.status]}：${app.itemName}`,
    body: `您的申请“${app.itemName}”（申请编号 ${app.applicationNo}）${change.title}${note}。`,
    link: areaPath(app.applicant.role, `applications/${app.id}`),
  });
  const sms = await smsSender();
  await sms.send({ mobile: app.applicant.mobile, purpose: "APPLICATION", content: `您的申请${app.applicationNo}（${app.itemName}）${change.title}，详情请登录网上服务大厅查看。` }, tx);
}

/** The reference recordApplicationEvent needs, from an application loaded with item and applicant. */
export function refOf(app: {
  id: string;
  applicationNo: string;
  source?: string;
  externalSerialNo?: string | null;
  item: { name: string; code?: string };
  applicant: { id: string; role: Role; mobile: string };
}): ApplicationRef {
  const docking = app.source === "MIDDLE_PLATFORM" && app.externalSerialNo ? { serialNo: app.externalSerialNo, itemCode: app.item.code ?? "" } : null;
  return { id: app.id, applicationNo: app.applicationNo, itemName: app.item.name, applicant: app.applicant, docking };
}

export const APPLICATION_INCLUDE = {
  item: { select: { id: true, code: true, name: true, handlingType: true, promisedDays: true } },
  applicant: { select: { id: true, role: true, mobile: true, name: true } },
} as const;

/** Transactions here wait their turn instead of failing when several arrive at once. */
export const APPLICATION_TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;
