/**
 * Core writes of completed applications go through the CoreOutbox (B3): the decision writes
 * the row in its own transaction, and a worker delivers it through CoreSystem. A core-system
 * failure leaves the row pending with a later attempt time, so nothing is lost and the
 * applicant sees 处理中 until delivery; delivery then completes the application, with its
 * event, message and trace, in one transaction.
 */
import { systemActor, type Actor } from "@/lib/auth/actor";
import { coreSystem, type CoreSystem } from "@/lib/core";
import { db, type Tx } from "@/lib/db";
import type { CoreWrite } from "./items";
import { APPLICATION_INCLUDE, APPLICATION_TX_OPTIONS, recordApplicationEvent, refOf } from "./record-event";

/** How long a claimed row is left alone before another worker may try it. */
const CLAIM_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;

/** 30 s, 1 min, 2 min … at most an hour: a long outage is retried without hammering the core. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

export async function enqueueCoreWrite(tx: Tx, applicationId: string | null, write: CoreWrite, now: Date): Promise<number> {
  const row = await tx.coreOutbox.create({ data: { kind: write.kind, payload: JSON.stringify(write), applicationId, nextAttemptAt: now, createdAt: now }, select: { id: true } });
  return row.id;
}

/** What a delivered write says: the message for the applicant, and what the core system assigned. */
export interface AppliedCoreWrite {
  message: string;
  /** REGISTER_EMPLOYEE: the registered person's 个人编号 */
  personNo?: string;
}

export async function applyCoreWrite(core: CoreSystem, write: CoreWrite): Promise<AppliedCoreWrite> {
  switch (write.kind) {
    case "UPDATE_PERSON_CONTACT":
      await core.updatePersonContact(write.personId, { mobile: write.mobile, address: write.address });
      return { message: "个人联系信息已更新" };
    case "UPDATE_UNIT_CONTACT":
      await core.updateUnitContact(write.unitId, { address: write.address, legalRepName: write.legalRepName, legalRepPhone: write.legalRepPhone });
      return { message: "单位基本信息已更新" };
    case "REGISTER_EMPLOYEE":
      return { message: "职工参保登记已完成", personNo: (await core.registerEmployee(write.unitId, write.employee)).personNo };
    case "REGISTER_FLEXIBLE_EMPLOYMENT":
      await core.registerFlexibleEmployment(write.personId, write.startMonth);
      return { message: "灵活就业人员参保登记已完成" };
    case "APPLY_PENSION_TRANSFER":
      await core.applyPensionTransfer(write.personId, { fromRegion: write.fromRegion, toRegion: write.toRegion, appliedOn: write.appliedOn });
      return { message: "转移接续申请已转核心系统办理" };
    case "CERTIFY_QUALIFICATION":
      await core.certifyQualification(write.personId, { year: write.year, certifiedOn: write.certifiedOn, method: write.method });
      return { message: `${write.year} 年度待遇领取资格认证已通过` };
  }
}

/** Completes an application that needs no core write, or whose write was delivered, in `tx`. */
export async function completeApplication(tx: Tx, applicationId: string, actor: Actor, result: string, now: Date): Promise<boolean> {
  const { count } = await tx.application.updateMany({ where: { id: applicationId, status: "PROCESSING" }, data: { status: "COMPLETED", result, decidedAt: now } });
  if (count === 0) return false;
  const app = await tx.application.findUniqueOrThrow({ where: { id: applicationId }, include: APPLICATION_INCLUDE });
  await recordApplicationEvent(tx, refOf(app), actor, { action: "application.complete", status: "COMPLETED", title: "已办结", note: result, from: "PROCESSING" }, now);
  return true;
}

type OutboxRow = { id: number; payload: string; attempts: number; applicationId: string | null };

async function deliverRow(row: OutboxRow, now: Date): Promise<boolean> {
  // Claim: only the worker whose conditional update wins delivers this attempt.
  const claimed = await db.coreOutbox.updateMany({
    where: { id: row.id, status: "PENDING", attempts: row.attempts },
    data: { attempts: row.attempts + 1, nextAttemptAt: new Date(now.getTime() + CLAIM_MS) },
  });
  if (claimed.count === 0) return false;
  return deliverClaimed({ ...row, attempts: row.attempts + 1 }, now);
}

/**
 * Delivers a row claimed by this process (`attempts` already counts this attempt). On success the
 * row is DONE, its application completed, and `prepareDone`'s work (read after the core write,
 * written in the same transaction) done; on failure the row waits for the worker's backoff.
 */
async function deliverClaimed(row: OutboxRow, now: Date, prepareDone?: (applied: AppliedCoreWrite) => Promise<(tx: Tx) => Promise<void>>): Promise<boolean> {
  let applied: AppliedCoreWrite;
  try {
    applied = await applyCoreWrite(coreSystem(), JSON.parse(row.payload) as CoreWrite);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.coreOutbox.update({
      where: { id: row.id },
      data: { lastError: message.slice(0, 500), nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)) },
    });
    return false;
  }
  let done: ((tx: Tx) => Promise<void>) | undefined;
  try {
    done = await prepareDone?.(applied);
  } catch (error) {
    console.error("[outbox] after-delivery step failed; the write itself is delivered", error);
  }
  await db.$transaction(async (tx) => {
    await tx.coreOutbox.update({ where: { id: row.id }, data: { status: "DONE", doneAt: now, lastError: null } });
    if (row.applicationId) await completeApplication(tx, row.applicationId, systemActor(), applied.message, now);
    if (done) await done(tx);
  }, APPLICATION_TX_OPTIONS);
  return true;
}

/**
 * For a caller that delivers its own write at once (the direct-connect gateway, E6): the row is
 * created already claimed, so no worker takes it unless this process dies before delivering it
 * (then the worker retries it after the claim expires, as any claimed row).
 */
export async function enqueueClaimedCoreWrite(tx: Tx, write: CoreWrite, now: Date): Promise<number> {
  const row = await tx.coreOutbox.create({
    data: { kind: write.kind, payload: JSON.stringify(write), applicationId: null, attempts: 1, nextAttemptAt: new Date(now.getTime() + CLAIM_MS), createdAt: now },
    select: { id: true },
  });
  return row.id;
}

/** Delivers a row made by enqueueClaimedCoreWrite; false when the core system failed (the worker retries). */
export async function deliverClaimedCoreWrite(id: number, write: CoreWrite, now: Date, prepareDone?: (applied: AppliedCoreWrite) => Promise<(tx: Tx) => Promise<void>>): Promise<boolean> {
  try {
    return await deliverClaimed({ id, payload: JSON.stringify(write), attempts: 1, applicationId: null }, now, prepareDone);
  } catch (error) {
    console.error("[outbox] immediate delivery failed; the worker retries", error);
    return false;
  }
}

/** The worker: delivers every due row; returns how many were delivered. */
export async function deliverCoreOutbox(now: Date, limit = 100): Promise<number> {
  const rows = await db.coreOutbox.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, payload: true, attempts: true, applicationId: true },
  });
  let delivered = 0;
  for (const row of rows) if (await deliverRow(row, now)) delivered++;
  return delivered;
}

/** Right after a decision: try the application's write at once, so the usual case completes without waiting for the worker. */
export async function deliverApplicationWrite(applicationId: string, now: Date): Promise<boolean> {
  const row = await db.coreOutbox.findFirst({ where: { applicationId, status: "PENDING" }, select: { id: true, payload: true, attempts: true, applicationId: true } });
  if (!row) return false;
  try {
    return await deliverRow(row, now);
  } catch (error) {
    console.error("[outbox] delivery after the decision failed; the worker retries", error);
    return false;
  }
}
