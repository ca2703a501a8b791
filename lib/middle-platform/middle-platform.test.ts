/**
 * X4–X6: docking with the provincial middle platform. The platform is a stub `fetch` here that
 * checks our signed head and answers as the simulator does; the inbound route handlers are
 * called with real Requests.
 */
import { randomInt } from "node:crypto";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { GmDecryptError } from "@/lib/gm";
import { createTestUser } from "@/tests/helpers";
import { acceptApplication, approveApplication, preApproveApplication, rejectApplication, requestCorrection } from "@/lib/applications/handle-application";
import { createCorePerson, PDF_BYTES, seedApplicationCatalogue } from "@/lib/applications/test-fixtures";
import { POST as serialNumbersPOST } from "@/app/api/middle-platform/serial-numbers/route";
import { POST as withdrawalsPOST } from "@/app/api/middle-platform/withdrawals/route";
import { middlePlatformConfig } from "./config";
import { decryptPersonalFields, encryptPersonalFields } from "./fields";
import { checkRequestHead, HEAD, signRequest } from "./signing";
import { deliverMiddlePlatformPushes, enqueueMiddlePlatformPushes, retryMiddlePlatformPush } from "./pushes";
import { MpApplicationStatus, MP_STATUS_MEANING, MpSpecialProcedure, MpStep, MP_STEP_MEANING } from "./codes";

const config = middlePlatformConfig();
const PORTAL = "http://portal.test";

interface StubApp { itemCode: string; applicant: { name: string; idType: string; idNumber: string; mobile: string }; formData: Record<string, string>; materials: { materialName: string; fileName: string; contentBase64: string }[] }

/** The platform as the portal sees it through fetch. */
const platform = {
  apps: new Map<string, StubApp>(),
  pushes: [] as { path: string; body: Record<string, unknown> }[],
  refuse: 0,
  badHeads: 0,
};

async function stubFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const url = new URL(String(input));
  const text = String(init?.body ?? "");
  const checked = checkRequestHead(new Headers(init?.headers as Record<string, string>), { appId: config.appId, secret: config.appSecret }, "POST", url.pathname, text, new Date());
  if (checked.problem) {
    platform.badHeads++;
    return Response.json({ code: checked.problem, message: "bad head" }, { status: 401 });
  }
  const body = decryptPersonalFields(JSON.parse(text), config.sm4Key) as Record<string, unknown>;
  const app = platform.apps.get(String(body.serialNo));
  if (url.pathname.endsWith("/detail") || url.pathname.endsWith("/materials")) {
    if (!app) return Response.json({ code: "SERIAL_UNKNOWN", message: "查无此申报流水号" }, { status: 404 });
    const data = url.pathname.endsWith("/detail") ? { serialNo: body.serialNo, itemCode: app.itemCode, applicant: app.applicant, formData: app.formData } : { materials: app.materials };
    return Response.json({ code: "0", message: "成功", data: encryptPersonalFields(data, config.sm4Key) });
  }
  if (platform.refuse > 0) {
    platform.refuse--;
    return Response.json({ code: "BUSY", message: "忙" }, { status: 503 });
  }
  platform.pushes.push({ path: url.pathname, body });
  return Response.json({ code: "0", message: "成功" });
}

beforeAll(async () => {
  await seedApplicationCatalogue();
});
beforeEach(() => {
  vi.stubGlobal("fetch", stubFetch);
  platform.refuse = 0;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const serial = () => `SDTEST${Date.now()}${randomInt(1e5, 1e6 - 1)}`;

async function filedOnPlatform(extra: Partial<StubApp> = {}) {
  const person = await createCorePerson();
  const serialNo = serial();
  platform.apps.set(serialNo, {
    itemCode: "SB-DJ-005",
    applicant: { name: person.name, idType: "01", idNumber: person.idNumber, mobile: "13900000000" },
    formData: { mobile: "13712345678", address: "青岛市崂山区新地址 88 号", reason: "搬家" },
    materials: [{ materialName: "居民身份证", fileName: "id.pdf", contentBase64: Buffer.from(PDF_BYTES).toString("base64") }],
    ...extra,
  });
  return { serialNo, person };
}

/** A signed inbound request as the platform sends it; `tweak` spoils one part. */
function inbound(path: string, body: unknown, tweak: { secret?: string; at?: Date; headers?: Record<string, string>; raw?: string } = {}): Request {
  const text = tweak.raw ?? JSON.stringify(encryptPersonalFields(body, config.sm4Key));
  const head = signRequest(config.appId, tweak.secret ?? config.appSecret, "POST", path, text, tweak.at ?? new Date());
  return new Request(`${PORTAL}${path}`, { method: "POST", headers: { "content-type": "application/json", ...head, ...tweak.headers }, body: text });
}

const SERIAL_PATH = "/api/middle-platform/serial-numbers";
const WITHDRAW_PATH = "/api/middle-platform/withdrawals";

async function receive(serialNo: string) {
  const res = await serialNumbersPOST(inbound(SERIAL_PATH, { serialNo }));
  return { status: res.status, body: (await res.json()) as { code: string; message: string; data?: Record<string, string> } };
}

describe("X5 signed request head and SM4 personal fields", () => {
  it("X5: a signed head verifies; any change of body, path, secret or time does not", () => {
    const now = new Date();
    const body = JSON.stringify({ serialNo: "SD0001ABCD" });
    const head = new Headers(signRequest("app-1", "s3cret-key", "POST", "/p", body, now));
    const key = { appId: "app-1", secret: "s3cret-key" };
    expect(checkRequestHead(head, key, "POST", "/p", body, now).problem).toBeNull();
    expect(head.get(HEAD.signature)).toMatch(/^[0-9a-f]{64}$/); // HMAC-SM3: 256 bits
    expect(checkRequestHead(head, key, "POST", "/p", body.replace("1", "2"), now).problem).toBe("SIGNATURE_INVALID");
    expect(checkRequestHead(head, key, "POST", "/q", body, now).problem).toBe("SIGNATURE_INVALID");
    expect(checkRequestHead(head, { ...key, secret: "other" }, "POST", "/p", body, now).problem).toBe("SIGNATURE_INVALID");
    expect(checkRequestHead(head, { ...key, appId: "app-2" }, "POST", "/p", body, now).problem).toBe("APP_UNKNOWN");
    expect(checkRequestHead(head, key, "POST", "/p", body, new Date(now.getTime() + 300_000)).problem).toBeNull();
    expect(checkRequestHead(head, key, "POST", "/p", body, new Date(now.getTime() + 301_000)).problem).toBe("TIMESTAMP_STALE");
    expect(checkRequestHead(head, key, "POST", "/p", body, new Date(now.getTime() - 301_000)).problem).toBe("TIMESTAMP_STALE");
  });

  it("X5: name, ID number and mobile travel SM4-encrypted at any depth and come back whole; other fields stay plain", () => {
    const body = { serialNo: "SD1", applicant: { name: "张三", idNumber: "370202199001011234", mobile: "13800000001" }, formData: { mobile: "13712345678", address: "青岛" } };
    const sealed = encryptPersonalFields(body, config.sm4Key);
    const text = JSON.stringify(sealed);
    for (const secret of ["张三", "370202199001011234", "13800000001", "13712345678"]) expect(text).not.toContain(secret);
    expect(sealed.serialNo).toBe("SD1");
    expect(sealed.formData.address).toBe("青岛");
    expect(decryptPersonalFields(sealed, config.sm4Key)).toEqual(body);
    expect(() => decryptPersonalFields(sealed, "00112233445566778899aabbccddeeff")).toThrow(GmDecryptError);
  });

  it("X6: outside the demo (SEED_DEMO=0) the demo keys never work: docking stays off until the secret and SM4 key are set", () => {
    expect(middlePlatformConfig({ SEED_DEMO: "0" }).enabled).toBe(false);
    expect(middlePlatformConfig({ SEED_DEMO: "0", MIDDLE_PLATFORM_APP_SECRET: "x".repeat(32) }).enabled).toBe(false);
    expect(middlePlatformConfig({ SEED_DEMO: "0", MIDDLE_PLATFORM_APP_SECRET: "x".repeat(32), MIDDLE_PLATFORM_SM4_KEY: "00112233445566778899aabbccddeeff" }).enabled).toBe(true);
    expect(middlePlatformConfig({}).enabled).toBe(true); // the demo
    expect(middlePlatformConfig({ MIDDLE_PLATFORM_BASE_URL: "https://mp.example.gov.cn/" }).baseUrl).toBe("https://mp.example.gov.cn");
  });

  it("X5: the code sets carry the standard's meanings", () => {
    expect(MP_STATUS_MEANING[MpApplicationStatus.Accepted]).toBe("已受理，办理中");
    expect(MP_STEP_MEANING[MpStep.Correction]).toBe("补正告知");
    expect(MpSpecialProcedure.OnSiteVerification).toBe("03");
  });
});

describe("X4 inbound endpoints refuse bad input with a coded error and create nothing", () => {
  for (const [name, path, handler] of [["接收申报流水号", SERIAL_PATH, serialNumbersPOST], ["接收网上申报撤销", WITHDRAW_PATH, withdrawalsPOST]] as const) {
    it(`X4: ${name} — bad signature, stale timestamp, replayed nonce, unknown serial, malformed body`, async () => {
      const { serialNo } = await filedOnPlatform();
      const before = await db.application.count();
      const call = async (req: Request) => {
        const res = await handler(req);
        return { status: res.status, code: ((await res.json()) as { code: string }).code };
      };
      expect(await call(inbound(path, { serialNo }, { secret: "not-the-secret" }))).toEqual({ status: 401, code: "SIGNATURE_INVALID" });
      expect(await call(inbound(path, { serialNo }, { at: new Date(Date.now() - 301_000) }))).toEqual({ status: 401, code: "TIMESTAMP_STALE" });
      expect(await call(inbound(path, { serialNo }, { headers: { [HEAD.appId]: "someone-else" } }))).toEqual({ status: 401, code: "APP_UNKNOWN" });
      const once = inbound(path, { serialNo: "SDNOTKNOWN0001" });
      const replay = new Request(once.url, { method: "POST", headers: once.headers, body: await once.clone().text() });
      expect(await call(once)).toEqual({ status: 404, code: "SERIAL_UNKNOWN" });
      expect(await call(replay)).toEqual({ status: 409, code: "NONCE_REPLAYED" });
      expect(await call(inbound(path, null, { raw: "{not json" }))).toEqual({ status: 400, code: "BODY_INVALID" });
      expect(await call(inbound(path, { serial: serialNo }))).toEqual({ status: 400, code: "BODY_INVALID" });
      expect(await call(inbound(path, { serialNo: "短" }))).toEqual({ status: 400, code: "BODY_INVALID" });
      expect(await db.application.count()).toBe(before);
    });
  }

  it("X4: details that fail the item's rules, a person unknown to the core, or a missing material create nothing", async () => {
    const before = await db.application.count();
    const bad = await filedOnPlatform({ formData: { mobile: "12345", address: "青岛市崂山区新地址 88 号", reason: "搬家" } });
    expect((await receive(bad.serialNo)).body.code).toBe("DETAIL_INVALID");
    const stranger = await filedOnPlatform();
    platform.apps.get(stranger.serialNo)!.applicant.idNumber = "110101199003077777";
    expect((await receive(stranger.serialNo)).body.code).toBe("PERSON_UNKNOWN");
    const noMaterial = await filedOnPlatform({ materials: [] });
    expect((await receive(noMaterial.serialNo)).body).toMatchObject({ code: "DETAIL_INVALID", message: expect.stringContaining("居民身份证") });
    expect(await db.application.count()).toBe(before);
  });
});

describe("X4 接收申报流水号 and 接收网上申报撤销", () => {
  it("X4: a serial number becomes one MIDDLE_PLATFORM application with the fetched details and materials; a resend changes nothing", async () => {
    const { serialNo, person } = await filedOnPlatform();
    const first = await receive(serialNo);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ code: "0", data: { serialNo, status: "01" } });
    const again = await receive(serialNo);
    expect(again.body.data?.applicationNo).toBe(first.body.data?.applicationNo);
    const apps = await db.application.findMany({ where: { externalSerialNo: serialNo }, include: { materials: true } });
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ source: "MIDDLE_PLATFORM", status: "SUBMITTED", subjectPersonId: person.id });
    expect(JSON.parse(apps[0].formData)).toMatchObject({ mobile: "13712345678" });
    expect(apps[0].materials.map((m) => [m.materialName, m.mime])).toEqual([["居民身份证", "application/pdf"]]);
    // The applicant is told by the platform, not by the portal's inbox or SMS.
    expect(await db.middlePlatformPush.count({ where: { serialNo } })).toBe(0);
  });

  it("X4: a withdrawal before acceptance withdraws; after acceptance it is refused with the status", async () => {
    const early = await filedOnPlatform();
    await receive(early.serialNo);
    const res = await withdrawalsPOST(inbound(WITHDRAW_PATH, { serialNo: early.serialNo, reason: "不办了" }));
    expect(await res.json()).toMatchObject({ code: "0", data: { status: "08" } });
    expect((await db.application.findFirstOrThrow({ where: { externalSerialNo: early.serialNo } })).status).toBe("WITHDRAWN");

    const late = await filedOnPlatform();
    await receive(late.serialNo);
    const app = await db.application.findFirstOrThrow({ where: { externalSerialNo: late.serialNo } });
    await acceptApplication(await createTestUser("STAFF"), app.id, new Date());
    const refused = await withdrawalsPOST(inbound(WITHDRAW_PATH, { serialNo: late.serialNo }));
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ code: "WITHDRAW_REFUSED", message: expect.stringContaining("已受理"), data: { status: "02", statusName: "已受理，办理中" } });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("ACCEPTED");
  });
});

describe("X5 pushes through the outbox", () => {
  async function docked() {
    const { serialNo } = await filedOnPlatform();
    await receive(serialNo);
    const app = await db.application.findFirstOrThrow({ where: { externalSerialNo: serialNo } });
    return { serialNo, app };
  }
  const pushesOf = (serialNo: string) => db.middlePlatformPush.findMany({ where: { serialNo }, orderBy: { id: "asc" } });

  it("X5: accept → correction → corrected on the platform → approve: 受理, 补正, 环节, 办结 and the result file, each once, delivered in order", async () => {
    const staff = await createTestUser("STAFF");
    const { serialNo, app } = await docked();
    platform.pushes = [];
    await acceptApplication(staff, app.id, new Date());
    await requestCorrection(staff, app.id, "请填写完整门牌号", new Date());
    platform.apps.get(serialNo)!.formData.address = "青岛市崂山区新地址 88 号 2 单元 301 户";
    const corrected = await receive(serialNo);
    expect(corrected.body.data?.status).toBe("02"); // back to accepted
    expect(JSON.parse((await db.application.findUniqueOrThrow({ where: { id: app.id } })).formData).address).toContain("301 户");
    await approveApplication(staff, app.id, "", new Date());
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("COMPLETED");
    const mine = platform.pushes.filter((p) => p.body.serialNo === serialNo);
    expect(mine.map((p) => p.path.split("/").pop())).toEqual(["accept", "correction", "step", "result", "result-file"]);
    expect(mine[1].body).toMatchObject({ correctionNote: "请填写完整门牌号", stepCode: "BZ" });
    const file = (mine[4].body.file as { contentBase64: string; sm3: string });
    expect(Buffer.from(file.contentBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    expect((await pushesOf(serialNo)).every((p) => p.status === "DONE" && p.attempts === 1)).toBe(true);
  });

  it("X5: a refused delivery is retried after 30 s backoff, later pushes of the serial wait their turn, nothing is delivered twice", async () => {
    const staff = await createTestUser("STAFF");
    const { serialNo, app } = await docked();
    platform.pushes = [];
    platform.refuse = 1;
    const t0 = new Date();
    await acceptApplication(staff, app.id, t0);
    let rows = await pushesOf(serialNo);
    expect(rows[0]).toMatchObject({ kind: "ACCEPT", status: "PENDING", attempts: 1, lastError: expect.stringContaining("503") });
    expect(rows[0].nextAttemptAt.getTime() - t0.getTime()).toBe(30_000);
    await requestCorrection(staff, app.id, "请补充材料", new Date(t0.getTime() + 1000));
    expect(platform.pushes).toHaveLength(0); // the correction waits behind the undelivered acceptance
    expect(await deliverMiddlePlatformPushes(new Date(t0.getTime() + 29_000), { serialNo })).toBe(0);
    expect(await deliverMiddlePlatformPushes(new Date(t0.getTime() + 30_000), { serialNo })).toBe(2);
    expect(platform.pushes.map((p) => p.path.split("/").pop())).toEqual(["accept", "correction"]);
    expect(await deliverMiddlePlatformPushes(new Date(t0.getTime() + 3_600_000), { serialNo })).toBe(0);
    rows = await pushesOf(serialNo);
    expect(rows.map((r) => [r.kind, r.status, r.attempts])).toEqual([["ACCEPT", "DONE", 2], ["CORRECTION", "DONE", 1]]);
  });

  it("X5: backoff doubles up to an hour, 10 failures stop the retries, and 立即重试 delivers", async () => {
    const staff = await createTestUser("STAFF");
    const { serialNo, app } = await docked();
    platform.refuse = 100;
    let now = new Date();
    await acceptApplication(staff, app.id, now);
    const gaps: number[] = [];
    for (let i = 0; i < 12; i++) {
      const row = (await pushesOf(serialNo))[0];
      if (row.status !== "PENDING") break;
      gaps.push(row.nextAttemptAt.getTime() - now.getTime());
      now = row.nextAttemptAt;
      await deliverMiddlePlatformPushes(now, { serialNo });
    }
    expect(gaps.slice(0, 4)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(Math.max(...gaps)).toBe(3_600_000);
    const failed = (await pushesOf(serialNo))[0];
    expect(failed).toMatchObject({ status: "FAILED", attempts: 10 });
    platform.refuse = 0;
    // (the real clock from here: the platform checks the head's timestamp against its own)
    await expect(retryMiddlePlatformPush(await createTestUser("PERSON"), failed.id, new Date())).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await retryMiddlePlatformPush(staff, failed.id, new Date())).toEqual({ delivered: true, lastError: null });
    await expect(retryMiddlePlatformPush(staff, failed.id, new Date())).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("X5: 预审通过 pushes 特别程序 03 (现场核验) and 不予办理 pushes 办结 with result 2; no result file without approval", async () => {
    const staff = await createTestUser("STAFF");
    const { serialNo } = await filedOnPlatform({ itemCode: "SB-DY-003", formData: { retireDate: "2027-01-01", bankAccount: "6222020200112233445", note: "" } });
    expect((await receive(serialNo)).body.code).toBe("0");
    const app = await db.application.findFirstOrThrow({ where: { externalSerialNo: serialNo } });
    platform.pushes = [];
    await preApproveApplication(staff, app.id, "居民身份证原件、人事档案", new Date());
    await rejectApplication(staff, app.id, "未达到法定退休年龄", new Date());
    const mine = platform.pushes.filter((p) => p.body.serialNo === serialNo);
    expect(mine.map((p) => p.path.split("/").pop())).toEqual(["special", "result"]);
    expect(mine[0].body).toMatchObject({ procedureType: "03", procedureName: "现场核验（核验原件）", status: "04" });
    expect(mine[1].body).toMatchObject({ resultCode: "2", resultName: "不予办理", resultText: "未达到法定退休年龄", status: "07" });
  });

  it("X5: the same change enqueued twice is one push (idempotent on serial number, kind and step)", async () => {
    const { serialNo, app } = await docked();
    const change = { action: "application.accept", status: "ACCEPTED" as const, title: "已受理" };
    const ref = { id: app.id, applicationNo: app.applicationNo, externalSerialNo: serialNo, itemCode: "SB-DJ-005" };
    const counts = await db.$transaction(async (tx) => [await enqueueMiddlePlatformPushes(tx, ref, change, new Date()), await enqueueMiddlePlatformPushes(tx, ref, change, new Date())]);
    expect(counts).toEqual([1, 0]);
    expect(await db.middlePlatformPush.count({ where: { serialNo, kind: "ACCEPT" } })).toBe(1);
  });
});

describe("X5 审批结果文件", () => {
  it("X5: the result file is a Chinese 办结通知书 PDF naming the application, the serial number and the result, with its SM3", async () => {
    const { renderResultNoticeFile } = await import("./result-file");
    const { extractText, getDocumentProxy } = await import("unpdf");
    const file = await renderResultNoticeFile({ applicationNo: "SB20261123000001", serialNo: "MP370200202611230001", itemCode: "SB-DJ-004", resultName: "准予办理", decidedAt: "2026-11-23T02:00:00Z" });
    const bytes = new Uint8Array(Buffer.from(file.contentBase64, "base64"));
    expect(file.mime).toBe("application/pdf");
    expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
    const { sm3Hex } = await import("@/lib/gm");
    expect(file.sm3).toBe(sm3Hex(bytes));
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    for (const expected of ["办结通知书", "SB20261123000001", "MP370200202611230001", "准予办理", "2026-11-23"]) expect(text).toContain(expected);
  });
});
