import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { shanghaiToday } from "@/lib/calendar";
import { loadWorkingDayCalendar } from "@/lib/calendar/working-day-store";
import { generateSm2KeyPair, sm3Hex } from "@/lib/gm";
import { recordSandboxSuccess } from "@/lib/direct-connect/acceptance";
import { openKey } from "@/lib/direct-connect/key-vault";
import { createUnitApplicant, PDF_BYTES, PNG_BYTES, seedApplicationCatalogue } from "@/lib/applications/test-fixtures";
import { asUser, createTestUser } from "@/tests/helpers";
import { unitContextOf } from "@/lib/actions/define-unit-action";
import {
  approveAccessApplicationAction, rejectAccessApplicationAction, requestFormalKeyAction, returnAccessApplicationAction, revealKeyAction, revokeKeyAction, rotateKeyAction,
  submitAccessApplicationAction, suspendEnterpriseAction, revokeEnterpriseAction, setServiceEnabledAction, setDirectParameterAction,
  setEnterpriseRateLimitAction, submitFeedbackAction, replyFeedbackAction, warnEnterpriseAction,
} from "./actions";
import { callStatistics } from "./statistics";
import { directParameter } from "./parameters";
import { isUnitBlacklisted } from "@/lib/disclosure/credit";
import { unitAccessApplication, unitCallLog, unitDirectOverview, unitFeedback } from "./queries";
import { recheckEnterpriseCredit } from "./manage-enterprise";
import { directAccessJobs } from "./jobs";

const publicKey = generateSm2KeyPair().publicKey;

function form(extra: Record<string, unknown> = {}) {
  return {
    hrSystemName: "海澄人力资源管理系统",
    hrSystemVendor: "青岛某软件有限公司",
    contactName: "刘联系",
    contactMobile: "13912345678",
    contactEmail: "hr@example.com",
    services: ["SB_EMP_REG", "SB_EMP_QUERY"],
    signPublicKey: publicKey,
    declare_portalAccess: "on",
    declare_noDishonesty: "on",
    declare_hrSystem: "on",
    declare_security: "on",
    declare_truthful: "on",
    letter: new File([PDF_BYTES], "信用承诺书.pdf", { type: "application/pdf" }),
    ...extra,
  };
}

async function applied() {
  const { user, unit } = await createUnitApplicant();
  const result = await asUser(user, () => submitAccessApplicationAction(form()));
  if (!result.ok) throw new Error(result.message);
  return { user, unit, ...result.data };
}

async function approved() {
  const a = await applied();
  const staff = await createTestUser("STAFF");
  const result = await asUser(staff, () => approveAccessApplicationAction({ id: a.id, note: "" }));
  if (!result.ok) throw new Error(result.message);
  const enterprise = await db.directEnterprise.findUniqueOrThrow({ where: { coreUnitId: a.unit.id }, include: { keys: true, grants: true } });
  return { ...a, staff, enterprise };
}

async function blacklist(creditCode: string, unitName: string) {
  await db.dishonestyListing.create({ data: { creditCode, unitName, reason: "拒不缴纳社会保险费", source: "市人社局", listedOn: "2020-01-01", createdById: "test" } });
}

beforeAll(async () => {
  await seedApplicationCatalogue();
});

describe("E2 access application", () => {
  it("E2/E3: the application is due for review in 5 working days, and the unit sees its progress", async () => {
    const a = await applied();
    const calendar = await loadWorkingDayCalendar();
    expect(a.dueDate).toBe(calendar.addWorkingDays(shanghaiToday(new Date()), 5));
    expect(a.applicationNo).toMatch(/^ZL\d{14}$/);
    const row = await db.directAccessApplication.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ status: "SUBMITTED", coreUnitId: a.unit.id, creditCode: a.unit.creditCode, signPublicKey: publicKey.toLowerCase() });
    expect(row.letterSm3).toBe(sm3Hex(PDF_BYTES));
    const overview = await unitDirectOverview(unitContextOf(a.user));
    expect(overview.application?.events.map((e) => e.status)).toEqual(["SUBMITTED"]);
    // One application at a time.
    expect(await asUser(a.user, () => submitAccessApplicationAction(form()))).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("E2: a missing or non-PDF letter, a bad public key and an undeclared condition are refused in Chinese", async () => {
    const { user } = await createUnitApplicant();
    expect(await asUser(user, () => submitAccessApplicationAction(form({ letter: new File([], "") })))).toMatchObject({ ok: false, fieldErrors: { letter: "请上传盖章的信用承诺书（PDF）" } });
    expect(await asUser(user, () => submitAccessApplicationAction(form({ letter: new File([PNG_BYTES], "a.pdf") })))).toMatchObject({ ok: false, fieldErrors: { letter: "信用承诺书须为 PDF 文件（仅改扩展名无效）" } });
    expect(await asUser(user, () => submitAccessApplicationAction(form({ signPublicKey: "04" + "0".repeat(128) })))).toMatchObject({ ok: false, fieldErrors: { signPublicKey: "SM2 公钥不是曲线上的有效点，请重新生成" } });
    expect(await asUser(user, () => submitAccessApplicationAction(form({ declare_hrSystem: undefined })))).toMatchObject({ ok: false, fieldErrors: { declare_hrSystem: "请逐项确认接入条件" } });
    expect(await asUser(user, () => submitAccessApplicationAction(form({ services: [] })))).toMatchObject({ ok: false, fieldErrors: { services: "请至少选择一项服务" } });
    const staff = await createTestUser("STAFF");
    expect(await asUser(staff, () => submitAccessApplicationAction(form()))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("E3 review", () => {
  it("E3: returned for supplement, edited and resubmitted with a new due date, then approved (E4: code, grants, test key)", async () => {
    const a = await applied();
    const staff = await createTestUser("STAFF");
    expect(await asUser(staff, () => returnAccessApplicationAction({ id: a.id, reason: "承诺书未盖章" }))).toMatchObject({ ok: true });
    expect(await asUser(staff, () => approveAccessApplicationAction({ id: a.id, note: "" }))).toMatchObject({ ok: false, code: "CONFLICT" });
    const again = await asUser(a.user, () => submitAccessApplicationAction(form({ id: a.id, hrSystemName: "海澄 HR 系统 V2", letter: new File([], "") })));
    expect(again).toMatchObject({ ok: true });
    const result = await asUser(staff, () => approveAccessApplicationAction({ id: a.id, note: "" }));
    expect(result).toMatchObject({ ok: true });
    const reqAppCode = (result as { data: { reqAppCode: string } }).data.reqAppCode;
    expect(reqAppCode).toMatch(/^Q\d{9}$/);
    expect(reqAppCode.length).toBeLessThanOrEqual(10);
    const enterprise = await db.directEnterprise.findUniqueOrThrow({ where: { reqAppCode }, include: { grants: true, keys: true } });
    expect(enterprise).toMatchObject({ status: "SANDBOX", coreUnitId: a.unit.id, acceptedAt: null });
    expect(enterprise.grants.map((g) => g.serviceCode).sort()).toEqual(["SB_EMP_QUERY", "SB_EMP_REG"]);
    expect(enterprise.keys).toHaveLength(1);
    expect(enterprise.keys[0]).toMatchObject({ environment: "SANDBOX", status: "ACTIVE" });
    const app = await db.directAccessApplication.findUniqueOrThrow({ where: { id: a.id }, include: { events: true } });
    expect(app.hrSystemName).toBe("海澄 HR 系统 V2");
    expect(app.events.map((e) => e.status)).toEqual(["SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED"]);
  });

  it("E3: a unit blacklisted after submission cannot be approved", async () => {
    const a = await applied();
    await blacklist(a.unit.creditCode, a.unit.name);
    const staff = await createTestUser("STAFF");
    expect(await asUser(staff, () => approveAccessApplicationAction({ id: a.id, note: "" }))).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("失信名单") });
    expect(await db.directEnterprise.count({ where: { coreUnitId: a.unit.id } })).toBe(0);
    expect(await asUser(staff, () => rejectAccessApplicationAction({ id: a.id, reason: "列入失信名单" }))).toMatchObject({ ok: true });
  });

  it("E3: a unit handler cannot review", async () => {
    const a = await applied();
    expect(await asUser(a.user, () => approveAccessApplicationAction({ id: a.id, note: "" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("E4/E5 keys and acceptance", () => {
  it("E4: the test key is shown once to the unit, never to STAFF", async () => {
    const e = await approved();
    const keyId = e.enterprise.keys[0].id;
    const first = await asUser(e.user, () => revealKeyAction({ id: keyId }));
    expect(first).toMatchObject({ ok: true });
    const key = (first as { data: { key: string } }).data.key;
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(openKey(e.enterprise.keys[0].sealedKey)).toBe(key);
    expect(e.enterprise.keys[0].sealedKey).not.toContain(key);
    expect(await asUser(e.user, () => revealKeyAction({ id: keyId }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await asUser(e.staff, () => revealKeyAction({ id: keyId }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("E4/E5: acceptance passes when every granted interface had a correct sandbox call; then the formal key, rotation with 72 h grace, suspension", async () => {
    const e = await approved();
    const now = new Date();
    await db.$transaction((tx) => recordSandboxSuccess(tx, e.enterprise.id, "SB_EMP_REG", now));
    await db.$transaction((tx) => recordSandboxSuccess(tx, e.enterprise.id, "SB_EMP_REG", now));
    expect((await db.directEnterprise.findUniqueOrThrow({ where: { id: e.enterprise.id } })).acceptedAt).toBeNull();
    expect(await asUser(e.user, () => requestFormalKeyAction({}))).toMatchObject({ ok: false, code: "CONFLICT" });
    await db.$transaction((tx) => recordSandboxSuccess(tx, e.enterprise.id, "SB_EMP_QUERY", now));
    const accepted = await db.directEnterprise.findUniqueOrThrow({ where: { id: e.enterprise.id } });
    expect(accepted.acceptedAt).not.toBeNull();
    expect(await db.message.count({ where: { userId: e.user.id, title: "政企直连测试验收已通过" } })).toBe(1);

    expect(await asUser(e.user, () => requestFormalKeyAction({}))).toMatchObject({ ok: true });
    expect(await asUser(e.user, () => requestFormalKeyAction({}))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.directEnterprise.findUniqueOrThrow({ where: { id: e.enterprise.id } })).status).toBe("ACTIVE");
    const before = new Date();
    expect(await asUser(e.staff, () => rotateKeyAction({ id: e.enterprise.id, environment: "FORMAL" }))).toMatchObject({ ok: true });
    const formal = await db.directKey.findMany({ where: { enterpriseId: e.enterprise.id, environment: "FORMAL" }, orderBy: { createdAt: "asc" } });
    expect(formal.map((k) => k.status).sort()).toEqual(["ACTIVE", "RETIRING"]);
    const retiring = formal.find((k) => k.status === "RETIRING")!;
    const graceMs = retiring.graceUntil!.getTime() - before.getTime();
    expect(graceMs).toBeGreaterThan(72 * 3600_000 - 60_000);
    expect(graceMs).toBeLessThanOrEqual(72 * 3600_000 + 60_000);

    // Revocation ends the old key at once; a revoked key can no longer be taken.
    expect(await asUser(e.staff, () => revokeKeyAction({ id: retiring.id, reason: "旧密钥疑似泄露" }))).toMatchObject({ ok: true });
    expect((await db.directKey.findUniqueOrThrow({ where: { id: retiring.id } })).status).toBe("REVOKED");
    expect(await asUser(e.staff, () => revokeKeyAction({ id: retiring.id, reason: "旧密钥疑似泄露" }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await asUser(e.user, () => revealKeyAction({ id: retiring.id }))).toMatchObject({ ok: false, code: "NOT_FOUND" });

    expect(await asUser(e.staff, () => suspendEnterpriseAction({ id: e.enterprise.id, reason: "多次超频调用" }))).toMatchObject({ ok: true });
    expect((await db.directEnterprise.findUniqueOrThrow({ where: { id: e.enterprise.id } })).status).toBe("SUSPENDED");
  });
});

describe("E8 credit re-check", () => {
  it("E8: the daily job suspends an active enterprise that becomes blacklisted, and leaves the others", async () => {
    const listed = await approved();
    const clean = await approved();
    await db.directEnterprise.update({ where: { id: listed.enterprise.id }, data: { status: "ACTIVE" } });
    await blacklist(listed.unit.creditCode, listed.unit.name);
    const job = directAccessJobs.find((j) => j.name === "direct-credit-recheck")!;
    const summary = await job.run(new Date());
    expect(summary).toContain(listed.enterprise.reqAppCode);
    const after = await db.directEnterprise.findUniqueOrThrow({ where: { id: listed.enterprise.id } });
    expect(after.status).toBe("SUSPENDED");
    expect(after.statusReason).toContain("失信名单");
    expect((await db.directEnterprise.findUniqueOrThrow({ where: { id: clean.enterprise.id } })).status).toBe("SANDBOX");
    // Run again: nothing more to do.
    expect((await recheckEnterpriseCredit(new Date())).suspended).not.toContain(listed.enterprise.reqAppCode);
  });
});

describe("E2–E5 unit scope (DB3702 §9.3.3)", () => {
  it("another unit finds none of the first unit's application, keys or call log", async () => {
    const a = await approved();
    await db.directCallLog.create({ data: { enterpriseId: a.enterprise.id, reqAppCode: a.enterprise.reqAppCode, serviceCode: "SB_EMP_REG", environment: "SANDBOX", httpStatus: 200, headStatus: "0", bizCode: "0000", latencyMs: 5, requestBytes: 100, responseBytes: 100 } });
    const other = await createUnitApplicant();
    const scope = unitContextOf(other.user);
    await expect(unitAccessApplication(scope, a.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await asUser(other.user, () => revealKeyAction({ id: a.enterprise.keys[0].id }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await unitCallLog(scope)).toEqual([]);
    expect((await unitCallLog(unitContextOf(a.user))).length).toBe(1);
    const overview = await unitDirectOverview(scope);
    expect(overview).toEqual({ application: null, enterprise: null });
    // The scoped client adds the unit even to a query that names no unit, and to creates.
    expect(await scope.db.directAccessApplication.count({ where: { id: a.id } })).toBe(0);
    expect(await scope.db.directKey.count({})).toBe(0);
    expect(await scope.db.directAccessApplication.findUnique({ where: { id: a.id } })).toBeNull();
    expect(await scope.db.directEnterprise.findUnique({ where: { reqAppCode: a.enterprise.reqAppCode } })).toBeNull();
    await expect(scope.db.directEnterprise.update({ where: { id: a.enterprise.id }, data: { rateLimitPerMinute: 1 } })).rejects.toThrow();
    expect((await db.directEnterprise.findUniqueOrThrow({ where: { id: a.enterprise.id } })).rateLimitPerMinute).toBeNull();
    expect(await scope.db.directAccessApplication.updateMany({ where: { id: a.id }, data: { reviewNote: "x" } })).toEqual({ count: 0 });
    await expect(scope.db.directFeedback.create({ data: { coreUnitId: a.unit.id, userId: other.user.id, kind: "PROBLEM", title: "标题标题", body: "内容内容内容内容内容" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(scope.db.directKeyReveal.create({ data: { keyId: a.enterprise.keys[0].id, enterpriseId: a.enterprise.id, userId: other.user.id, revealedAt: new Date() } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(scope.db.directAccessEvent.create({ data: { applicationId: a.id, status: "SUBMITTED", title: "伪造进度", actorRole: "UNIT", at: new Date() } })).rejects.toThrow();
    expect(await db.directAccessEvent.count({ where: { applicationId: a.id, title: "伪造进度" } })).toBe(0);
    // A handler bound to no unit is refused with a clear message.
    const unbound = await createTestUser("UNIT");
    expect(await asUser(unbound, () => submitAccessApplicationAction(form()))).toMatchObject({ ok: false, code: "FORBIDDEN", message: "您的账户尚未绑定单位，不能办理政企直连接入" });
  });
});

describe("E7 management", () => {
  it("E7: statistics count calls per interface, enterprise and day, with communication errors apart from business failures", async () => {
    const e = await approved();
    const now = new Date();
    const before = await callStatistics(now, 14);
    const call = (serviceCode: string, headStatus: string, bizCode: string | null, httpStatus = 200) => ({
      enterpriseId: e.enterprise.id, reqAppCode: e.enterprise.reqAppCode, serviceCode, environment: "SANDBOX" as const, httpStatus, headStatus, bizCode, latencyMs: 3, requestBytes: 1, responseBytes: 1, createdAt: now,
    });
    await db.directCallLog.createMany({ data: [call("SB_EMP_REG", "0", "0000"), call("SB_EMP_REG", "0", "1001"), call("SB_EMP_REG", "1", null, 401), call("SB_EMP_QUERY", "0", "0000")] });
    const after = await callStatistics(now, 14);
    expect(after.byDay).toHaveLength(14);
    expect(after.total - before.total).toBe(4);
    expect(after.totalErrors - before.totalErrors).toBe(1);
    expect(after.byEnterprise.find((x) => x.key === e.enterprise.id)).toMatchObject({ calls: 4, errors: 1, businessFailures: 1 });
    const reg = (s: typeof after) => s.byService.find((x) => x.key === "SB_EMP_REG") ?? { calls: 0, errors: 0, businessFailures: 0 };
    expect(reg(after).calls - reg(before).calls).toBe(3);
    expect(reg(after).errors - reg(before).errors).toBe(1);
  });

  it("E7: the ADMIN disables an interface, sets parameters and rate limits, and revokes an enterprise onto the blacklist; STAFF may not", async () => {
    const e = await approved();
    const admin = await createTestUser("ADMIN");
    expect(await asUser(e.staff, () => setServiceEnabledAction({ code: "RC_TRAINING", enabled: false }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await asUser(admin, () => setServiceEnabledAction({ code: "RC_TRAINING", enabled: false }))).toMatchObject({ ok: true });
    expect((await db.directService.findUniqueOrThrow({ where: { code: "RC_TRAINING" } })).enabled).toBe(false);
    expect(await asUser(admin, () => setServiceEnabledAction({ code: "RC_TRAINING", enabled: "on" }))).toMatchObject({ ok: true });
    expect(await asUser(admin, () => setServiceEnabledAction({ code: "NO_SUCH", enabled: "on" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });

    expect(await asUser(admin, () => setDirectParameterAction({ key: "direct.keyGraceHours", value: "abc" }))).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await asUser(admin, () => setDirectParameterAction({ key: "direct.keyGraceHours", value: "48" }))).toMatchObject({ ok: true });
    expect(await directParameter("direct.keyGraceHours")).toBe(48);
    await asUser(admin, () => setDirectParameterAction({ key: "direct.keyGraceHours", value: "72" }));

    expect(await asUser(e.staff, () => setEnterpriseRateLimitAction({ id: e.enterprise.id, rateLimitPerMinute: "30" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await asUser(admin, () => setEnterpriseRateLimitAction({ id: e.enterprise.id, rateLimitPerMinute: "0" }))).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await asUser(admin, () => setEnterpriseRateLimitAction({ id: e.enterprise.id, rateLimitPerMinute: "30" }))).toMatchObject({ ok: true });
    expect((await db.directEnterprise.findUniqueOrThrow({ where: { id: e.enterprise.id } })).rateLimitPerMinute).toBe(30);

    expect(await asUser(e.staff, () => warnEnterpriseAction({ id: e.enterprise.id, reason: "频繁调用失败" }))).toMatchObject({ ok: true });
    expect(await db.message.count({ where: { userId: e.user.id, title: "政企直连违规警告" } })).toBe(1);
    expect(await asUser(e.staff, () => revokeEnterpriseAction({ id: e.enterprise.id, reason: "资料弄虚作假" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await asUser(admin, () => revokeEnterpriseAction({ id: e.enterprise.id, reason: "资料弄虚作假" }))).toMatchObject({ ok: true });
    const revoked = await db.directEnterprise.findUniqueOrThrow({ where: { id: e.enterprise.id }, include: { keys: true } });
    expect(revoked.status).toBe("REVOKED");
    expect(revoked.keys.every((k) => k.status === "REVOKED")).toBe(true);
    expect(await isUnitBlacklisted(e.unit.creditCode, new Date())).toBe(true);
  });
});

describe("E8 feedback channel", () => {
  it("E8: a unit writes, only its own unit sees it, STAFF answer once and the writer is told", async () => {
    const a = await createUnitApplicant();
    const b = await createUnitApplicant();
    const sent = await asUser(a.user, () => submitFeedbackAction({ kind: "DEMAND", title: "希望开通退休申请接口", body: "我单位每年退休人员较多，希望开通退休申请接口。" }));
    expect(sent).toMatchObject({ ok: true });
    expect(await asUser(a.user, () => submitFeedbackAction({ kind: "DEMAND", title: "短", body: "短" }))).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await unitFeedback(unitContextOf(a.user))).map((f) => f.title)).toEqual(["希望开通退休申请接口"]);
    expect(await unitFeedback(unitContextOf(b.user))).toEqual([]);
    const id = (sent as { data: { id: string } }).data.id;
    expect(await asUser(b.user, () => replyFeedbackAction({ id, reply: "收到" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const staff = await createTestUser("STAFF");
    expect(await asUser(staff, () => replyFeedbackAction({ id, reply: "已纳入明年接口建设计划" }))).toMatchObject({ ok: true });
    expect(await asUser(staff, () => replyFeedbackAction({ id, reply: "再次答复" }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.message.count({ where: { userId: a.user.id, title: { startsWith: "您的意见建议已答复" } } })).toBe(1);
  });
});
