/**
 * 提交申请 (P1–P5, LD/T 01 §5.3.1): after the summary and the explicit confirmation (§5.3.2),
 * the stored draft is validated again with the item's schema and its required materials, then
 * handled by the item's mode:
 *   即办 IMMEDIATE    rule checks against core data; decided at once (P3)
 *   承诺办 COMMITMENT  to the staff queue with a due date in working days (P4)
 *   预约办 APPOINTMENT to the staff for online pre-examination (P5)
 * The status moves only by a guarded update from DRAFT/CORRECTION, so a double click or a
 * retry submits once; the repeat gets the application as it now stands.
 */
import type { UserActor } from "@/lib/auth/actor";
import { shanghaiToday } from "@/lib/calendar";
import { loadWorkingDayCalendar } from "@/lib/calendar/working-day-store";
import { coreSystem } from "@/lib/core";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { fieldErrorsOf } from "@/lib/validation/zod";
import { applicantScope } from "./access";
import { completeApplication, deliverApplicationWrite, enqueueCoreWrite } from "./core-outbox";
import { itemDefinition } from "./items";
import { ACCEPTING_DEPT, EDITABLE_STATUSES, type ApplicationStatusName } from "./labels";
import { APPLICATION_INCLUDE, APPLICATION_TX_OPTIONS, recordApplicationEvent, refOf } from "./record-event";

export interface SubmitOutcome {
  id: string;
  applicationNo: string;
  status: ApplicationStatusName;
  result: string | null;
  dueDate: string | null;
}

async function outcomeOf(id: string): Promise<SubmitOutcome> {
  const app = await db.application.findUniqueOrThrow({ where: { id }, select: { id: true, applicationNo: true, status: true, result: true, dueDate: true } });
  return app;
}

export async function submitApplication(actor: UserActor, input: { id: string; confirmed: boolean }, now: Date): Promise<SubmitOutcome> {
  const app = await db.application.findFirst({ where: { id: input.id, ...applicantScope(actor) }, include: { ...APPLICATION_INCLUDE, materials: { select: { materialName: true } } } });
  if (!app) throw notFound("申请");
  if (!EDITABLE_STATUSES.includes(app.status)) return outcomeOf(app.id); // already submitted: the retry sees the same application
  if (!input.confirmed) throw new AppError("VALIDATION", "请阅读风险提示并勾选确认后再提交", { fieldErrors: { confirmed: "请勾选确认" } });
  const definition = itemDefinition(app.item.code);
  if (!definition) throw notFound("服务事项");

  const values = JSON.parse(app.formData) as Record<string, string>;
  const parsed = definition.schema.safeParse(values);
  if (!parsed.success) {
    throw new AppError("VALIDATION", "申请信息不完整或有误，请返回修改后再提交", { fieldErrors: fieldErrorsOf(parsed.error) });
  }
  const missing = definition.materials.filter((m) => m.required && !app.materials.some((u) => u.materialName === m.name));
  if (missing.length) throw new AppError("VALIDATION", `请上传必需的材料：${missing.map((m) => m.name).join("、")}`);

  const subject = { personId: app.subjectPersonId, unitId: app.unitId, today: shanghaiToday(now) };
  const resubmission = app.status === "CORRECTION";
  const from = app.status;
  const ref = refOf(app);
  const guarded = { id: app.id, status: { in: ["DRAFT", "CORRECTION"] as ("DRAFT" | "CORRECTION")[] } };

  if (app.item.handlingType === "IMMEDIATE") {
    const refusal = definition.check ? await definition.check(parsed.data, subject, coreSystem()) : null;
    const write = refusal ? null : (definition.coreWrite?.(parsed.data, subject) ?? null);
    const won = await db.$transaction(async (tx) => {
      if (refusal) {
        const { count } = await tx.application.updateMany({ where: guarded, data: { status: "REJECTED", submittedAt: now, decidedAt: now, result: refusal, acceptingDept: ACCEPTING_DEPT } });
        if (count === 0) return false;
        await recordApplicationEvent(tx, ref, actor, { action: "application.submit", status: "REJECTED", title: "不予办理", note: refusal, dept: ACCEPTING_DEPT, from }, now);
        return true;
      }
      const { count } = await tx.application.updateMany({ where: guarded, data: { status: "PROCESSING", submittedAt: now, acceptedAt: now, acceptingDept: ACCEPTING_DEPT } });
      if (count === 0) return false;
      await recordApplicationEvent(tx, ref, actor, { action: "application.submit", status: "PROCESSING", title: "已受理，规则校验通过，正在办理", dept: ACCEPTING_DEPT, from }, now);
      if (write) await enqueueCoreWrite(tx, app.id, write, now);
      else await completeApplication(tx, app.id, actor, "已办结", now);
      return true;
    }, APPLICATION_TX_OPTIONS);
    if (won && write) await deliverApplicationWrite(app.id, now);
    return outcomeOf(app.id);
  }

  let dueDate: string | null = null;
  if (app.item.handlingType === "COMMITMENT") {
    // 承诺时限 counts working days from the (re)submission: 补正 restarts the clock.
    const calendar = await loadWorkingDayCalendar();
    dueDate = calendar.addWorkingDays(subject.today, app.item.promisedDays ?? 1);
  }
  // A corrected application that was accepted before goes back to its handler's queue as accepted.
  const status = resubmission && app.acceptedAt ? "ACCEPTED" : "SUBMITTED";
  const title = resubmission ? "已补正，重新提交" : app.item.handlingType === "APPOINTMENT" ? "已提交，等待网上预审" : "已提交，等待受理";
  await db.$transaction(async (tx) => {
    const { count } = await tx.application.updateMany({ where: guarded, data: { status, submittedAt: now, dueDate, correctionNote: null } });
    if (count === 0) return;
    await recordApplicationEvent(tx, ref, actor, { action: resubmission ? "application.resubmit" : "application.submit", status, title, from }, now);
  }, APPLICATION_TX_OPTIONS);
  return outcomeOf(app.id);
}
