/**
 * Outbound pushes to the middle platform (X5) through their own outbox, MiddlePlatformPush:
 *
 * - enqueued by recordApplicationEvent in the very transaction that changes the status of an
 *   application whose source is MIDDLE_PLATFORM, one row per (serial number, kind, step): a
 *   change repeated for any reason enqueues nothing twice;
 * - delivered right after the change commits (deliverSoon) and by the every-minute job, in order
 *   of creation per serial number (a later push waits while an earlier one of the same serial
 *   is undelivered, so the platform never reads 办结 before 受理);
 * - a failure is retried after 30 s, 1 min, 2 min … (at most an hour); after 10 attempts the row
 *   is FAILED and waits for staff to press 立即重试 on the docking page;
 * - every push carries `pushId` = serialNo:kind:step, so the platform can drop a delivery it has
 *   already received (our answer may be lost after the platform stored the push).
 */
import { assertRole, type Actor } from "@/lib/auth/actor";
import { appendTrace } from "@/lib/audit/trace";
import { formatShanghai } from "@/lib/calendar";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { ApplicationStatusName } from "@/lib/applications/labels";
import { callPlatform } from "./client";
import {
  MP_RESULT_MEANING, MP_SPECIAL_PROCEDURE_MEANING, MP_STATUS_MEANING, MP_STEP_MEANING, MpResult, MpSpecialProcedure, MpStep, mpStatusOf, PUSH_PATHS, type PushKind,
} from "./codes";
import { renderResultNoticeFile, type ResultNoticeSpec } from "./result-file";

/** After this many failed attempts a push stops retrying by itself. */
export const MAX_PUSH_ATTEMPTS = 10;
const CLAIM_MS = 5 * 60_000;

/** 30 s, 1 min, 2 min … at most an hour. */
export function pushBackoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

export interface DockedApplication {
  id: string;
  applicationNo: string;
  externalSerialNo: string | null;
  itemCode: string;
}

export interface DockedChange {
  action: string;
  status: ApplicationStatusName;
  title: string;
  note?: string | null;
  dept?: string | null;
}

interface PlannedPush {
  kind: PushKind;
  step: string;
  extra: Record<string, unknown>;
}

function plan(change: DockedChange, correctionCount: number, app: DockedApplication, serialNo: string, now: Date): PlannedPush[] {
  const stepInfo = (step: MpStep) => ({ stepCode: step, stepName: MP_STEP_MEANING[step] });
  const result = (code: MpResult) => ({ ...stepInfo(MpStep.Completion), resultCode: code, resultName: MP_RESULT_MEANING[code], resultText: change.note ?? MP_RESULT_MEANING[code] });
  switch (change.action) {
    case "application.accept":
      return [{ kind: "ACCEPT", step: MpStep.Accept, extra: stepInfo(MpStep.Accept) }];
    case "application.request-correction":
      return [{ kind: "CORRECTION", step: `${MpStep.Correction}${correctionCount}`, extra: { ...stepInfo(MpStep.Correction), correctionNote: change.note ?? "", sequence: correctionCount } }];
    case "application.pre-approve":
      return [{
        kind: "SPECIAL",
        step: MpSpecialProcedure.OnSiteVerification,
        extra: { procedureType: MpSpecialProcedure.OnSiteVerification, procedureName: MP_SPECIAL_PROCEDURE_MEANING[MpSpecialProcedure.OnSiteVerification], procedureNote: change.note ?? "" },
      }];
    case "application.approve":
      return [{ kind: "STEP", step: MpStep.Review, extra: { ...stepInfo(MpStep.Review), stepResult: "审查通过" } }];
    case "application.complete": {
      // The file itself is rendered when the push is delivered (deliverPush).
      const resultFile: ResultNoticeSpec = { applicationNo: app.applicationNo, serialNo, itemCode: app.itemCode, resultName: MP_RESULT_MEANING[MpResult.Approved], decidedAt: now.toISOString() };
      return [
        { kind: "RESULT", step: MpStep.Completion, extra: result(MpResult.Approved) },
        { kind: "RESULT_FILE", step: MpStep.Completion, extra: { ...stepInfo(MpStep.Completion), resultFile } },
      ];
    }
    case "application.reject":
      return [{ kind: "RESULT", step: MpStep.Completion, extra: result(MpResult.Refused) }];
    case "application.withdraw":
      return [{ kind: "RESULT", step: MpStep.Completion, extra: result(MpResult.Withdrawn) }];
    default:
      return []; // submission and resubmission come from the platform itself
  }
}

/** Called by recordApplicationEvent, inside the transaction of the change. */
export async function enqueueMiddlePlatformPushes(tx: Tx, app: DockedApplication, change: DockedChange, now: Date): Promise<number> {
  const serialNo = app.externalSerialNo;
  if (!serialNo) return 0;
  const correctionCount = change.action === "application.request-correction"
    ? await tx.applicationEvent.count({ where: { applicationId: app.id, status: "CORRECTION" } })
    : 0;
  let created = 0;
  for (const push of plan(change, correctionCount, app, serialNo, now)) {
    // Look before writing: a unique violation would abort the caller's PostgreSQL transaction.
    const existing = await tx.middlePlatformPush.findUnique({ where: { serialNo_kind_step: { serialNo, kind: push.kind, step: push.step } }, select: { id: true } });
    if (existing) continue;
    const mpStatus = mpStatusOf(change.status);
    const payload = {
      pushId: `${serialNo}:${push.kind}:${push.step}`,
      serialNo,
      applicationNo: app.applicationNo,
      itemCode: app.itemCode,
      status: mpStatus,
      statusName: MP_STATUS_MEANING[mpStatus],
      title: change.title,
      note: change.note ?? null,
      handlerDept: change.dept ?? null,
      handledAt: formatShanghai(now, "datetime"),
      ...push.extra,
    };
    await tx.middlePlatformPush.create({
      data: { serialNo, kind: push.kind, step: push.step, applicationId: app.id, payload: JSON.stringify(payload), nextAttemptAt: now, createdAt: now },
    });
    created++;
  }
  return created;
}

type PushRow = { id: number; serialNo: string; kind: string; payload: string; attempts: number };
const ROW_SELECT = { id: true, serialNo: true, kind: true, payload: true, attempts: true } as const;

async function deliverPush(row: PushRow, now: Date): Promise<boolean> {
  const claimed = await db.middlePlatformPush.updateMany({
    where: { id: row.id, status: "PENDING", attempts: row.attempts },
    data: { attempts: row.attempts + 1, nextAttemptAt: new Date(now.getTime() + CLAIM_MS) },
  });
  if (claimed.count === 0) return false;
  try {
    const { resultFile, ...payload } = JSON.parse(row.payload) as Record<string, unknown> & { resultFile?: ResultNoticeSpec };
    if (resultFile) payload.file = await renderResultNoticeFile(resultFile);
    await callPlatform(PUSH_PATHS[row.kind as PushKind], payload, now);
  } catch (error) {
    const attempts = row.attempts + 1;
    const message = error instanceof Error ? error.message : String(error);
    await db.middlePlatformPush.update({
      where: { id: row.id },
      data: { lastError: message.slice(0, 500), status: attempts >= MAX_PUSH_ATTEMPTS ? "FAILED" : "PENDING", nextAttemptAt: new Date(now.getTime() + pushBackoffMs(attempts)) },
    });
    return false;
  }
  await db.middlePlatformPush.update({ where: { id: row.id }, data: { status: "DONE", doneAt: now, lastError: null } });
  return true;
}

/** Delivers the due pushes (of one serial number, or all), in order per serial; returns how many were delivered. */
export async function deliverMiddlePlatformPushes(now: Date, filter: { serialNo?: string; limit?: number } = {}): Promise<number> {
  const rows = await db.middlePlatformPush.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now }, ...(filter.serialNo ? { serialNo: filter.serialNo } : {}) },
    orderBy: { id: "asc" },
    take: filter.limit ?? 100,
    select: ROW_SELECT,
  });
  const blocked = new Set<string>();
  let delivered = 0;
  for (const row of rows) {
    if (blocked.has(row.serialNo)) continue;
    const earlier = await db.middlePlatformPush.count({ where: { serialNo: row.serialNo, id: { lt: row.id }, status: { not: "DONE" } } });
    if (earlier > 0 || !(await deliverPush(row, now))) {
      blocked.add(row.serialNo);
      continue;
    }
    delivered++;
  }
  return delivered;
}

/** Right after a change commits: try its pushes at once; a failure is left to the job. Never throws. */
export async function deliverSoon(app: { source: string; externalSerialNo: string | null }, now = new Date()): Promise<void> {
  if (app.source !== "MIDDLE_PLATFORM" || !app.externalSerialNo) return;
  try {
    await deliverMiddlePlatformPushes(now, { serialNo: app.externalSerialNo });
  } catch (error) {
    console.error("[middle-platform] delivery after the change failed; the job retries", error);
  }
}

/** 立即重试 (STAFF/ADMIN): a pending or failed push is due now again; then its serial is delivered in order. */
export async function retryMiddlePlatformPush(actor: Actor, id: number, now: Date): Promise<{ delivered: boolean; lastError: string | null }> {
  assertRole(actor, ["STAFF", "ADMIN"], "重试推送");
  const row = await db.middlePlatformPush.findUnique({ where: { id }, select: { id: true, serialNo: true, kind: true, step: true, status: true } });
  if (!row) throw notFound("推送记录");
  if (row.status === "DONE") throw new AppError("CONFLICT", "该推送已送达，无需重试");
  await db.$transaction(async (tx) => {
    await tx.middlePlatformPush.updateMany({ where: { id, status: { in: ["PENDING", "FAILED"] } }, data: { status: "PENDING", nextAttemptAt: now } });
    await appendTrace(tx, actor, { action: "middle-platform.retry-push", entity: "MiddlePlatformPush", entityId: String(id), summary: { serialNo: row.serialNo, kind: row.kind, step: row.step } });
  });
  // Earlier undelivered pushes of the same serial go first: make them due too.
  await db.middlePlatformPush.updateMany({ where: { serialNo: row.serialNo, id: { lt: id }, status: "PENDING" }, data: { nextAttemptAt: now } });
  await deliverMiddlePlatformPushes(now, { serialNo: row.serialNo });
  const after = await db.middlePlatformPush.findUniqueOrThrow({ where: { id }, select: { status: true, lastError: true } });
  return { delivered: after.status === "DONE", lastError: after.lastError };
}
