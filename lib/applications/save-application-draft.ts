/**
 * 填写申请 (P1, P2). A draft is created by the first save and found again by its request key
 * (made when the form was first shown), so a double click or a retry of the first save gives
 * one application, not two. What was typed is always stored, valid or not; `check` then
 * validates it with the item's schema, so the form shows the errors and the draft stays intact.
 */
import { randomInt } from "node:crypto";
import type { UserActor } from "@/lib/auth/actor";
import { appendTrace } from "@/lib/audit/trace";
import { shanghaiToday } from "@/lib/calendar";
import { itemAppliesTo } from "@/lib/catalogue/labels";
import { db, isUniqueViolation } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { fieldErrorsOf } from "@/lib/validation/zod";
import { applicantScope } from "./access";
import { itemDefinition, type ItemDefinition } from "./items";
import { EDITABLE_STATUSES } from "./labels";

export interface DraftInput {
  itemCode: string;
  requestKey: string;
  values: Record<string, string>;
  /** validate as for submission after saving */
  check: boolean;
  source?: "PORTAL" | "DIRECT_CONNECT" | "MIDDLE_PLATFORM";
  externalSerialNo?: string;
}

export interface DraftSaved {
  id: string;
  applicationNo: string;
}

const MAX_NO_ATTEMPTS = 5;

/** 申请编号: SQ + the day + 6 random digits, e.g. SQ20261123004817. */
export function generateApplicationNo(now: Date): string {
  return `SQ${shanghaiToday(now).replaceAll("-", "")}${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
}

/** Only the item's own fields, as trimmed strings of bounded length: nothing else is stored. */
export function pickFieldValues(definition: ItemDefinition, values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of definition.fields) {
    const v = values[field.name];
    out[field.name] = typeof v === "string" ? v.slice(0, 2000) : "";
  }
  return out;
}

export function validateFieldValues(definition: ItemDefinition, values: Record<string, string>) {
  return definition.schema.safeParse(values);
}

function validationError(definition: ItemDefinition, values: Record<string, string>): AppError | null {
  const parsed = validateFieldValues(definition, values);
  if (parsed.success) return null;
  return new AppError("VALIDATION", "提交的信息有误，请按提示修改（已填写的内容已保存为草稿）", { fieldErrors: fieldErrorsOf(parsed.error) });
}

export async function saveApplicationDraft(actor: UserActor, input: DraftInput, now: Date): Promise<DraftSaved> {
  if (actor.role !== "PERSON" && actor.role !== "UNIT") throw new AppError("FORBIDDEN", "仅参保人或单位经办人可以申报");
  const definition = itemDefinition(input.itemCode);
  const item = definition ? await db.serviceItem.findFirst({ where: { code: input.itemCode, published: true } }) : null;
  if (!definition || !item) throw notFound("服务事项");
  if (!itemAppliesTo(item.applicantType, actor.role)) {
    throw new AppError("FORBIDDEN", actor.role === "UNIT" ? `“${item.name}”由个人办理，单位账户不能申报` : `“${item.name}”由单位办理，个人账户不能申报`);
  }
  if (actor.role === "UNIT" && !actor.unitId) throw new AppError("FORBIDDEN", "您的账户尚未绑定参保单位，不能办理单位业务");
  const values = pickFieldValues(definition, input.values);
  const formData = JSON.stringify(values);

  const existing = await db.application.findFirst({ where: { requestKey: input.requestKey }, select: { id: true, applicationNo: true, status: true, applicantUserId: true } });
  if (existing) {
    const own = await db.application.findFirst({ where: { id: existing.id, ...applicantScope(actor) }, select: { id: true, status: true, itemId: true } });
    if (!own || own.itemId !== item.id) throw notFound("申请");
    if (!EDITABLE_STATUSES.includes(own.status)) throw new AppError("CONFLICT", "申请已提交，不能再修改");
    // Guarded: a save that loses a race with the submission changes nothing.
    const { count } = await db.application.updateMany({ where: { id: own.id, status: { in: ["DRAFT", "CORRECTION"] } }, data: { formData } });
    if (count === 0) throw new AppError("CONFLICT", "申请已提交，不能再修改");
    if (input.check) {
      const error = validationError(definition, values);
      if (error) throw error;
    }
    return { id: existing.id, applicationNo: existing.applicationNo };
  }

  const subjectPersonId = actor.role === "PERSON" ? ((await db.user.findFirst({ where: { id: actor.id }, select: { corePersonId: true } }))?.corePersonId ?? null) : null;
  let saved: DraftSaved | null = null;
  for (let attempt = 1; !saved; attempt++) {
    const applicationNo = generateApplicationNo(now);
    try {
      saved = await db.$transaction(async (tx) => {
        const created = await tx.application.create({
          data: {
            applicationNo,
            itemId: item.id,
            applicantUserId: actor.id,
            unitId: actor.role === "UNIT" ? actor.unitId : null,
            subjectPersonId,
            source: input.source ?? "PORTAL",
            externalSerialNo: input.externalSerialNo,
            requestKey: input.requestKey,
            formData,
            createdAt: now,
          },
        });
        await appendTrace(tx, actor, { action: "application.save-draft", entity: "Application", entityId: created.id, summary: { applicationNo, item: item.code } });
        return { id: created.id, applicationNo };
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // The same request arrived twice at once: the other one created it.
      const twin = await db.application.findFirst({ where: { requestKey: input.requestKey, ...applicantScope(actor) }, select: { id: true, applicationNo: true } });
      if (twin) saved = twin;
      else if (await db.application.count({ where: { requestKey: input.requestKey } })) throw notFound("申请");
      else if (attempt >= MAX_NO_ATTEMPTS) throw error;
    }
  }
  if (input.check) {
    const error = validationError(definition, values);
    if (error) throw error;
  }
  return saved;
}
