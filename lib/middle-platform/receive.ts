/**
 * Our inbound interfaces as the middle platform's approval system (X4):
 *
 * 接收申报流水号 — a serial number arrives. Unknown here: we fetch 获取申请详细信息 and
 * 获取申请材料信息 from the platform, check them as a portal submission is checked (the item's
 * schema, its required materials, the file types by content, the applicant known to the core
 * system) and create the application, source MIDDLE_PLATFORM, status 待受理, in the staff
 * workbench. Known and 待补正: the same call is how the platform says “the applicant has
 * corrected it” — we fetch details and materials again, replace them, and the application goes
 * back to the queue (accepted ones as accepted), with the promised days counted again. Known in
 * any other state: nothing changes; the answer repeats the application's number and status, so a
 * resent serial number is harmless.
 *
 * 接收网上申报撤销 — withdraws where the portal's own rule allows it (before acceptance,
 * WITHDRAWABLE_STATUSES); otherwise WITHDRAW_REFUSED with the status that says why not.
 *
 * The applications belong to one disabled portal account, 省政务服务中台申报, which cannot log in
 * and gets no inbox messages or SMS: the applicant follows the application on 爱山东, which
 * learns every step through the pushes.
 */
import { createHash, randomBytes } from "node:crypto";
import { systemActor } from "@/lib/auth/actor";
import { shanghaiToday } from "@/lib/calendar";
import { loadWorkingDayCalendar } from "@/lib/calendar/working-day-store";
import { coreSystem } from "@/lib/core";
import { db, isUniqueViolation, type Tx } from "@/lib/db";
import { fileStore } from "@/lib/files/file-store";
import { detectMaterialType, MATERIAL_MAX_BYTES } from "@/lib/files/file-type";
import { sm3Hex } from "@/lib/gm";
import { z } from "@/lib/validation/zod";
import { itemDefinition } from "@/lib/applications/items";
import { ACCEPTING_DEPT, STATUS_LABELS, WITHDRAWABLE_STATUSES, type ApplicationStatusName } from "@/lib/applications/labels";
import { APPLICATION_INCLUDE, APPLICATION_TX_OPTIONS, recordApplicationEvent, refOf } from "@/lib/applications/record-event";
import { generateApplicationNo } from "@/lib/applications/save-application-draft";
import { WITHDRAW_REFUSED } from "@/lib/applications/withdraw-application";
import { callPlatform, PlatformCallError } from "./client";
import { FETCH_PATHS, MP_STATUS_MEANING, MpError, mpStatusOf } from "./codes";
import { deliverSoon } from "./pushes";

/** The portal account middle-platform applications belong to (disabled: nobody logs in as it). */
export const MIDDLE_PLATFORM_APPLICANT = "middle-platform";

const serialNo = z.string().trim().regex(/^[A-Za-z0-9-]{8,64}$/, "须为 8–64 位字母、数字或连字符");
export const serialNumberSchema = z.object({ serialNo });
export const withdrawalSchema = z.object({ serialNo, reason: z.string().trim().max(200).optional() });

const detailSchema = z.object({
  serialNo,
  itemCode: z.string().trim().min(1).max(40),
  applicant: z.object({ name: z.string().trim().min(1).max(50), idType: z.string().default("01"), idNumber: z.string().trim().min(15).max(18), mobile: z.string().trim().max(20).optional() }),
  formData: z.record(z.string(), z.string().max(2000)),
});
const materialsSchema = z.object({
  materials: z.array(z.object({ materialName: z.string().min(1).max(60), fileName: z.string().min(1).max(200), contentBase64: z.string().max(15_000_000) })).max(20),
});

export interface SerialAnswer {
  serialNo: string;
  applicationNo: string;
  status: string;
  statusName: string;
}

function answerOf(app: { externalSerialNo: string | null; applicationNo: string; status: ApplicationStatusName }): SerialAnswer {
  const status = mpStatusOf(app.status);
  return { serialNo: app.externalSerialNo ?? "", applicationNo: app.applicationNo, status, statusName: MP_STATUS_MEANING[status] };
}

async function fetchFromPlatform<T>(path: string, schema: z.ZodType<T>, serial: string, now: Date): Promise<T> {
  let data: unknown;
  try {
    data = await callPlatform(path, { serialNo: serial }, now);
  } catch (error) {
    if (error instanceof PlatformCallError) {
      if (error.platformCode === "SERIAL_UNKNOWN") throw new MpError("SERIAL_UNKNOWN", `业务中台查无流水号 ${serial}`);
      throw new MpError("PLATFORM_UNAVAILABLE", error.message);
    }
    throw error;
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new MpError("DETAIL_INVALID", "业务中台返回的申请信息格式错误");
  return parsed.data;
}

interface Fetched {
  itemId: number;
  handlingType: string;
  promisedDays: number | null;
  subjectPersonId: number;
  formData: string;
  files: { materialName: string; originalName: string; mime: string; content: Uint8Array }[];
}

/** 获取申请详细信息 + 获取申请材料信息, checked as a portal submission is. Creates nothing. */
async function fetchApplication(serial: string, now: Date): Promise<Fetched> {
  const detail = await fetchFromPlatform(FETCH_PATHS.detail, detailSchema, serial, now);
  if (detail.serialNo !== serial) throw new MpError("DETAIL_INVALID", "流水号与请求不符");
  const definition = itemDefinition(detail.itemCode);
  const item = definition ? await db.serviceItem.findFirst({ where: { code: detail.itemCode, published: true } }) : null;
  if (!definition || !item || !["PERSON", "BOTH"].includes(item.applicantType) || item.handlingType === "IMMEDIATE") {
    throw new MpError("ITEM_UNSUPPORTED", `事项编码 ${detail.itemCode}`);
  }
  const values = Object.fromEntries(definition.fields.map((f) => [f.name, detail.formData[f.name] ?? ""]));
  const parsed = definition.schema.safeParse(values);
  if (!parsed.success) throw new MpError("DETAIL_INVALID", parsed.error.issues.map((i) => `${String(i.path[0] ?? "")} ${i.message}`).join("；"));
  const person = await coreSystem().findPersonByIdentity(detail.applicant.idType, detail.applicant.idNumber);
  if (!person || person.name !== detail.applicant.name) throw new MpError("PERSON_UNKNOWN");

  const { materials } = await fetchFromPlatform(FETCH_PATHS.materials, materialsSchema, serial, now);
  const files = materials.map((m) => {
    if (!definition.materials.some((d) => d.name === m.materialName)) throw new MpError("DETAIL_INVALID", `材料类别“${m.materialName}”不属于该事项`);
    const content = new Uint8Array(Buffer.from(m.contentBase64, "base64"));
    const mime = content.length > 0 && content.length <= MATERIAL_MAX_BYTES ? detectMaterialType(content) : null;
    if (!mime) throw new MpError("DETAIL_INVALID", `材料“${m.fileName}”不是 10 MB 以内的 PDF、JPG、PNG 文件`);
    return { materialName: m.materialName, originalName: m.fileName.split(/[\\/]/).pop()!.slice(0, 120), mime, content };
  });
  const missing = definition.materials.filter((d) => d.required && !files.some((f) => f.materialName === d.name));
  if (missing.length) throw new MpError("DETAIL_INVALID", `缺少必需的材料：${missing.map((m) => m.name).join("、")}`);
  return { itemId: item.id, handlingType: item.handlingType, promisedDays: item.promisedDays, subjectPersonId: person.id, formData: JSON.stringify(values), files };
}

async function applicantUserId(): Promise<string> {
  const user = await db.user.upsert({
    where: { username: MIDDLE_PLATFORM_APPLICANT },
    update: {},
    create: { username: MIDDLE_PLATFORM_APPLICANT, passwordHash: "!", role: "PERSON", status: "DISABLED", name: "省政务服务中台申报", mobile: "" },
    select: { id: true },
  });
  return user.id;
}

/** Files go to the store before the transaction (as uploads do); the rows are written inside it. */
async function storeFiles(files: Fetched["files"]) {
  const store = fileStore();
  const stored = [];
  for (const f of files) {
    const storageKey = randomBytes(18).toString("base64url");
    await store.put(storageKey, f.content);
    stored.push({ materialName: f.materialName, originalName: f.originalName, mime: f.mime, size: f.content.length, sha256: createHash("sha256").update(f.content).digest("hex"), sm3: sm3Hex(f.content), storageKey });
  }
  return stored;
}

async function dueDateOf(fetched: Fetched, now: Date): Promise<string | null> {
  if (fetched.handlingType !== "COMMITMENT") return null;
  return (await loadWorkingDayCalendar()).addWorkingDays(shanghaiToday(now), fetched.promisedDays ?? 1);
}

async function findDocked(serial: string) {
  return db.application.findUnique({ where: { source_externalSerialNo: { source: "MIDDLE_PLATFORM", externalSerialNo: serial } }, include: APPLICATION_INCLUDE });
}

/** 接收申报流水号. */
export async function receiveSerialNumber(serial: string, now: Date): Promise<SerialAnswer> {
  const known = await findDocked(serial);
  if (known?.status === "CORRECTION") return receiveCorrection(known, now);
  if (known) return answerOf(known);

  const fetched = await fetchApplication(serial, now);
  const [userId, materials, dueDate] = await Promise.all([applicantUserId(), storeFiles(fetched.files), dueDateOf(fetched, now)]);
  const actor = systemActor();
  try {
    await db.$transaction(async (tx) => {
      const created = await tx.application.create({
        data: {
          applicationNo: generateApplicationNo(now), itemId: fetched.itemId, applicantUserId: userId, subjectPersonId: fetched.subjectPersonId,
          source: "MIDDLE_PLATFORM", externalSerialNo: serial, requestKey: `mp-${serial}`, status: "SUBMITTED", formData: fetched.formData,
          dueDate, createdAt: now, submittedAt: now, materials: { create: materials.map((m) => ({ ...m, createdAt: now })) },
        },
        include: APPLICATION_INCLUDE,
      });
      const title = fetched.handlingType === "APPOINTMENT" ? "经省政务服务中台申报，等待网上预审" : "经省政务服务中台申报，等待受理";
      await recordApplicationEvent(tx, refOf(created), actor, { action: "middle-platform.receive", status: "SUBMITTED", title, note: `申报流水号 ${serial}`, from: "DRAFT" }, now);
    }, APPLICATION_TX_OPTIONS);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // the same serial number arrived twice at once: the other call created it
  }
  const app = await findDocked(serial);
  if (!app) throw new MpError("SERIAL_UNKNOWN");
  return answerOf(app);
}

type Docked = NonNullable<Awaited<ReturnType<typeof findDocked>>>;

/** The platform re-sent the serial number of an application awaiting correction: the corrected details and materials. */
async function receiveCorrection(app: Docked, now: Date): Promise<SerialAnswer> {
  const fetched = await fetchApplication(app.externalSerialNo!, now);
  if (fetched.itemId !== app.itemId) throw new MpError("DETAIL_INVALID", "补正后的事项与原申请不一致");
  const [materials, dueDate] = await Promise.all([storeFiles(fetched.files), dueDateOf(fetched, now)]);
  const status: ApplicationStatusName = app.acceptedAt ? "ACCEPTED" : "SUBMITTED";
  const old = await db.applicationMaterial.findMany({ where: { applicationId: app.id }, select: { storageKey: true } });
  const moved = await db.$transaction(async (tx: Tx) => {
    const { count } = await tx.application.updateMany({ where: { id: app.id, status: "CORRECTION" }, data: { status, formData: fetched.formData, submittedAt: now, dueDate, correctionNote: null } });
    if (count === 0) return false;
    await tx.applicationMaterial.deleteMany({ where: { applicationId: app.id } });
    await tx.applicationMaterial.createMany({ data: materials.map((m) => ({ ...m, applicationId: app.id, createdAt: now })) });
    await recordApplicationEvent(tx, refOf(app), systemActor(), { action: "application.resubmit", status, title: "已补正，经省政务服务中台重新提交", dept: ACCEPTING_DEPT, from: "CORRECTION" }, now);
    return true;
  }, APPLICATION_TX_OPTIONS);
  if (moved) await Promise.all(old.map((o) => fileStore().delete(o.storageKey).catch(() => undefined)));
  return answerOf((await findDocked(app.externalSerialNo!))!);
}

/** 接收网上申报撤销. */
export async function receiveWithdrawal(serial: string, now: Date, reason?: string): Promise<SerialAnswer> {
  const app = await findDocked(serial);
  if (!app) throw new MpError("SERIAL_UNKNOWN", `本系统无流水号 ${serial}`);
  if (app.status === "WITHDRAWN") return answerOf(app);
  const refuse = (status: ApplicationStatusName) => {
    const code = mpStatusOf(status);
    return new MpError("WITHDRAW_REFUSED", `${WITHDRAW_REFUSED.split("；")[0]}（当前状态：${STATUS_LABELS[status]}）`, { status: code, statusName: MP_STATUS_MEANING[code] });
  };
  if (!WITHDRAWABLE_STATUSES.includes(app.status)) throw refuse(app.status);
  const won = await db.$transaction(async (tx) => {
    const { count } = await tx.application.updateMany({ where: { id: app.id, status: { in: [...WITHDRAWABLE_STATUSES] } }, data: { status: "WITHDRAWN", decidedAt: now } });
    if (count === 0) return false;
    await recordApplicationEvent(tx, refOf(app), systemActor(), { action: "application.withdraw", status: "WITHDRAWN", title: "申请人经省政务服务中台撤回", note: reason || null, from: app.status }, now);
    return true;
  }, APPLICATION_TX_OPTIONS);
  const after = (await findDocked(serial))!;
  if (!won) throw refuse(after.status);
  await deliverSoon(after, now);
  return answerOf(after);
}
