/**
 * The staff side of an application (P4, P5): 受理, 补正告知, 预审通过, 办结 (approve) and
 * 不予办理 (reject). Each moves the status by a guarded update from the states it may come
 * from — two staff acting at once cannot both win — and writes the timeline row, the
 * applicant's message and SMS and the trace in the same transaction. Approval hands the
 * item's core write to the outbox (B3) and completes when it is delivered.
 */
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { shanghaiToday } from "@/lib/calendar";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { completeApplication, deliverApplicationWrite, enqueueCoreWrite } from "./core-outbox";
import { deliverSoon } from "@/lib/middle-platform/pushes";
import { itemDefinition } from "./items";
import { ACCEPTING_DEPT, STATUS_LABELS, type ApplicationStatusName } from "./labels";
import { APPLICATION_INCLUDE, APPLICATION_TX_OPTIONS, recordApplicationEvent, refOf } from "./record-event";

const STAFF = ["STAFF", "ADMIN"] as const;

async function loadForStaff(actor: UserActor, id: string, what: string) {
  assertRole(actor, STAFF, what);
  const app = await db.application.findFirst({ where: { id, status: { notIn: ["DRAFT"] } }, include: APPLICATION_INCLUDE });
  if (!app) throw notFound("申请");
  return app;
}

function refuseFrom(status: ApplicationStatusName, what: string): AppError {
  return new AppError("CONFLICT", `申请当前状态为“${STATUS_LABELS[status]}”，不能${what}`);
}

type Loaded = Awaited<ReturnType<typeof loadForStaff>>;

async function move(
  actor: UserActor,
  app: Loaded,
  from: readonly ApplicationStatusName[],
  to: ApplicationStatusName,
  what: string,
  data: Record<string, unknown>,
  event: { action: string; title: string; note?: string | null },
  now: Date,
  after?: (tx: Tx) => Promise<void>,
): Promise<void> {
  if (!from.includes(app.status)) throw refuseFrom(app.status, what);
  await db.$transaction(async (tx) => {
    const { count } = await tx.application.updateMany({ where: { id: app.id, status: { in: [...from] } }, data: { ...data, status: to } });
    if (count === 0) throw new AppError("CONFLICT", `申请状态已变化，不能${what}，请刷新后查看`);
    await recordApplicationEvent(tx, refOf(app), actor, { ...event, status: to, dept: ACCEPTING_DEPT, from: app.status }, now);
    await after?.(tx);
  }, APPLICATION_TX_OPTIONS);
  await deliverSoon(app, now); // X5: a docked application's push goes out now; the job retries failures
}

/** 受理 a 承诺办 application: it is now being handled, so the applicant can no longer withdraw (P8). */
export async function acceptApplication(actor: UserActor, id: string, now: Date): Promise<void> {
  const app = await loadForStaff(actor, id, "受理申请");
  if (app.item.handlingType !== "COMMITMENT") throw new AppError("CONFLICT", "该事项不经受理环节，请进行预审或办结");
  await move(actor, app, ["SUBMITTED"], "ACCEPTED", "受理", { acceptedAt: now, acceptingDept: ACCEPTING_DEPT }, { action: "application.accept", title: "已受理" }, now);
}

/** 补正告知: the applicant edits and resubmits (P4). */
export async function requestCorrection(actor: UserActor, id: string, reason: string, now: Date): Promise<void> {
  const app = await loadForStaff(actor, id, "要求补正");
  await move(actor, app, ["SUBMITTED", "ACCEPTED"], "CORRECTION", "要求补正", { correctionNote: reason }, { action: "application.request-correction", title: "需补正材料或信息", note: reason }, now);
}

/** 预审通过 of a 预约办 application: the applicant is told which originals to bring and books a window (P5). */
export async function preApproveApplication(actor: UserActor, id: string, originals: string, now: Date): Promise<void> {
  const app = await loadForStaff(actor, id, "预审");
  if (app.item.handlingType !== "APPOINTMENT") throw new AppError("CONFLICT", "该事项无预审环节");
  await move(
    actor, app, ["SUBMITTED"], "PRE_APPROVED", "预审",
    { acceptedAt: now, acceptingDept: ACCEPTING_DEPT, result: originals },
    { action: "application.pre-approve", title: "网上预审通过，请预约到窗口核验原件", note: `请携带：${originals}` },
    now,
  );
}

/** 办结 (approve): the item's core write goes to the outbox; without one the application completes at once. */
export async function approveApplication(actor: UserActor, id: string, note: string, now: Date): Promise<void> {
  const app = await loadForStaff(actor, id, "办结");
  const definition = itemDefinition(app.item.code);
  const from: ApplicationStatusName[] = app.item.handlingType === "APPOINTMENT" ? ["PRE_APPROVED"] : ["ACCEPTED"];
  if (!from.includes(app.status)) throw refuseFrom(app.status, app.item.handlingType === "APPOINTMENT" ? "办结（须先预审并到窗口核验原件）" : "办结（须先受理）");
  let write = null;
  if (definition?.coreWrite) {
    const parsed = definition.schema.safeParse(JSON.parse(app.formData));
    if (!parsed.success) throw new AppError("CONFLICT", "申请信息不符合要求，请要求申请人补正");
    write = definition.coreWrite(parsed.data, { personId: app.subjectPersonId, unitId: app.unitId, today: shanghaiToday(now) });
  }
  const result = note || "准予办理";
  await move(actor, app, from, "PROCESSING", "办结", {}, { action: "application.approve", title: "审核通过，正在办理", note: note || null }, now, async (tx) => {
    if (write) await enqueueCoreWrite(tx, app.id, write, now);
    else await completeApplication(tx, app.id, actor, result, now);
  });
  if (write && (await deliverApplicationWrite(app.id, now))) await deliverSoon(app, now);
}

/** 不予办理, always with the reason the applicant will read. */
export async function rejectApplication(actor: UserActor, id: string, reason: string, now: Date): Promise<void> {
  const app = await loadForStaff(actor, id, "作出不予办理决定");
  await move(actor, app, ["SUBMITTED", "ACCEPTED", "PRE_APPROVED"], "REJECTED", "不予办理", { decidedAt: now, result: reason, acceptingDept: ACCEPTING_DEPT }, { action: "application.reject", title: "不予办理", note: reason }, now);
}
