import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { generateSm2KeyPair, sm2DecryptToString } from "@/lib/gm";
import { platformPublicKey } from "@/lib/gm/platform-key";
import { createCorePerson } from "@/lib/applications/test-fixtures";
import { deliverCoreOutbox } from "@/lib/applications/core-outbox";
import { coreSystem } from "@/lib/core";
import { DirectClient, type DirectAnswer } from "@/lib/direct-connect/client";
import { gmCrypto } from "@/lib/direct-connect/gm-crypto";
import { DIRECT_CACHE_TTL_MS, clearGatewayCaches, findChannelCaller } from "@/lib/direct-connect/callers";
import { flushCallLog } from "@/lib/direct-connect/call-log";
import { callStatistics } from "@/lib/direct-access/statistics";
import { POST as channelPost } from "@/app/api/channel/v1/route";
import { POST as directPost } from "@/app/api/direct/v1/route";
import { GET as channelServices } from "@/app/api/channel/v1/services/route";
import { asUser, createTestUser } from "@/tests/helpers";
import type { SessionUser } from "@/lib/auth/actor";
import { approveChannel, changeChannelStatus, revealChannelKey, submitChannelApplication } from "./manage-channel";
import { createAuthorization, listOwnAuthorizations, revokeAuthorizations } from "./consent";
import { createChannelAuthorizationAction, approveChannelAction } from "./actions";

const channelFetch: typeof fetch = async (input, init) => {
  const request = new Request(input as string, init);
  return new URL(request.url).pathname === "/api/channel/v1" ? channelPost(request) : directPost(request);
};

const ALL = ["CH_RP_INFO", "CH_RP_CONTRIB", "CH_RP_BENEFIT", "CH_RP_QUALIFY", "CH_RP_GRADE"];
let staff: SessionUser;
let n = 0;

interface TestChannel { id: string; channelCode: string; client: DirectClient }

/** Applies, approves and opens the key envelope with the channel's private key, as a channel would. */
async function newChannel(services = ALL, granted = services): Promise<TestChannel> {
  const keys = generateSm2KeyPair();
  const now = new Date();
  const applied = await submitChannelApplication({ id: null, role: "ANONYMOUS", ip: `198.51.100.${++n}` }, {
    name: `测试银行手机银行${n}`, type: "BANK", orgName: "测试银行股份有限公司", creditCode: "91370200MA3C8TXX4Q", contactName: "王联系",
    contactMobile: "13800138000", contactEmail: "a@example.com", services, signPublicKey: keys.publicKey,
  }, now);
  const { channelCode } = await approveChannel(staff, { id: applied.id, services: granted }, now);
  const { envelope } = await revealChannelKey(staff, applied.id, now);
  const sm4Key = sm2DecryptToString(keys.privateKey, envelope);
  const client = new DirectClient({
    baseUrl: "http://gateway.test", environment: "formal", reqAppCode: channelCode, reqAreaCode: "340100", sm4Key, privateKey: keys.privateKey,
    platformPublicKey: platformPublicKey(), crypto: gmCrypto, fetch: channelFetch, endpointPath: "/api/channel/v1",
  });
  return { id: applied.id, channelCode, client };
}

/** A PERSON bound to a core person with 3 years of resident pension (险种 120). */
async function newResident() {
  const person = await createCorePerson();
  await db.coreRegistration.create({ data: { personId: person.id, insuranceType: "120", status: "ACTIVE", startMonth: 202301 } });
  for (const [year, fen] of [[2023, 30000], [2024, 50000], [2025, 50000]] as const) {
    await db.coreContribution.create({ data: { personId: person.id, unitId: null, insuranceType: "120", yearMonth: year * 100 + 12, baseFen: 0, unitFen: 4000, personalFen: fen, status: "PAID" } });
  }
  const user = await createTestUser("PERSON", { corePersonId: person.id });
  return { user, person };
}

const code = async (user: SessionUser, channel: TestChannel, services: string[], now = new Date()) => (await createAuthorization(user, { channelId: channel.id, services }, now)).code;

function refusedConsent(answer: DirectAnswer) {
  expect(answer.httpStatus).toBe(200);
  expect(answer.result?.code).toBe("1004");
  expect(answer.result?.data).toEqual({});
}

beforeAll(async () => {
  staff = await createTestUser("STAFF");
});

describe("X1 third-party channels: application, review, keys, suspension, deregistration", () => {
  it("an approved channel gets a code C + 9 digits, only the services granted, and its key once, SM2-encrypted for it", async () => {
    const channel = await newChannel(["CH_RP_INFO", "CH_RP_CONTRIB"], ["CH_RP_CONTRIB"]);
    expect(channel.channelCode).toMatch(/^C\d{9}$/);
    await expect(revealChannelKey(staff, channel.id, new Date())).rejects.toThrow("只能查看一次");
    const row = await db.channel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(JSON.parse(row.grantedServices)).toEqual(["CH_RP_CONTRIB"]);
    expect(row.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const token = await channel.client.fetchToken();
    expect(token.length).toBeGreaterThan(0);
  });

  it("a service not allowed for the channel is refused 403; an enterprise service is unknown (404)", async () => {
    const channel = await newChannel(["CH_RP_CONTRIB"]);
    const { user } = await newResident();
    const notAllowed = await channel.client.call("CH_RP_INFO", { authCode: await code(user, channel, ["CH_RP_CONTRIB"]) });
    expect(notAllowed.httpStatus).toBe(403);
    expect(notAllowed.head.msg).toContain("未授权给本渠道");
    const enterpriseService = await channel.client.call("SB_EMP_QUERY", { page: 1, pageSize: 20 });
    expect(enterpriseService.httpStatus).toBe(404);
  });

  it("a channel code is unknown at the enterprise endpoint, and a pending application cannot call", async () => {
    const channel = await newChannel();
    const direct = new DirectClient({ ...(channel.client as unknown as { options: ConstructorParameters<typeof DirectClient>[0] }).options, endpointPath: undefined });
    const answer = await direct.send(direct.envelope("AUTH_TOKEN", {}, ""));
    expect(answer.httpStatus).toBe(401);
  });

  it("a suspended channel is refused at once here and its key survives; a deregistered one is refused with its keys and open authorizations revoked", async () => {
    const channel = await newChannel();
    const { user } = await newResident();
    await channel.client.fetchToken();
    const open = await code(user, channel, ["CH_RP_CONTRIB"]);

    await changeChannelStatus(staff, { id: channel.id, change: "SUSPEND", reason: "安全检查" }, new Date());
    const suspended = await channel.client.call("CH_RP_CONTRIB", { authCode: open });
    expect(suspended.httpStatus).toBe(403);
    expect(suspended.head.msg).toContain("暂停");

    await changeChannelStatus(staff, { id: channel.id, change: "RESUME", reason: "检查完毕" }, new Date());
    await changeChannelStatus(staff, { id: channel.id, change: "DEREGISTER", reason: "合作终止" }, new Date());
    const deregistered = await channel.client.call("CH_RP_CONTRIB", { authCode: open });
    expect(deregistered.httpStatus).toBe(403);
    expect(deregistered.head.msg).toContain("注销");
    expect(await db.channelKey.count({ where: { channelId: channel.id, status: { not: "REVOKED" } } })).toBe(0);
    const auths = await listOwnAuthorizations(user.id);
    expect(auths.find((a) => a.channelId === channel.id)?.revokedAt).not.toBeNull();
    await expect(createAuthorization(user, { channelId: channel.id, services: ["CH_RP_CONTRIB"] }, new Date())).rejects.toThrow("已暂停服务");
  });

  it("another instance's cache forgets a deregistered channel within 5 seconds", async () => {
    const channel = await newChannel();
    await channel.client.fetchToken();
    // Deregister behind this process's back (as another instance would): the cache may serve it until its TTL.
    await db.channel.update({ where: { id: channel.id }, data: { status: "DEREGISTERED" } });
    await db.channelKey.updateMany({ where: { channelId: channel.id }, data: { status: "REVOKED" } });
    expect(DIRECT_CACHE_TTL_MS).toBeLessThanOrEqual(5_000);
    const loadedAt = Date.now();
    const later = await findChannelCaller(channel.channelCode, loadedAt + 5_000);
    expect(later?.status).toBe("REVOKED");
    expect(later?.keys.FORMAL).toEqual([]);
    clearGatewayCaches();
    const answer = await channel.client.call("CH_RP_GRADE", { authCode: "ABCDEFGH" });
    expect(answer.httpStatus).toBe(403);
  });

  it("a suspension made on another instance (the row's gatewayVersion moved) refuses this instance's very next call, and a resumption admits it", async () => {
    const channel = await newChannel();
    const token = await channel.client.fetchToken(); // cached here now
    const grade = () => channel.client.send(channel.client.envelope("CH_RP_GRADE", { authCode: "ABCDEFGH" }, token));
    // What changeChannelStatus writes on another instance (its own cache is not this one).
    await db.channel.update({ where: { id: channel.id }, data: { status: "SUSPENDED", gatewayVersion: { increment: 1 } } });
    const suspended = await grade();
    expect(suspended.httpStatus).toBe(403);
    expect(suspended.head.msg).toContain("暂停");
    await db.channel.update({ where: { id: channel.id }, data: { status: "ACTIVE", gatewayVersion: { increment: 1 } } });
    const resumed = await grade();
    expect(resumed.httpStatus).toBe(200);
  });

  it("only STAFF or ADMIN review: a PERSON is refused", async () => {
    const person = await createTestUser("PERSON");
    const result = await asUser(person, () => approveChannelAction({ id: "x", services: ["CH_RP_INFO"] }));
    expect(result.ok).toBe(false);
  });

  it("channel call statistics are apart from the enterprises'", async () => {
    const channel = await newChannel();
    await channel.client.fetchToken();
    await flushCallLog();
    const now = new Date();
    const channels = await callStatistics(now, 1, "CHANNEL");
    expect(channels.byEnterprise.find((e) => e.key === channel.id)?.label).toContain(channel.channelCode);
    const enterprises = await callStatistics(now, 1);
    expect(enterprises.byEnterprise.find((e) => e.key === channel.id)).toBeUndefined();
  });
});

describe("X2 resident pension services for the person who authorized", () => {
  it("参保信息, 缴费记录, 待遇发放, 缴费档次 answer about the code's person only", async () => {
    const channel = await newChannel();
    const { user, person } = await newResident();
    const other = await newResident();
    await code(other.user, channel, ["CH_RP_CONTRIB"]);

    const info = await channel.client.call<{ person: { personNo: string; idNo: string }; status: string; startMonth: string }>("CH_RP_INFO", { authCode: await code(user, channel, ["CH_RP_INFO"]) });
    expect(info.result?.code).toBe("0000");
    expect(info.result?.data.person.personNo).toBe(person.personNo);
    expect(info.result?.data.person.idNo).not.toBe(person.idNumber); // masked
    expect(info.result?.data.status).toBe("ACTIVE");
    expect(info.result?.data.startMonth).toBe("202301");

    const contributions = await channel.client.call<{ items: { year: number; personalAmount: string; subsidyAmount: string }[] }>("CH_RP_CONTRIB", { authCode: await code(user, channel, ["CH_RP_CONTRIB"]) });
    expect(contributions.result?.data.items.map((i) => [i.year, i.personalAmount, i.subsidyAmount])).toEqual([[2025, "500.00", "40.00"], [2024, "500.00", "40.00"], [2023, "300.00", "40.00"]]);

    const benefits = await channel.client.call<{ items: unknown[] }>("CH_RP_BENEFIT", { authCode: await code(user, channel, ["CH_RP_BENEFIT"]) });
    expect(benefits.result?.data.items).toEqual([]);

    const grade = await channel.client.call<{ grades: { personalAmount: string }[]; currentGrade: string }>("CH_RP_GRADE", { authCode: await code(user, channel, ["CH_RP_GRADE"]) });
    expect(grade.result?.data.currentGrade).toBe("500.00");
    expect(grade.result?.data.grades[0]?.personalAmount).toBe("200.00");
  });

  it("领取资格认证 records the year's qualification in the core system through the outbox, once per bizSerialNo", async () => {
    const channel = await newChannel();
    const { user, person } = await newResident();
    const bizSerialNo = `BK${Date.now()}`;
    const input = { bizSerialNo, authCode: await code(user, channel, ["CH_RP_QUALIFY"]), checkMethod: "FACE", checkedAt: new Date().toISOString() };
    const first = await channel.client.call<{ year: number; status: string }>("CH_RP_QUALIFY", input);
    if (first.result?.code === "2001") await deliverCoreOutbox(new Date());
    const year = Number(new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" }).slice(0, 4));
    expect(await coreSystem().isQualificationCertified(person.id, year)).toBe(true);
    const again = await channel.client.call("CH_RP_QUALIFY", input); // the same serial: the first answer, the code not used twice
    expect(again.result?.code).toBe(first.result?.code === "2001" ? again.result?.code : first.result?.code);
  });

  it("bad business input is 1001 with the field", async () => {
    const channel = await newChannel();
    const answer = await channel.client.call<{ errors: { field: string }[] }>("CH_RP_CONTRIB", { authCode: "0O1I" });
    expect(answer.result?.code).toBe("1001");
    expect(answer.result?.data.errors[0]?.field).toBe("authCode");
  });

  it("the services are published with their fields", async () => {
    const body = (await channelServices().json()) as { services: { code: string; input: { name: string }[] }[] };
    expect(body.services.map((s) => s.code)).toEqual(ALL);
    expect(body.services.every((s) => s.input.some((f) => f.name === "authCode"))).toBe(true);
  });
});

describe("X3 consent: single-use authorization codes", () => {
  it("no code: refused 1004; a second call with the same code is refused; the person sees both calls", async () => {
    const channel = await newChannel();
    const { user } = await newResident();
    refusedConsent(await channel.client.call("CH_RP_CONTRIB", { authCode: "ABCDEFGH" }));
    const missing = await channel.client.call<{ errors: { field: string }[] }>("CH_RP_CONTRIB", {});
    expect(missing.result?.code).toBe("1001");

    const authCode = await code(user, channel, ["CH_RP_CONTRIB", "CH_RP_INFO"]);
    expect((await channel.client.call("CH_RP_CONTRIB", { authCode })).result?.code).toBe("0000");
    refusedConsent(await channel.client.call("CH_RP_CONTRIB", { authCode }));
    refusedConsent(await channel.client.call("CH_RP_INFO", { authCode })); // one call, not a session

    const [mine] = await listOwnAuthorizations(user.id);
    expect(mine?.calls.map((c) => c.outcome)).toEqual(["OK", "USED", "USED"]);
  });

  it("a code expires after 10 minutes", async () => {
    const channel = await newChannel();
    const { user } = await newResident();
    const authCode = await code(user, channel, ["CH_RP_CONTRIB"], new Date(Date.now() - 10 * 60_000 - 1_000));
    const answer = await channel.client.call("CH_RP_CONTRIB", { authCode });
    refusedConsent(answer);
    expect(answer.result?.message).toContain("过期");
    const fresh = await code(user, channel, ["CH_RP_CONTRIB"], new Date(Date.now() - 9 * 60_000));
    expect((await channel.client.call("CH_RP_CONTRIB", { authCode: fresh })).result?.code).toBe("0000");
  });

  it("a code for another channel is refused, and does not use the code up", async () => {
    const mine = await newChannel();
    const theirs = await newChannel();
    const { user } = await newResident();
    const authCode = await code(user, mine, ["CH_RP_CONTRIB"]);
    refusedConsent(await theirs.client.call("CH_RP_CONTRIB", { authCode }));
    expect((await mine.client.call("CH_RP_CONTRIB", { authCode })).result?.code).toBe("0000");
  });

  it("a code for another service is refused", async () => {
    const channel = await newChannel();
    const { user } = await newResident();
    const answer = await channel.client.call("CH_RP_INFO", { authCode: await code(user, channel, ["CH_RP_CONTRIB"]) });
    refusedConsent(answer);
    expect(answer.result?.message).toContain("参保信息查询");
  });

  it("a revoked code is refused; a person revokes only their own", async () => {
    const channel = await newChannel();
    const { user } = await newResident();
    const other = await newResident();
    const created = await createAuthorization(user, { channelId: channel.id, services: ["CH_RP_CONTRIB"] }, new Date());
    await expect(revokeAuthorizations(other.user, { id: created.id }, new Date())).rejects.toThrow("不存在");
    await revokeAuthorizations(user, { channelId: channel.id }, new Date());
    refusedConsent(await channel.client.call("CH_RP_CONTRIB", { authCode: created.code }));
  });

  it("no listing or search: no service takes a person's name, ID number or a page, and extra fields name nobody", async () => {
    const body = (await channelServices().json()) as { services: { code: string; input: { name: string }[] }[] };
    for (const s of body.services) {
      for (const f of s.input) expect(["authCode", "year", "bizSerialNo", "checkMethod", "checkedAt"]).toContain(f.name);
    }
    const channel = await newChannel();
    const { user, person } = await newResident();
    const other = await newResident();
    const answer = await channel.client.call<{ person: { personNo: string } }>("CH_RP_INFO", { authCode: await code(user, channel, ["CH_RP_INFO"]), idNo: other.person.idNumber, personNo: other.person.personNo });
    expect(answer.result?.data.person.personNo).toBe(person.personNo);
  });

  it("only a PERSON bound to core data creates codes; the code is 8 characters and only its hash is stored", async () => {
    const channel = await newChannel();
    const staffResult = await asUser(staff, () => createChannelAuthorizationAction({ channelId: channel.id, services: ["CH_RP_INFO"] }));
    expect(staffResult.ok).toBe(false);
    const unbound = await createTestUser("PERSON");
    await expect(createAuthorization(unbound, { channelId: channel.id, services: ["CH_RP_INFO"] }, new Date())).rejects.toThrow("尚未绑定");
    const { user } = await newResident();
    const created = await createAuthorization(user, { channelId: channel.id, services: ["CH_RP_INFO"] }, new Date());
    expect(created.code).toMatch(/^[2-9A-Z]{8}$/);
    expect(await db.channelAuthorization.count({ where: { codeHash: created.code } })).toBe(0);
    expect(created.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * 60_000);
  });
});

