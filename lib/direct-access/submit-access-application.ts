/**
 * 接入申请 (E2; DB3702 §8.4): a unit handler applies for direct connection with the HR system,
 * a contact, the requested services, the unit's SM2 public key, the §7.1 declarations and the
 * signed credit commitment letter (PDF). A returned application is edited and submitted again
 * (§8.5.1); each submission starts a new 5-working-day review period (E3).
 *
 * Every read and write of the unit's records goes through the unit-scoped client.
 */
import { randomInt, randomUUID } from "node:crypto";
import type { UserActor } from "@/lib/auth/actor";
import type { UnitContext } from "@/lib/actions/define-unit-action";
import { coreSystem } from "@/lib/core";
import { shanghaiToday } from "@/lib/calendar";
import { loadWorkingDayCalendar } from "@/lib/calendar/working-day-store";
import { AppError, notFound } from "@/lib/errors/app-error";
import { fileStore } from "@/lib/files/file-store";
import { detectMaterialType } from "@/lib/files/file-type";
import { isSm2PublicKey, sm3Hex } from "@/lib/gm";
import { DECLARATIONS, REVIEW_WORKING_DAYS } from "./labels";
import { ACCESS_TX_OPTIONS, recordAccessEvent } from "./record-access-event";
import type { SubmitAccessInput } from "./schema";

export const LETTER_MAX_BYTES = 5 * 1024 * 1024;

export interface UploadedLetter {
  name: string;
  bytes: Uint8Array;
}

function refuse(field: string, message: string): AppError {
  return new AppError("VALIDATION", message, { fieldErrors: { [field]: message } });
}

function checkLetter(letter: UploadedLetter): UploadedLetter {
  if (letter.bytes.length === 0) throw refuse("letter", "请上传盖章的信用承诺书（PDF）");
  if (letter.bytes.length > LETTER_MAX_BYTES) throw refuse("letter", "信用承诺书超过 5 MB，请压缩后再上传");
  if (detectMaterialType(letter.bytes) !== "application/pdf") throw refuse("letter", "信用承诺书须为 PDF 文件（仅改扩展名无效）");
  return { name: (letter.name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f]/g, "").slice(-100) || "信用承诺书.pdf", bytes: letter.bytes };
}

function generateApplicationNo(now: Date): string {
  return `ZL${shanghaiToday(now).replaceAll("-", "")}${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
}

/** The review deadline: 5 working days after the day of the (re)submission, on the ADMIN's calendar. */
export async function accessReviewDueDate(now: Date): Promise<string> {
  return (await loadWorkingDayCalendar()).addWorkingDays(shanghaiToday(now), REVIEW_WORKING_DAYS);
}

export async function submitAccessApplication(
  actor: UserActor,
  unit: UnitContext,
  input: Omit<SubmitAccessInput, "letter"> & { letter?: UploadedLetter },
  now: Date,
): Promise<{ id: string; applicationNo: string; dueDate: string }> {
  if (!isSm2PublicKey(input.signPublicKey)) throw refuse("signPublicKey", "SM2 公钥不是曲线上的有效点，请重新生成");
  const services = [...new Set(input.services)];
  const declarations = DECLARATIONS.map((d) => d.key);
  const letter = input.letter ? checkLetter(input.letter) : null;
  const dueDate = await accessReviewDueDate(now);
  const fields = {
    hrSystemName: input.hrSystemName,
    hrSystemVendor: input.hrSystemVendor,
    contactName: input.contactName,
    contactMobile: input.contactMobile,
    contactEmail: input.contactEmail,
    services: JSON.stringify(services),
    signPublicKey: input.signPublicKey,
    declarations: JSON.stringify(declarations),
  };

  const store = fileStore();
  const storageKey = letter ? randomUUID().replaceAll("-", "") : null;
  if (letter && storageKey) await store.put(storageKey, letter.bytes);
  const letterFields = letter && storageKey ? { letterFileName: letter.name, letterStorageKey: storageKey, letterSize: letter.bytes.length, letterSm3: sm3Hex(letter.bytes) } : null;

  try {
    if (input.id) return await supplement(actor, unit, input.id, { ...fields, ...letterFields }, dueDate, now);
    if (!letterFields) throw refuse("letter", "请上传盖章的信用承诺书（PDF）");
    return await create(actor, unit, { ...fields, ...letterFields }, dueDate, now);
  } catch (error) {
    if (storageKey) await store.delete(storageKey); // no orphan file for a row never written
    throw error;
  }
}

interface Fields {
  hrSystemName: string;
  hrSystemVendor: string;
  contactName: string;
  contactMobile: string;
  contactEmail: string;
  services: string;
  signPublicKey: string;
  declarations: string;
  letterFileName?: string;
  letterStorageKey?: string;
  letterSize?: number;
  letterSm3?: string;
}
type NewFields = Fields & Required<Pick<Fields, "letterFileName" | "letterStorageKey" | "letterSize" | "letterSm3">>;

async function create(actor: UserActor, unit: UnitContext, fields: NewFields, dueDate: string, now: Date) {
  const open = await unit.db.directAccessApplication.findFirst({ where: { status: { in: ["SUBMITTED", "RETURNED"] } }, select: { applicationNo: true } });
  if (open) throw new AppError("CONFLICT", `本单位已有进行中的接入申请（编号 ${open.applicationNo}），请勿重复申请`);
  const enterprise = await unit.db.directEnterprise.findFirst({ where: { status: { not: "REVOKED" } }, select: { reqAppCode: true } });
  if (enterprise) throw new AppError("CONFLICT", `本单位已接入政企直连（系统编码 ${enterprise.reqAppCode}），无需再次申请`);
  const coreUnit = await coreSystem().getUnit(unit.unitId);
  if (!coreUnit) throw new AppError("CONFLICT", "核心系统中未找到本单位的参保登记，请先办理单位参保登记");
  const applicationNo = generateApplicationNo(now);
  const created = await unit.db.$transaction(async (tx) => {
    const app = await tx.directAccessApplication.create({
      data: {
        ...fields,
        applicationNo,
        coreUnitId: unit.unitId,
        creditCode: coreUnit.creditCode,
        unitName: coreUnit.name,
        applicantUserId: actor.id,
        status: "SUBMITTED",
        dueDate,
        submittedAt: now,
      },
    });
    await recordAccessEvent(tx, app, actor, { action: "direct-access.submit", status: "SUBMITTED", title: `已提交，请等待审核（${dueDate} 前完成）`, summary: { dueDate } }, now);
    return app;
  }, ACCESS_TX_OPTIONS);
  return { id: created.id, applicationNo, dueDate };
}

async function supplement(actor: UserActor, unit: UnitContext, id: string, fields: Fields, dueDate: string, now: Date) {
  const app = await unit.db.directAccessApplication.findFirst({ where: { id } });
  if (!app) throw notFound("接入申请");
  if (app.status !== "RETURNED") throw new AppError("CONFLICT", "只有退回补充的申请可以修改后重新提交");
  const oldLetter = fields.letterStorageKey ? app.letterStorageKey : null;
  await unit.db.$transaction(async (tx) => {
    const { count } = await tx.directAccessApplication.updateMany({
      where: { id, status: "RETURNED" },
      data: { ...fields, status: "SUBMITTED", dueDate, submittedAt: now, applicantUserId: actor.id },
    });
    if (count === 0) throw new AppError("CONFLICT", "申请状态已变化，请刷新后查看");
    await recordAccessEvent(tx, { ...app, applicantUserId: actor.id }, actor, { action: "direct-access.supplement", status: "SUBMITTED", title: `已补充材料并重新提交（${dueDate} 前完成审核）`, from: "RETURNED", summary: { dueDate } }, now);
  }, ACCESS_TX_OPTIONS);
  if (oldLetter) await fileStore().delete(oldLetter);
  return { id, applicationNo: app.applicationNo, dueDate };
}
