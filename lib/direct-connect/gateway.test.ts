import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { coreSystem, setCoreSystem, type CoreSystem } from "@/lib/core";
import { deliverCoreOutbox } from "@/lib/applications/core-outbox";
import { createRng, generateIdNumber } from "@/lib/identity";
import { generateSm2KeyPair, generateSm4Key } from "@/lib/gm";
import { platformPublicKey } from "@/lib/gm/platform-key";
import { DirectClient, smCryptoProvider, type DirectAnswer } from "./client";
import { sealKey } from "./key-vault";
import { clearGatewayCaches } from "./callers";
import { flushCallLog } from "./call-log";
import { purgeExpiredDirectRecords } from "./purge";
import { createTestEnterprise, routeFetch, type TestEnterprise } from "./test-fixtures";
import { keyFingerprint } from "@/prisma/seed/direct-connect";
import { SERVICE_CODES } from "./service-codes";
import { openKey } from "./key-vault";
import { asUser, createTestUser } from "@/tests/helpers";
import {
  requestFormalKeyAction, resumeEnterpriseAction, revokeKeyAction, rotateKeyAction, setEnterpriseRateLimitAction, suspendEnterpriseAction,
} from "@/lib/direct-access/actions";

const newIdNumber = () => generateIdNumber(createRng(randomInt(1, 2 ** 30)), { birthYearRange: [1970, 2000] });
let serial = 0;
const bizSerialNo = () => `HR${Date.now()}${++serial}`;

/** Valid business input of every service code (the formal happy path). */
function validInput(code: string, e: TestEnterprise): Record<string, unknown> {
  const employee = e.employees[0]!;
  switch (code) {
    case "AUTH_TOKEN":
      return {};
    case "SB_EMP_REG":
      return { bizSerialNo: bizSerialNo(), idType: "01", idNo: newIdNumber(), name: "王小明", mobile: "13800138000", hireDate: "2026-11-01", insuranceTypes: ["110", "210", "310", "410", "510"], wageBase: "8000.00" };
    case "SB_ORG_CHANGE":
      return { bizSerialNo: bizSerialNo(), address: "青岛市崂山区新地址 8 号" };
    case "SB_PSN_CHANGE":
      return { bizSerialNo: bizSerialNo(), idType: "01", idNo: employee.idNumber, mobile: "13912345678" };
    case "JY_EMP_REG":
      return { bizSerialNo: bizSerialNo(), idType: "01", idNo: newIdNumber(), name: "李就业", startDate: "2026-11-01", position: "装配工", contractType: "FIXED" };
    case "JY_UNEMP_REG":
      return { bizSerialNo: bizSerialNo(), idType: "01", idNo: employee.idNumber, name: "测试参保人", separationDate: "2026-10-31", reason: "劳动合同期满" };
    case "LD_EMP_FILING":
      return { bizSerialNo: bizSerialNo(), idType: "01", idNo: employee.idNumber, name: "测试参保人", contractStart: "2026-01-01", contractEnd: "2028-12-31", jobTitle: "技术员", monthlyWage: "7500.00" };
    case "LD_ARBITRATION":
      return { bizSerialNo: bizSerialNo(), applicantName: "赵申请", applicantIdNo: newIdNumber(), claim: "支付拖欠工资", facts: "2026 年 9 月工资未按时发放" };
    case "RC_RECRUIT":
      return { bizSerialNo: bizSerialNo(), title: "数控工程师", positions: 3, salaryRange: "8000-12000", description: "负责数控设备编程", validUntil: "2099-12-31" };
    case "RC_TRAINING":
      return { bizSerialNo: bizSerialNo(), idType: "01", idNo: newIdNumber(), name: "钱培训", mobile: "13700001111", programCode: "GCC2026" };
    case "SB_EMP_QUERY":
      return { page: 1, pageSize: 20 };
    case "SB_BILL_QUERY":
      return { yearMonth: "202610" };
  }
  throw new Error(code);
}

function expectRefused(answer: DirectAnswer, httpStatus: number) {
  expect(answer.httpStatus).toBe(httpStatus);
  expect(answer.head.status).toBe("1");
  expect(answer.head.msg.length).toBeGreaterThan(0);
  expect(answer.head.msg.length).toBeLessThanOrEqual(100);
  expect(answer.result).toBeUndefined();
  expect(answer.signatureValid).toBe(true); // failures are signed too
}

function expectOk(answer: DirectAnswer, code = "0000") {
  expect(answer.httpStatus).toBe(200);
  expect(answer.head.status).toBe("0");
  expect(answer.signatureValid).toBe(true);
  expect(answer.result?.code).toBe(code);
}

let a: TestEnterprise;
let b: TestEnterprise;

/** The built-in core system seen as an external one (no inTransaction): its writes go through the outbox. */
function externalCore(real: CoreSystem): CoreSystem {
  const external = Object.create(real) as CoreSystem;
  external.inTransaction = undefined;
  return external;
}

beforeAll(async () => {
  a = await createTestEnterprise({ employees: 4 });
  b = await createTestEnterprise({ employees: 3 });
});

describe("E6 daily token", () => {
  it("AUTH_TOKEN answers a token valid until 24:00 Asia/Shanghai, and other services need it", async () => {
    const client = a.client("formal");
    const answer = await client.send<{ token: string; expiresAt: string }>(client.envelope("AUTH_TOKEN", {}, ""));
    expectOk(answer);
    const { token, expiresAt } = answer.result!.data;
    expect(token.length).toBeGreaterThan(16);
    const expires = new Date(expiresAt);
    // 24:00 in Shanghai is 16:00 UTC, within the next 24 hours.
    expect(expires.getUTCHours()).toBe(16);
    expect(expires.getUTCMinutes()).toBe(0);
    expect(expires.getTime() - Date.now()).toBeGreaterThan(0);
    expect(expires.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600_000);
    expectOk(await client.send(client.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token)));
    // The sandbox token is another one.
    const sandbox = a.client("sandbox");
    expectRefused(await sandbox.send(sandbox.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token)), 401);
  });

  it("bad token → 401", async () => {
    const client = a.client("formal");
    expectRefused(await client.send(client.envelope("SB_EMP_QUERY", { page: 1 }, "20261123.00000000")), 401);
    expectRefused(await client.send(client.envelope("SB_EMP_QUERY", { page: 1 }, "")), 401);
  });
});

describe("E6 every service code, formal and sandbox", () => {
  for (const { code } of SERVICE_CODES) {
    it(`${code}: happy path answers 200, status 0, business code 0000`, async () => {
      const answer = await a.client("formal").call(code, validInput(code, a));
      expectOk(answer);
      expect(answer.result!.message).toBe("成功");
    });
  }

  it("SB_EMP_REG registers the employee in the caller's unit and answers the personNo; with the built-in core system the write commits with its idempotency record (no outbox row)", async () => {
    const input = validInput("SB_EMP_REG", a);
    const outboxBefore = await db.coreOutbox.count();
    const answer = await a.client("formal").call<{ personNo: string; status: string }>("SB_EMP_REG", input);
    expectOk(answer);
    const person = await db.corePerson.findUniqueOrThrow({ where: { idType_idNumber: { idType: "01", idNumber: input.idNo as string } } });
    expect(person.unitId).toBe(a.unitId);
    expect(answer.result!.data).toEqual({ personNo: person.personNo, status: "REGISTERED" });
    expect(await db.coreRegistration.count({ where: { personId: person.id, unitId: a.unitId, status: "ACTIVE" } })).toBe(5);
    const record = await db.directBizRecord.findFirstOrThrow({ where: { reqAppCode: a.reqAppCode, bizSerialNo: input.bizSerialNo as string } });
    expect(record.outboxId).toBeNull();
    expect(JSON.parse(record.response)).toEqual(answer.result);
    expect(await db.coreOutbox.count()).toBe(outboxBefore);
  });

  it("SB_EMP_REG with an external core system goes through the outbox: delivered at once, the row DONE, the final answer recorded (B3)", async () => {
    const input = validInput("SB_EMP_REG", a);
    const real = coreSystem();
    setCoreSystem(externalCore(real));
    let answer: DirectAnswer<{ personNo: string; status: string }>;
    try {
      answer = await a.client("formal").call<{ personNo: string; status: string }>("SB_EMP_REG", input);
    } finally {
      setCoreSystem(real);
    }
    expectOk(answer);
    const person = await db.corePerson.findUniqueOrThrow({ where: { idType_idNumber: { idType: "01", idNumber: input.idNo as string } } });
    expect(answer.result!.data).toEqual({ personNo: person.personNo, status: "REGISTERED" });
    const record = await db.directBizRecord.findFirstOrThrow({ where: { reqAppCode: a.reqAppCode, bizSerialNo: input.bizSerialNo as string } });
    const outbox = await db.coreOutbox.findUniqueOrThrow({ where: { id: record.outboxId! } });
    expect(outbox.status).toBe("DONE");
    expect(JSON.parse(record.response)).toEqual(answer.result);
  });

  it("SB_EMP_REG of someone already insured in the unit answers 1003; SB_PSN_CHANGE of another unit's person answers 1002", async () => {
    const dup = await a.client("formal").call("SB_EMP_REG", { ...validInput("SB_EMP_REG", a), idNo: a.employees[1]!.idNumber, name: "测试参保人" });
    expectOk(dup, "1003");
    const other = await a.client("formal").call("SB_PSN_CHANGE", { ...validInput("SB_PSN_CHANGE", a), idNo: b.employees[0]!.idNumber });
    expectOk(other, "1002");
  });

  it("sandbox: every code answers 0000 from sandbox data, writes nothing to the core system, and counts towards acceptance (E4)", async () => {
    const c = await createTestEnterprise({ status: "SANDBOX" });
    const outboxBefore = await db.coreOutbox.count();
    const personsBefore = await db.corePerson.count();
    for (const { code } of SERVICE_CODES) expectOk(await c.client("sandbox").call(code, validInput(code, c)));
    expect(await db.coreOutbox.count()).toBe(outboxBefore);
    expect(await db.corePerson.count()).toBe(personsBefore);
    const grants = await db.directGrant.findMany({ where: { enterpriseId: c.id } });
    expect(grants.length).toBe(11);
    expect(grants.every((g) => g.sandboxPassedAt !== null)).toBe(true);
    // Sandbox data is deterministic: the same query twice gives the same page.
    const q1 = await c.client("sandbox").call("SB_EMP_QUERY", { page: 2, pageSize: 10 });
    const q2 = await c.client("sandbox").call("SB_EMP_QUERY", { page: 2, pageSize: 10 });
    expect(q1.result).toEqual(q2.result);
    // An enterprise not yet accepted cannot call the formal endpoint.
    expectRefused(await c.client("formal").send(c.client("formal").envelope("AUTH_TOKEN", {}, "")), 403);
  });
});

describe("E6 core system busy", () => {
  it("SB_EMP_REG answers 2001 with a ticket when the core write fails, and the outbox worker delivers it later (B3)", async () => {
    const real = coreSystem();
    const failing = externalCore(real);
    failing.registerEmployee = async () => {
      throw new Error("core system unavailable");
    };
    const input = validInput("SB_EMP_REG", a);
    setCoreSystem(failing);
    let answer: DirectAnswer<{ ticket: string }>;
    try {
      answer = await a.client("formal").call<{ ticket: string }>("SB_EMP_REG", input);
    } finally {
      setCoreSystem(real);
    }
    expectOk(answer, "2001");
    expect(answer.result!.data.ticket).toMatch(/^T\d+$/);
    expect(await db.corePerson.count({ where: { idNumber: input.idNo as string } })).toBe(0);
    // The claim of the gateway's attempt lapses after 5 minutes; then the worker delivers it.
    await deliverCoreOutbox(new Date(Date.now() + 6 * 60_000));
    const person = await db.corePerson.findFirstOrThrow({ where: { idNumber: input.idNo as string } });
    expect(person.unitId).toBe(a.unitId);
  });
});

describe("E6 idempotency on bizSerialNo", () => {
  it("the same reqAppCode + servicecode + bizSerialNo answers the first result again and changes nothing", async () => {
    const input = validInput("SB_EMP_REG", a);
    const client = a.client("formal");
    const first = await client.call("SB_EMP_REG", input);
    expectOk(first);
    const outbox = await db.coreOutbox.count();
    const again = await client.call("SB_EMP_REG", { ...input, name: "另一个名字" });
    expectOk(again);
    expect(again.result).toEqual(first.result);
    expect(await db.coreOutbox.count()).toBe(outbox);
    expect(await db.directBizRecord.count({ where: { reqAppCode: a.reqAppCode, bizSerialNo: input.bizSerialNo as string } })).toBe(1);
    // Another service with the same serial number is another business.
    const accept = await client.call<{ acceptNo: string }>("RC_TRAINING", { ...validInput("RC_TRAINING", a), bizSerialNo: input.bizSerialNo });
    expectOk(accept);
    expect(accept.result!.data.acceptNo).toMatch(/^DC\d{8}[0-9A-F]{10}$/);
  });

  for (const coreKind of ["built-in", "external"] as const) {
    it(`the same SB_EMP_REG bizSerialNo sent 3 times at once (${coreKind} core system): one registration, every answer equal`, async () => {
      const input = validInput("SB_EMP_REG", a);
      const real = coreSystem();
      if (coreKind === "external") setCoreSystem(externalCore(real));
      let answers: DirectAnswer[];
      try {
        const client = a.client("formal");
        const token = await client.fetchToken();
        answers = await Promise.all([0, 1, 2].map(() => client.send(client.envelope("SB_EMP_REG", input, token))));
      } finally {
        setCoreSystem(real);
      }
      expect(await db.corePerson.count({ where: { idNumber: input.idNo as string } })).toBe(1);
      const person = await db.corePerson.findFirstOrThrow({ where: { idNumber: input.idNo as string } });
      expect(await db.coreRegistration.count({ where: { personId: person.id } })).toBe(5);
      const record = await db.directBizRecord.findFirstOrThrow({ where: { reqAppCode: a.reqAppCode, bizSerialNo: input.bizSerialNo as string } });
      expect(await db.directBizRecord.count({ where: { reqAppCode: a.reqAppCode, bizSerialNo: input.bizSerialNo as string } })).toBe(1);
      const final = { code: "0000", message: "成功", data: { personNo: person.personNo, status: "REGISTERED" } };
      if (coreKind === "built-in") {
        // One commit holds the write and its answer: every call answers the same final result.
        for (const answer of answers) expect(answer.result).toEqual(final);
      } else {
        // A repeat that arrives while the first call still delivers answers what is recorded so
        // far: the 2001 ticket of the same (single) outbox row; afterwards the final result.
        expect(record.outboxId).not.toBeNull();
        for (const answer of answers) expect([final, { code: "2001", message: "核心系统繁忙，已受理，稍后以受理号查询", data: { ticket: `T${record.outboxId}` } }]).toContainEqual(answer.result);
        expect(answers.filter((x) => x.result!.code === "0000").length).toBeGreaterThanOrEqual(1);
        expect((await a.client("formal").call("SB_EMP_REG", input)).result).toEqual(final);
      }
    });
  }

  it("a serial number whose record is older than 30 days (not yet purged) is a new business", async () => {
    const serialNo = bizSerialNo();
    await db.directBizRecord.create({
      data: { environment: "FORMAL", reqAppCode: a.reqAppCode, serviceCode: "RC_TRAINING", bizSerialNo: serialNo, enterpriseId: a.id, request: "{}", response: JSON.stringify({ code: "0000", message: "成功", data: { acceptNo: "OLD" } }), expiresAt: new Date(Date.now() - 1000) },
    });
    const answer = await a.client("formal").call<{ acceptNo: string }>("RC_TRAINING", { ...validInput("RC_TRAINING", a), bizSerialNo: serialNo });
    expectOk(answer);
    expect(answer.result!.data.acceptNo).toMatch(/^DC\d{8}[0-9A-F]{10}$/);
    const record = await db.directBizRecord.findFirstOrThrow({ where: { reqAppCode: a.reqAppCode, serviceCode: "RC_TRAINING", bizSerialNo: serialNo } });
    expect(record.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
  });
});

describe("E6 refusals with their HTTP status", () => {
  it("nonce replay → 409, and the first request is served", async () => {
    const client = a.client("formal");
    const token = await client.fetchToken();
    const envelope = client.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token);
    expectOk(await client.send(envelope));
    expectRefused(await client.send(envelope), 409);
  });

  it("a nonce older than 10 minutes may be used again, and the housekeeping job purges expired nonces and idempotency records", async () => {
    const client = a.client("formal");
    const token = await client.fetchToken();
    const nonce = "reusedAfterTenMinutes01";
    await db.directNonce.create({ data: { reqAppCode: a.reqAppCode, nonce, expiresAt: new Date(Date.now() - 1000) } });
    expectOk(await client.send(client.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token, { nonce })));
    expectRefused(await client.send(client.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token, { nonce })), 409);
    await db.directNonce.create({ data: { reqAppCode: a.reqAppCode, nonce: "expiredLongAgo000001", expiresAt: new Date(Date.now() - 1000) } });
    await db.directBizRecord.create({
      data: { environment: "FORMAL", reqAppCode: a.reqAppCode, serviceCode: "RC_TRAINING", bizSerialNo: "OLD31DAYS", enterpriseId: a.id, request: "{}", response: "{}", expiresAt: new Date(Date.now() - 1000) },
    });
    await purgeExpiredDirectRecords(new Date());
    expect(await db.directNonce.count({ where: { nonce: "expiredLongAgo000001" } })).toBe(0);
    expect(await db.directNonce.count({ where: { nonce } })).toBe(1);
    expect(await db.directBizRecord.count({ where: { bizSerialNo: "OLD31DAYS" } })).toBe(0);
  });

  it("stale timestamp (301 s old) and future timestamp → 409", async () => {
    const client = a.client("formal");
    const token = await client.fetchToken();
    expectRefused(await client.send(client.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token, { timestamp: String(Date.now() - 301_000) })), 409);
    expectRefused(await client.send(client.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token, { timestamp: String(Date.now() + 301_000) })), 409);
  });

  it("bad signature → 401, a tampered body → 401 (never decrypted), and a forged request does not burn the nonce", async () => {
    const client = a.client("formal");
    const token = await client.fetchToken();
    const forger = a.client("formal", { privateKey: generateSm2KeyPair().privateKey });
    const forged = forger.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token);
    expectRefused(await forger.send(forged), 401);
    const genuine = client.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token, { nonce: forged.head.nonce });
    expectOk(await client.send(genuine));
    const tampered = client.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token);
    const flipped = { ...tampered, body: (tampered.body[0] === "A" ? "B" : "A") + tampered.body.slice(1) };
    expectRefused(await client.send(flipped), 401);
  });

  it("wrong SM4 key → 400", async () => {
    const wrong = a.client("formal", { sm4Key: generateSm4Key() });
    const token = await a.client("formal").fetchToken();
    expectRefused(await wrong.send(wrong.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token)), 400);
  });

  it("malformed envelope → 400: not JSON, missing head field, bad nonce, body not Base64", async () => {
    const client = a.client("formal");
    expectRefused(await client.send("{not json"), 400);
    const good = client.envelope("AUTH_TOKEN", {}, "");
    const { token: _t, ...withoutToken } = good.head;
    expectRefused(await client.send({ head: withoutToken, body: good.body }), 400);
    expectRefused(await client.send({ head: { ...good.head, nonce: "short" }, body: good.body }), 400);
    expectRefused(await client.send({ head: good.head, body: "***" }), 400);
    expectRefused(await client.send([]), 400);
  });

  it("unknown servicecode → 404", async () => {
    const client = a.client("formal");
    expectRefused(await client.send(client.envelope("SB_NO_SUCH", {}, await client.fetchToken())), 404);
    expectRefused(await client.send(client.envelope("sb_emp_query", {}, await client.fetchToken())), 404);
    expectRefused(await client.send(client.envelope("SB_EMP_QUERY_TOO_LONG_", {}, await client.fetchToken())), 400);
  });

  it("unknown reqAppCode → 401", async () => {
    const client = a.client("formal");
    expectRefused(await client.send(client.envelope("AUTH_TOKEN", {}, "", { reqAppCode: "Z999999999" })), 401);
  });

  it("suspended or revoked enterprise → 403", async () => {
    for (const status of ["SUSPENDED", "REVOKED"] as const) {
      const e = await createTestEnterprise({ status, employees: 0 });
      const client = e.client("formal");
      expectRefused(await client.send(client.envelope("AUTH_TOKEN", {}, "")), 403);
    }
  });

  it("service not granted → 403; disabled in the registry → 403", async () => {
    const e = await createTestEnterprise({ grants: ["SB_BILL_QUERY"], employees: 0 });
    const client = e.client("formal");
    const answer = await client.call("SB_EMP_QUERY", { page: 1 });
    expectRefused(answer, 403);
    expectOk(await client.call("SB_BILL_QUERY", { yearMonth: "202610" }));
    await db.directService.upsert({ where: { code: "SB_BILL_QUERY" }, create: { code: "SB_BILL_QUERY", enabled: false }, update: { enabled: false } });
    try {
      clearGatewayCaches();
      expectRefused(await client.call("SB_BILL_QUERY", { yearMonth: "202610" }), 403);
    } finally {
      await db.directService.update({ where: { code: "SB_BILL_QUERY" }, data: { enabled: true } });
      clearGatewayCaches();
    }
    expectOk(await client.call("SB_BILL_QUERY", { yearMonth: "202610" }));
  });

  it("2 MiB envelope → 413", async () => {
    const client = a.client("formal");
    const big = JSON.stringify({ head: client.envelope("AUTH_TOKEN", {}, "").head, body: "A".repeat(2 * 1024 * 1024) });
    expectRefused(await client.send(big), 413);
  });

  it("rate limit exceeded → 429 with Retry-After", async () => {
    const e = await createTestEnterprise({ rateLimitPerMinute: 3, employees: 0 });
    const client = e.client("formal");
    const token = await client.fetchToken(); // 1
    expectOk(await client.send(client.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token))); // 2
    expectOk(await client.send(client.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token))); // 3
    const limited = await client.send(client.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token)); // 4
    expectRefused(limited, 429);
    const retryAfter = Number(limited.retryAfter);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it("E7: an enterprise without its own limit is held to the ADMIN's default limit", async () => {
    const e = await createTestEnterprise({ employees: 0 });
    await db.systemParameter.upsert({ where: { key: "direct.defaultRateLimitPerMinute" }, create: { key: "direct.defaultRateLimitPerMinute", value: "2" }, update: { value: "2" } });
    clearGatewayCaches();
    try {
      const client = e.client("formal");
      const token = await client.fetchToken(); // 1
      expectOk(await client.send(client.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token))); // 2
      expectRefused(await client.send(client.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token)), 429); // 3
    } finally {
      await db.systemParameter.delete({ where: { key: "direct.defaultRateLimitPerMinute" } });
      clearGatewayCaches();
    }
  });

  it("invalid business field → 200 with 1001 and the fields with their reasons", async () => {
    const answer = await a.client("formal").call<{ errors: { field: string; reason: string }[] }>("SB_EMP_REG", {
      ...validInput("SB_EMP_REG", a), idNo: "110105194912310021", insuranceTypes: ["110", "999"], wageBase: "abc",
    });
    expectOk(answer, "1001");
    const fields = answer.result!.data.errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["idNo", "insuranceTypes.1", "wageBase"]));
    for (const e of answer.result!.data.errors) expect(e.reason).toMatch(/[\u4e00-\u9fa5]/);
    const page = await a.client("formal").call("SB_EMP_QUERY", { page: 0, pageSize: 1000 });
    expectOk(page, "1001");
  });
});

describe("E6 cached callers: a recorded change applies to the very next call on every instance", () => {
  // Nothing here clears the gateway's cache: the actions only move the enterprise's gatewayVersion,
  // as they would on another instance.
  it("suspension, resumption, a rotated key, a revoked key and a new rate limit", async () => {
    const e = await createTestEnterprise({ employees: 0 });
    const staff = await createTestUser("STAFF");
    const admin = await createTestUser("ADMIN");
    const client = e.client("formal");
    const token = await client.fetchToken();
    const bill = (c: DirectClient = client) => c.send(c.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, token));
    expectOk(await bill()); // the enterprise is cached now

    expect(await asUser(staff, () => suspendEnterpriseAction({ id: e.id, reason: "核查异常调用" }))).toMatchObject({ ok: true });
    const suspended = await bill();
    expectRefused(suspended, 403);
    expect(suspended.head.msg).toContain("暂停");
    expect(await asUser(staff, () => resumeEnterpriseAction({ id: e.id, reason: "核查完毕" }))).toMatchObject({ ok: true });
    expectOk(await bill());

    expect(await asUser(staff, () => rotateKeyAction({ id: e.id, environment: "FORMAL" }))).toMatchObject({ ok: true });
    const rotated = await db.directKey.findFirstOrThrow({ where: { enterpriseId: e.id, environment: "FORMAL", status: "ACTIVE" } });
    const withNew = e.client("formal", { sm4Key: openKey(rotated.sealedKey) });
    expectOk(await bill(withNew));
    expect(await asUser(staff, () => revokeKeyAction({ id: rotated.id, reason: "密钥泄露" }))).toMatchObject({ ok: true });
    expectRefused(await bill(withNew), 400);

    // Six calls counted in this minute so far; a limit of 1 a minute refuses the next one.
    expect(await asUser(admin, () => setEnterpriseRateLimitAction({ id: e.id, rateLimitPerMinute: 1 }))).toMatchObject({ ok: true });
    expectRefused(await bill(), 429);
  });

  it("E5: a formal key issued elsewhere works at once for an enterprise cached as SANDBOX, and an unknown code stays unknown", async () => {
    const e = await createTestEnterprise({ status: "SANDBOX", employees: 0 });
    await db.directEnterprise.update({ where: { id: e.id }, data: { acceptedAt: new Date() } });
    const formal = e.client("formal");
    expectRefused(await formal.send(formal.envelope("AUTH_TOKEN", {}, "")), 403); // cached as SANDBOX
    const handler = await createTestUser("UNIT", { coreUnitId: e.unitId });
    expect(await asUser(handler, () => requestFormalKeyAction({}))).toMatchObject({ ok: true });
    const issued = await db.directKey.findFirstOrThrow({ where: { enterpriseId: e.id, environment: "FORMAL", status: "ACTIVE" }, orderBy: { createdAt: "desc" } });
    expectOk(await e.client("formal", { sm4Key: openKey(issued.sealedKey) }).call("SB_BILL_QUERY", { yearMonth: "202610" }));
    expectRefused(await formal.send(formal.envelope("AUTH_TOKEN", {}, "", { reqAppCode: "Z999999998" })), 401);
  });

  it("a rate-limit window that has passed starts again at 1", async () => {
    const e = await createTestEnterprise({ rateLimitPerMinute: 2, employees: 0 });
    await db.rateLimitBucket.create({ data: { key: `direct:FORMAL:${e.id}`, count: 50, resetAt: new Date(Date.now() - 1000) } });
    const client = e.client("formal");
    expectOk(await client.send(client.envelope("AUTH_TOKEN", {}, "")));
    const bucket = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: `direct:FORMAL:${e.id}` } });
    expect(bucket.count).toBe(1);
    expect(bucket.resetAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
  });
});

describe("E6 keys: rotation grace", () => {
  it("a RETIRING key is accepted until graceUntil and refused (400) after it", async () => {
    const e = await createTestEnterprise({ employees: 0 });
    const oldKey = e.keys.FORMAL;
    const newKey = generateSm4Key();
    const expiredKey = generateSm4Key();
    await db.directKey.updateMany({ where: { enterpriseId: e.id, environment: "FORMAL" }, data: { status: "RETIRING", graceUntil: new Date(Date.now() + 3600_000) } });
    await db.directKey.create({ data: { enterpriseId: e.id, environment: "FORMAL", sealedKey: sealKey(newKey), fingerprint: keyFingerprint(newKey) } });
    await db.directKey.create({ data: { enterpriseId: e.id, environment: "FORMAL", sealedKey: sealKey(expiredKey), fingerprint: keyFingerprint(expiredKey), status: "RETIRING", graceUntil: new Date(Date.now() - 1000) } });
    const withOld = e.client("formal", { sm4Key: oldKey });
    const withNew = e.client("formal", { sm4Key: newKey });
    const withExpired = e.client("formal", { sm4Key: expiredKey });
    expectOk(await withOld.call("SB_BILL_QUERY", { yearMonth: "202610" }));
    expectOk(await withNew.call("SB_BILL_QUERY", { yearMonth: "202610" }));
    expectRefused(await withExpired.send(withExpired.envelope("AUTH_TOKEN", {}, "")), 400);
  });
});

describe("E6 ownership", () => {
  it("enterprise A's employee query never returns enterprise B's employees", async () => {
    const answerA = await a.client("formal").call<{ total: number; items: { personNo: string; idNo: string }[] }>("SB_EMP_QUERY", { page: 1, pageSize: 100 });
    expectOk(answerA);
    const personsOfA = await db.corePerson.findMany({ where: { unitId: a.unitId }, select: { personNo: true } });
    expect(answerA.result!.data.total).toBe(personsOfA.length);
    const returned = answerA.result!.data.items.map((i) => i.personNo);
    expect(new Set(returned)).toEqual(new Set(personsOfA.map((p) => p.personNo)));
    for (const eb of b.employees) expect(returned).not.toContain(eb.personNo);
    // ID numbers are masked.
    for (const item of answerA.result!.data.items) expect(item.idNo).toContain("*");
    const answerB = await b.client("formal").call<{ items: { personNo: string }[] }>("SB_EMP_QUERY", { page: 1, pageSize: 100 });
    for (const ea of a.employees) expect(answerB.result!.data.items.map((i) => i.personNo)).not.toContain(ea.personNo);
  });
});

describe("E6 call log and interoperability", () => {
  it("writes a DirectCallLog row for every request, failures included", async () => {
    const e = await createTestEnterprise({ employees: 0 });
    const client = e.client("formal");
    await client.call("SB_BILL_QUERY", { yearMonth: "202610" }); // AUTH_TOKEN + the query
    await client.send(client.envelope("SB_NO_SUCH", {}, ""));
    await flushCallLog();
    const rows = await db.directCallLog.findMany({ where: { enterpriseId: e.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.serviceCode, r.httpStatus, r.headStatus, r.bizCode])).toEqual([
      ["AUTH_TOKEN", 200, "0", "0000"],
      ["SB_BILL_QUERY", 200, "0", "0000"],
      ["SB_NO_SUCH", 404, "1", null],
    ]);
    for (const r of rows) {
      expect(r.environment).toBe("FORMAL");
      expect(r.requestBytes).toBeGreaterThan(0);
      expect(r.responseBytes).toBeGreaterThan(0);
    }
  });

  it("a client on sm-crypto alone calls the sandbox end to end, and verifies the platform's signatures", async () => {
    const e = await createTestEnterprise({ employees: 0 });
    const client = new DirectClient({
      baseUrl: "http://gateway.test", environment: "sandbox", reqAppCode: e.reqAppCode, reqAreaCode: "370200", sm4Key: e.keys.SANDBOX,
      privateKey: e.signKeys.privateKey, platformPublicKey: platformPublicKey(), crypto: smCryptoProvider, fetch: routeFetch,
    });
    const answer = await client.call("SB_BILL_QUERY", { yearMonth: "202610" });
    expectOk(answer);
  });
});
