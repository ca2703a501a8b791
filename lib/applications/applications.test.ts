import { randomInt, randomUUID } from "node:crypto";
import { createRng, generateIdNumber } from "@/lib/identity";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { coreSystem, setCoreSystem, type CoreSystem } from "@/lib/core";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/actor";
import { asUser, createTestUser } from "@/tests/helpers";
import { saveApplicationDraftAction, submitApplicationAction, withdrawApplicationAction, acceptApplicationAction } from "./actions";
import { saveApplicationDraft } from "./save-application-draft";
import { submitApplication } from "./submit-application";
import { acceptApplication, approveApplication, preApproveApplication, rejectApplication, requestCorrection } from "./handle-application";
import { withdrawApplication } from "./withdraw-application";
import { addApplicationMaterial, readApplicationMaterial } from "./materials";
import { fileStore, LocalDiskFileStore } from "@/lib/files/file-store";
import { deliverCoreOutbox } from "./core-outbox";
import { findApplication, listOwnApplications } from "./queries";
import { bookApplicationVisit } from "./book-application-visit";
import { createTestCentre } from "@/lib/appointments/test-fixtures";
import { createPersonApplicant, createUnitApplicant, PDF_BYTES, seedApplicationCatalogue } from "./test-fixtures";

const realCore = coreSystem();
afterEach(() => setCoreSystem(realCore));

beforeAll(async () => {
  await seedApplicationCatalogue();
});

const key = () => randomUUID();
const staffUser = () => createTestUser("STAFF");
const CONTACT = { mobile: "13712345678", address: "青岛市崂山区新地址 88 号", reason: "搬家" };

async function draft(user: SessionUser, itemCode: string, values: Record<string, string>, now = new Date()) {
  return saveApplicationDraft(user, { itemCode, requestKey: key(), values, check: true }, now);
}

async function withMaterial(user: SessionUser, applicationId: string, materialName: string) {
  await addApplicationMaterial(user, { applicationId, materialName, fileName: "id.pdf", content: PDF_BYTES }, new Date());
}

async function submittedContactChange(now: Date) {
  const { user, person } = await createPersonApplicant();
  const saved = await draft(user, "SB-DJ-005", CONTACT, now);
  await withMaterial(user, saved.id, "居民身份证");
  const outcome = await submitApplication(user, { id: saved.id, confirmed: true }, now);
  return { user, person, saved, outcome };
}

describe("submission", () => {
  it("P2: the first save retried 5 times at once creates one application", async () => {
    const { user } = await createPersonApplicant();
    const requestKey = key();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => asUser(user, () => saveApplicationDraftAction({ itemCode: "SB-DJ-005", requestKey, intent: "draft", ...CONTACT }))),
    );
    for (const r of results) expect(r.ok).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? r.data.id : "")));
    expect(ids.size).toBe(1);
    expect(await db.application.count({ where: { applicantUserId: user.id } })).toBe(1);
    const [app] = await db.application.findMany({ where: { applicantUserId: user.id } });
    expect(app.applicationNo).toMatch(/^SQ\d{8}\d{6}$/);
  });

  it("P2: a submission retried 5 times at once submits once (one timeline row, one message)", async () => {
    const { user } = await createPersonApplicant();
    const saved = await draft(user, "SB-DJ-005", CONTACT);
    await withMaterial(user, saved.id, "居民身份证");
    const results = await Promise.all(Array.from({ length: 5 }, () => asUser(user, () => submitApplicationAction({ id: saved.id, confirmed: "on" }))));
    for (const r of results) expect(r).toMatchObject({ ok: true, data: { id: saved.id, status: "SUBMITTED" } });
    expect(await db.application.count({ where: { applicantUserId: user.id } })).toBe(1);
    expect(await db.applicationEvent.count({ where: { applicationId: saved.id, status: "SUBMITTED" } })).toBe(1);
    expect(await db.message.count({ where: { userId: user.id, category: "APPLICATION" } })).toBe(1);
    expect(await db.operationTrace.count({ where: { action: "application.submit", entityId: saved.id } })).toBe(1);
  });

  it("P1: a missing required field is refused with a field message and the draft keeps what was typed", async () => {
    const { user } = await createPersonApplicant();
    const requestKey = key();
    const typed = { mobile: "13712345678", address: "", reason: "<script>alert(1)</script>" };
    const res = await asUser(user, () => saveApplicationDraftAction({ itemCode: "SB-DJ-005", requestKey, intent: "check", ...typed }));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { address: "此项为必填项" } });
    const stored = await db.application.findFirstOrThrow({ where: { requestKey } });
    expect(JSON.parse(stored.formData)).toEqual(typed); // stored as typed; pages render it as text
    expect(stored.status).toBe("DRAFT");
  });

  it("P1: submission needs the confirmation and every required material", async () => {
    const { user } = await createPersonApplicant();
    const saved = await draft(user, "SB-DJ-005", CONTACT);
    await expect(submitApplication(user, { id: saved.id, confirmed: false }, new Date())).rejects.toMatchObject({ code: "VALIDATION", message: "请阅读风险提示并勾选确认后再提交" });
    await expect(submitApplication(user, { id: saved.id, confirmed: true }, new Date())).rejects.toMatchObject({ code: "VALIDATION", message: "请上传必需的材料：居民身份证" });
    expect((await db.application.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe("DRAFT");
  });
});

describe("materials", () => {
  it("P1: a PDF is stored outside public/ with its SHA-256 and SM3", async () => {
    const { user } = await createPersonApplicant();
    const saved = await draft(user, "SB-DJ-005", CONTACT);
    const { id } = await addApplicationMaterial(user, { applicationId: saved.id, materialName: "居民身份证", fileName: "../../证件.pdf", content: PDF_BYTES }, new Date());
    const row = await db.applicationMaterial.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ mime: "application/pdf", size: PDF_BYTES.length, originalName: "证件.pdf" });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row.sm3).toMatch(/^[0-9a-f]{64}$/);
    expect(row.sm3).not.toBe(row.sha256);
    if (fileStore() instanceof LocalDiskFileStore) {
      const file = path.resolve(".test-tmp/data/uploads", row.storageKey);
      expect(fs.existsSync(file)).toBe(true);
      expect(file.includes(`${path.sep}public${path.sep}`)).toBe(false);
    } else {
      // Several instances on PostgreSQL share the files through the database (FILE_STORE=database).
      expect(await db.storedFile.count({ where: { key: row.storageKey } })).toBe(1);
    }
    const read = await readApplicationMaterial(user, id);
    expect(Buffer.from(read.content).equals(Buffer.from(PDF_BYTES))).toBe(true);
  });

  it("P1: a file over 10 MB is refused with a clear message", async () => {
    const { user } = await createPersonApplicant();
    const saved = await draft(user, "SB-DJ-005", CONTACT);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PDF_BYTES);
    await expect(addApplicationMaterial(user, { applicationId: saved.id, materialName: "居民身份证", fileName: "big.pdf", content: big }, new Date()))
      .rejects.toMatchObject({ code: "VALIDATION", message: "文件超过 10 MB，请压缩或分页后再上传" });
    const exact = new Uint8Array(10 * 1024 * 1024);
    exact.set(PDF_BYTES);
    await expect(addApplicationMaterial(user, { applicationId: saved.id, materialName: "居民身份证", fileName: "ok.pdf", content: exact }, new Date())).resolves.toHaveProperty("id");
  });

  it("P1: a script renamed to .pdf is refused by its content", async () => {
    const { user } = await createPersonApplicant();
    const saved = await draft(user, "SB-DJ-005", CONTACT);
    const script = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    await expect(addApplicationMaterial(user, { applicationId: saved.id, materialName: "居民身份证", fileName: "id.pdf", content: script }, new Date()))
      .rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("PDF、JPG、PNG") });
    expect(await db.applicationMaterial.count({ where: { applicationId: saved.id } })).toBe(0);
    expect(JSON.parse((await db.application.findUniqueOrThrow({ where: { id: saved.id } })).formData)).toEqual(CONTACT);
  });
});

describe("即办 IMMEDIATE", () => {
  it("P3: 灵活就业人员参保登记 passes the rules and completes at once, writing the core registration", async () => {
    const { user, person } = await createPersonApplicant({ unitId: null });
    const saved = await draft(user, "SB-DJ-003", { occupation: "自由职业", startMonth: "2026-12", address: "青岛市市南区某路 1 号" });
    const outcome = await submitApplication(user, { id: saved.id, confirmed: true }, new Date());
    expect(outcome.status).toBe("COMPLETED");
    const regs = await coreSystem().listRegistrations(person.id);
    expect(regs).toContainEqual(expect.objectContaining({ insuranceType: "110", status: "ACTIVE", startMonth: 202612, unitName: null }));
  });

  it("P3: a person employed by a unit is refused at once with the reason", async () => {
    const { unit } = await createUnitApplicant();
    const { user } = await createPersonApplicant({ unitId: unit.id });
    const saved = await draft(user, "SB-DJ-003", { occupation: "自由职业", startMonth: "2026-12", address: "青岛市市南区某路 1 号" });
    const outcome = await submitApplication(user, { id: saved.id, confirmed: true }, new Date());
    expect(outcome).toMatchObject({ status: "REJECTED", result: "您目前在单位参保，不能以灵活就业人员身份登记" });
    expect(await db.coreOutbox.count({ where: { applicationId: saved.id } })).toBe(0);
  });

  it("P3: 职工参保登记 by a unit handler registers the employee with the unit; a suspended unit is refused", async () => {
    const { user, unit } = await createUnitApplicant();
    const idNumber = generateIdNumber(createRng(randomInt(1, 1e9)), { regionCode: "110101", birthDate: { year: 1990, month: 3, day: 7 }, gender: "M" });
    const saved = await draft(user, "SB-DJ-002", { name: "李四", idNumber, mobile: "13611112222", startMonth: "2026-11" });
    expect((await submitApplication(user, { id: saved.id, confirmed: true }, new Date())).status).toBe("COMPLETED");
    const employee = await coreSystem().findPersonByIdentity("01", idNumber);
    expect(employee).toMatchObject({ name: "李四", unitId: unit.id, gender: "M", birthDate: "1990-03-07" });
    expect((await coreSystem().listRegistrations(employee!.id)).filter((r) => r.status === "ACTIVE")).toHaveLength(5);

    const suspended = await createUnitApplicant("SUSPENDED");
    const refused = await draft(suspended.user, "SB-DJ-002", { name: "王五", idNumber: generateIdNumber(createRng(randomInt(1, 1e9)), { regionCode: "110101" }), mobile: "13611113333", startMonth: "2026-11" });
    const outcome = await submitApplication(suspended.user, { id: refused.id, confirmed: true }, new Date());
    expect(outcome).toMatchObject({ status: "REJECTED", result: "单位参保状态异常（暂停或注销），不能办理职工参保登记" });
  });
});

describe("承诺办 COMMITMENT", () => {
  it("P4: the due date is 3 working days later, skipping the weekend", async () => {
    const { outcome } = await submittedContactChange(new Date("2026-11-20T02:00:00Z")); // Friday 10:00
    expect(outcome).toMatchObject({ status: "SUBMITTED", dueDate: "2026-11-25" });
  });

  it("P4: the due date skips the National Day holidays and counts the 调休 Saturday", async () => {
    const { outcome } = await submittedContactChange(new Date("2026-09-30T02:00:00Z")); // Wednesday before 国庆
    expect(outcome.dueDate).toBe("2026-10-10");
  });

  it("P4, P6, P7: correction, resubmission, acceptance and approval change the person's core contact data", async () => {
    const staff = await staffUser();
    const { user, person, saved } = await submittedContactChange(new Date());
    await requestCorrection(staff, saved.id, "身份证照片不清晰，请重新上传", new Date());
    let app = await findApplication(user, saved.id);
    expect(app).toMatchObject({ status: "CORRECTION", correctionNote: "身份证照片不清晰，请重新上传" });

    await saveApplicationDraft(user, { itemCode: "SB-DJ-005", requestKey: app.requestKey, values: { ...CONTACT, mobile: "13799998888" }, check: true }, new Date());
    expect((await submitApplication(user, { id: saved.id, confirmed: true }, new Date())).status).toBe("SUBMITTED");
    await acceptApplication(staff, saved.id, new Date());
    await approveApplication(staff, saved.id, "", new Date());

    app = await findApplication(user, saved.id);
    expect(app.status).toBe("COMPLETED");
    expect(app.acceptingDept).toBe("市社会保险事业中心");
    expect(app.events.map((e) => e.status)).toEqual(["SUBMITTED", "CORRECTION", "SUBMITTED", "ACCEPTED", "PROCESSING", "COMPLETED"]);
    expect(await coreSystem().getPerson(person.id)).toMatchObject({ mobile: "13799998888", address: CONTACT.address });
    // A message and an SMS for every status change.
    expect(await db.message.count({ where: { userId: user.id, category: "APPLICATION" } })).toBe(6);
    const mobile = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).mobile;
    expect(await db.smsOutbox.count({ where: { mobile, purpose: "APPLICATION" } })).toBe(6);
  });

  it("P4: staff reject with a reason; approval before acceptance is refused", async () => {
    const staff = await staffUser();
    const { user, saved } = await submittedContactChange(new Date());
    await expect(approveApplication(staff, saved.id, "", new Date())).rejects.toMatchObject({ code: "CONFLICT" });
    const res = await asUser(staff, () => acceptApplicationAction({ id: saved.id }));
    expect(res.ok).toBe(true);
    await rejectApplication(staff, saved.id, "地址与户籍信息不符", new Date());
    expect(await findApplication(user, saved.id)).toMatchObject({ status: "REJECTED", result: "地址与户籍信息不符" });
  });
});

describe("outbox (B3)", () => {
  it("B3: a core failure leaves the application 处理中 and the worker delivers it later", async () => {
    const staff = await staffUser();
    const { user, person, saved } = await submittedContactChange(new Date());
    await acceptApplication(staff, saved.id, new Date());
    const failing: CoreSystem = Object.create(realCore, {
      updatePersonContact: { value: async () => { throw new Error("core system unreachable"); } },
    });
    setCoreSystem(failing);
    const t0 = new Date();
    await approveApplication(staff, saved.id, "", t0);
    expect((await findApplication(user, saved.id)).status).toBe("PROCESSING");
    const row = await db.coreOutbox.findUniqueOrThrow({ where: { applicationId: saved.id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "core system unreachable" });
    expect((await coreSystem().getPerson(person.id))?.mobile).toBe("13900000000");

    // Before the retry time nothing is attempted; after it, still failing, the row waits again.
    expect(await deliverCoreOutbox(t0)).toBe(0);
    await deliverCoreOutbox(new Date(t0.getTime() + 10 * 60_000));
    expect(await db.coreOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "PENDING", attempts: 2 });

    setCoreSystem(realCore);
    expect(await deliverCoreOutbox(new Date(t0.getTime() + 60 * 60_000))).toBeGreaterThanOrEqual(1);
    expect(await db.coreOutbox.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "DONE", attempts: 3 });
    expect((await findApplication(user, saved.id)).status).toBe("COMPLETED");
    expect((await coreSystem().getPerson(person.id))?.mobile).toBe(CONTACT.mobile);
  });
});

describe("预约办 APPOINTMENT", () => {
  it("P5: pre-examination, then a window booking tied to the application", async () => {
    const staff = await staffUser();
    const centre = await createTestCentre({ appointmentWindows: 1 });
    const { user } = await createPersonApplicant();
    const saved = await draft(user, "SB-DY-003", { retireDate: "2027-01-01", bankAccount: "6217000012345678", note: "" });
    await withMaterial(user, saved.id, "居民身份证");
    const now = new Date("2026-11-23T01:00:00Z"); // Monday 09:00
    expect((await submitApplication(user, { id: saved.id, confirmed: true }, now)).status).toBe("SUBMITTED");
    await expect(bookApplicationVisit(user, { applicationId: saved.id, centreId: centre.id, date: "2026-11-24", startTime: "09:00" }, now)).rejects.toMatchObject({ code: "CONFLICT" });
    await preApproveApplication(staff, saved.id, "居民身份证原件、人事档案", now);
    const booking = await bookApplicationVisit(user, { applicationId: saved.id, centreId: centre.id, date: "2026-11-24", startTime: "09:00" }, now);
    expect(booking.bookingNo).toMatch(/^YY20261124/);
    const app = await findApplication(user, saved.id);
    expect(app.visits).toEqual([expect.objectContaining({ bookingNo: booking.bookingNo, status: "BOOKED" })]);
    expect(app.events.at(-1)?.title).toBe("已预约窗口核验原件");
    await approveApplication(staff, saved.id, "原件核验无误", now);
    expect((await findApplication(user, saved.id)).status).toBe("COMPLETED");
  });
});

describe("withdrawal and ownership", () => {
  it("P8: withdrawal works before acceptance and is refused after", async () => {
    const staff = await staffUser();
    const first = await submittedContactChange(new Date());
    const res = await asUser(first.user, () => withdrawApplicationAction({ id: first.saved.id }));
    expect(res.ok).toBe(true);
    expect((await findApplication(first.user, first.saved.id)).status).toBe("WITHDRAWN");

    const second = await submittedContactChange(new Date());
    await acceptApplication(staff, second.saved.id, new Date());
    await expect(withdrawApplication(second.user, second.saved.id, new Date())).rejects.toMatchObject({ code: "CONFLICT", message: "申请已受理，不能撤回；如有需要请联系经办机构" });
  });

  it("U9: another person's application and materials read as not found", async () => {
    const { user, saved } = await submittedContactChange(new Date());
    const material = await db.applicationMaterial.findFirstOrThrow({ where: { applicationId: saved.id } });
    const { user: other } = await createPersonApplicant();
    await expect(findApplication(other, saved.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readApplicationMaterial(other, material.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await asUser(other, () => withdrawApplicationAction({ id: saved.id }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await asUser(other, () => submitApplicationAction({ id: saved.id, confirmed: "on" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await expect(addApplicationMaterial(other, { applicationId: saved.id, materialName: "居民身份证", fileName: "x.pdf", content: PDF_BYTES }, new Date())).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Reusing the victim's request key does not reach their draft either.
    await expect(saveApplicationDraft(other, { itemCode: "SB-DJ-005", requestKey: (await db.application.findUniqueOrThrow({ where: { id: saved.id } })).requestKey, values: CONTACT, check: false }, new Date()))
      .rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listOwnApplications(other, 1)).total).toBe(0);
    expect((await findApplication(user, saved.id)).id).toBe(saved.id);
  });

  it("U9: a unit handler sees its own unit's applications (any handler of the unit), not another unit's", async () => {
    const a = await createUnitApplicant();
    const colleague = await createTestUser("UNIT", { coreUnitId: a.unit.id });
    const b = await createUnitApplicant();
    const saved = await draft(a.user, "SB-DJ-004", { address: "青岛市市南区新址 9 号", legalRepName: "赵六", legalRepPhone: "13500001111", reason: "迁址" });
    expect((await findApplication(colleague, saved.id)).id).toBe(saved.id);
    await expect(findApplication(b.user, saved.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listOwnApplications(b.user, 1)).items.map((i) => i.id)).not.toContain(saved.id);
    // A person cannot file a unit item.
    const { user: person } = await createPersonApplicant();
    await expect(draft(person, "SB-DJ-004", {})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("item handlers (P7)", () => {
  it("P7: 单位基本信息变更 approved changes the unit's address and legal representative in the core system", async () => {
    const staff = await staffUser();
    const { user, unit } = await createUnitApplicant();
    const saved = await draft(user, "SB-DJ-004", { address: "青岛市市南区新址路 9 号", legalRepName: "赵六", legalRepPhone: "13500001111", reason: "迁址" });
    await withMaterial(user, saved.id, "营业执照或变更登记通知书");
    await submitApplication(user, { id: saved.id, confirmed: true }, new Date());
    await acceptApplication(staff, saved.id, new Date());
    await approveApplication(staff, saved.id, "", new Date());
    expect(await coreSystem().getUnit(unit.id)).toMatchObject({ address: "青岛市市南区新址路 9 号", legalRepName: "赵六", legalRepPhone: "13500001111" });
  });

  it("P7: 养老保险关系转移接续申请 approved records the transfer in the core system", async () => {
    const staff = await staffUser();
    const { user, person } = await createPersonApplicant();
    const saved = await draft(user, "SB-ZY-001", { fromRegion: "山东省济南市", toRegion: "山东省青岛市", note: "" });
    await withMaterial(user, saved.id, "参保缴费凭证");
    const now = new Date("2026-11-23T02:00:00Z");
    expect((await submitApplication(user, { id: saved.id, confirmed: true }, now)).dueDate).toBe("2026-12-14"); // 15 working days
    await acceptApplication(staff, saved.id, now);
    await approveApplication(staff, saved.id, "", now);
    expect(await coreSystem().listTransfers(person.id)).toContainEqual(expect.objectContaining({ fromRegion: "山东省济南市", toRegion: "山东省青岛市", status: "APPLIED", appliedOn: "2026-11-23" }));
  });

  it("P3, P7: 待遇领取资格认证 certifies a retiree for the year, once; a person not retired is refused", async () => {
    const { user, person } = await createPersonApplicant({ status: "RETIRED" });
    const now = new Date("2026-11-23T02:00:00Z");
    const first = await draft(user, "SB-DY-001", { residence: "本市" });
    expect((await submitApplication(user, { id: first.id, confirmed: true }, now)).status).toBe("COMPLETED");
    expect(await coreSystem().isQualificationCertified(person.id, 2026)).toBe(true);
    const again = await draft(user, "SB-DY-001", { residence: "本市" });
    expect(await submitApplication(user, { id: again.id, confirmed: true }, now)).toMatchObject({ status: "REJECTED", result: "您本年度已完成资格认证" });

    const { user: working } = await createPersonApplicant();
    const refused = await draft(working, "SB-DY-001", { residence: "本市" });
    expect(await submitApplication(working, { id: refused.id, confirmed: true }, now)).toMatchObject({ status: "REJECTED", result: "您尚未领取养老保险待遇，无需进行资格认证" });
  });
});
