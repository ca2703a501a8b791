import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import {
  registerPersonAction, registerUnitAction, requestPersonRegistrationCodeAction, requestUnitRegistrationCodeAction,
} from "./actions";
import { AGREEMENT_VERSION } from "./agreement";
import { PERSON_MISMATCH_MESSAGE, UNIT_MISMATCH_MESSAGE, UNIT_NO_MOBILE_MESSAGE } from "./register";
import { asVisitor, createCorePerson, createCoreUnit, latestSmsCode, uniqueIp, uniqueMobile, username } from "./test-fixtures";

const PASSWORD = "Reg1strate";
/** S4: every failed code gets this one answer. */
const CODE_REFUSED = "验证码不正确或已失效，请重新获取";

function personForm(core: { name: string; idNumber: string; mobile: string | null }, overrides: Record<string, unknown> = {}) {
  return {
    name: core.name,
    idType: "01",
    idNumber: core.idNumber,
    socialSecurityNo: core.idNumber,
    socialCardNo: "",
    mobile: core.mobile ?? uniqueMobile(),
    username: username("p"),
    password: PASSWORD,
    confirmPassword: PASSWORD,
    agreement: "on",
    ...overrides,
  };
}

function unitForm(core: { name: string; creditCode: string; legalRepName: string }, overrides: Record<string, unknown> = {}) {
  return {
    unitName: core.name,
    creditCode: core.creditCode,
    legalRepName: core.legalRepName,
    legalRepPhone: uniqueMobile(),
    handlerName: "吴经办",
    handlerMobile: uniqueMobile(),
    username: username("w"),
    password: PASSWORD,
    confirmPassword: PASSWORD,
    agreement: "on",
    ...overrides,
  };
}

const snapshot = async () => ({ users: await db.user.count(), traces: await db.operationTrace.count(), sms: await db.smsOutbox.count() });

/** Both steps, as the form does them: the code is read from the phone it went to. */
async function registerPerson(form: ReturnType<typeof personForm>) {
  const start = await asVisitor(() => requestPersonRegistrationCodeAction(form));
  if (!start.ok) return start;
  const code = await latestSmsCode(String(form.mobile));
  return asVisitor(() => registerPersonAction({ ...form, challengeId: start.data.challengeId, code }));
}

describe("person registration (U2, U4)", () => {
  it("U2: a person whose ID number and name match the core system registers, bound to the core person", async () => {
    const core = await createCorePerson();
    const form = personForm(core, { idNumber: core.idNumber.toLowerCase(), username: username("P").toUpperCase() });
    const res = await registerPerson(form);
    expect(res.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { username: String(form.username).toLowerCase() } });
    expect(user).toMatchObject({ role: "PERSON", name: core.name, idNumber: core.idNumber, corePersonId: core.id, mobile: core.mobile });
    expect(await verifyPassword(PASSWORD, user.passwordHash)).toBe(true);
    expect(user.passwordHash).not.toContain(PASSWORD);

    const trace = await db.operationTrace.findFirstOrThrow({ where: { action: "account.register", entityId: user.id } });
    expect(trace.summary).not.toContain(core.idNumber);
    expect(trace.summary).not.toContain(String(core.mobile));
    expect(trace.summary).toContain(core.idNumber.slice(0, 4) + "**********");
  });

  it("U4: the accepted agreement version and time are stored", async () => {
    const core = await createCorePerson();
    const form = personForm(core);
    const before = Date.now();
    expect((await registerPerson(form)).ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { username: String(form.username) } });
    expect(user.agreementVersion).toBe(AGREEMENT_VERSION);
    expect(user.agreementAcceptedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("U4: registration without accepting the agreement is refused", async () => {
    const core = await createCorePerson();
    const res = await asVisitor(() => requestPersonRegistrationCodeAction(personForm(core, { agreement: undefined })));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { agreement: expect.stringContaining("网上服务协议") } });
  });

  it("U2: a name that does not match the ID number is refused and nothing is created or sent", async () => {
    const core = await createCorePerson({ name: "欧阳明" });
    const before = await snapshot();
    const res = await asVisitor(() => requestPersonRegistrationCodeAction(personForm(core, { name: "欧阳亮" })));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", message: PERSON_MISMATCH_MESSAGE });
    expect(await snapshot()).toEqual(before);
  });

  it("U2: an ID number unknown to the core system gets the same refusal as a wrong name", async () => {
    const core = await createCorePerson();
    const { computeIdCheckChar } = await import("@/lib/identity/id-number");
    const first17 = core.idNumber.slice(0, 14) + String((Number(core.idNumber.slice(14, 17)) + 1) % 1000).padStart(3, "0");
    const unknownId = first17 + computeIdCheckChar(first17);
    const res = await asVisitor(() => requestPersonRegistrationCodeAction(personForm(core, { idNumber: unknownId, socialSecurityNo: unknownId })));
    expect(res).toMatchObject({ ok: false, message: PERSON_MISMATCH_MESSAGE });
  });

  it("U2: an invalid ID check digit is a field error, checked before the core system", async () => {
    const core = await createCorePerson();
    const last = core.idNumber.at(-1) === "1" ? "2" : "1";
    const res = await asVisitor(() => requestPersonRegistrationCodeAction(personForm(core, { idNumber: core.idNumber.slice(0, 17) + last })));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { idNumber: expect.stringContaining("校验位") } });
  });

  it("U2: a user name already in use is refused", async () => {
    const first = await createCorePerson();
    const second = await createCorePerson();
    const name = username("dup");
    expect((await registerPerson(personForm(first, { username: name }))).ok).toBe(true);
    const res = await asVisitor(() => requestPersonRegistrationCodeAction(personForm(second, { username: name })));
    expect(res).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { username: expect.stringContaining("已被使用") } });
  });
});

describe("registration proves the mobile (S5)", () => {
  it("S5: step one sends a code to the mobile on file and creates no account; the code creates it", async () => {
    const core = await createCorePerson();
    const form = personForm(core);
    const before = await snapshot();
    const start = await asVisitor(() => requestPersonRegistrationCodeAction(form));
    expect(start).toEqual({ ok: true, data: { challengeId: expect.any(String), maskedMobile: `${core.mobile!.slice(0, 3)}****${core.mobile!.slice(7)}` } });
    if (!start.ok) return;
    expect(await db.user.count()).toBe(before.users);
    expect(await db.user.findUnique({ where: { username: String(form.username) } })).toBeNull();
    const sms = await db.smsOutbox.findFirstOrThrow({ where: { mobile: core.mobile! }, orderBy: { id: "desc" } });
    expect(sms).toMatchObject({ purpose: "REGISTER" });
    expect(sms.content).toContain("注册");
    expect(await db.smsChallenge.findUniqueOrThrow({ where: { id: start.data.challengeId } })).toMatchObject({ purpose: "REGISTER", userId: null, mobile: core.mobile });

    const code = await latestSmsCode(core.mobile!);
    const done = await asVisitor(() => registerPersonAction({ ...form, challengeId: start.data.challengeId, code }));
    expect(done).toMatchObject({ ok: true, data: { username: form.username } });
    expect(await db.user.count()).toBe(before.users + 1);
    const trace = await db.operationTrace.findFirstOrThrow({ where: { action: "account.register", entityId: (done as { data: { userId: string } }).data.userId } });
    expect(JSON.parse(trace.summary)).toMatchObject({ mobileVerified: "SMS" });
    // The code is spent: a second account cannot be made with it.
    const again = await asVisitor(() => registerPersonAction({ ...form, username: username("p2"), challengeId: start.data.challengeId, code }));
    expect(again).toMatchObject({ ok: false, message: CODE_REFUSED });
  });

  it("S5: a wrong code, or the right code with other data, creates nothing and gets the one answer", async () => {
    const core = await createCorePerson();
    const form = personForm(core);
    const start = await asVisitor(() => requestPersonRegistrationCodeAction(form));
    if (!start.ok) throw new Error(start.message);
    const code = await latestSmsCode(core.mobile!);
    const before = await snapshot();
    const wrong = await asVisitor(() => registerPersonAction({ ...form, challengeId: start.data.challengeId, code: code === "000000" ? "111111" : "000000" }));
    // The code was sent for this user name; it does not confirm another.
    const otherName = await asVisitor(() => registerPersonAction({ ...form, username: username("x"), challengeId: start.data.challengeId, code }));
    for (const res of [wrong, otherName]) expect(res).toMatchObject({ ok: false, code: "VALIDATION", message: CODE_REFUSED, fieldErrors: { code: CODE_REFUSED } });
    expect(await snapshot()).toEqual(before);
  });

  it("S5: a mobile that is not the one on file is refused with the service-centre / 12333 message, like a wrong name, and gets no code", async () => {
    const core = await createCorePerson();
    const typed = uniqueMobile();
    const before = await snapshot();
    const res = await asVisitor(() => requestPersonRegistrationCodeAction(personForm(core, { mobile: typed })));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", message: PERSON_MISMATCH_MESSAGE });
    expect(PERSON_MISMATCH_MESSAGE).toContain("服务窗口");
    expect(PERSON_MISMATCH_MESSAGE).toContain("12333");
    // The same answer as a wrong name: nothing tells whether the ID number belongs to this mobile.
    const wrongName = await asVisitor(() => requestPersonRegistrationCodeAction(personForm(core, { name: "司马错" })));
    expect(wrongName).toMatchObject({ ok: false, code: "VALIDATION", message: (res as { message: string }).message });
    expect(await snapshot()).toEqual(before);
  });

  it("S5: a person with no mobile on file is refused the same way, whatever mobile is typed", async () => {
    const core = await createCorePerson({ mobile: null });
    const before = await snapshot();
    const res = await asVisitor(() => requestPersonRegistrationCodeAction(personForm(core)));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", message: PERSON_MISMATCH_MESSAGE });
    expect(await snapshot()).toEqual(before);
  });

  it("S5: an ID number already registered leads to recovery (找回密码, or the counter), never to the user name or mobile", async () => {
    const core = await createCorePerson();
    const first = personForm(core);
    expect((await registerPerson(first)).ok).toBe(true);
    const before = await snapshot();
    for (const attempt of [personForm(core), personForm(core, { mobile: uniqueMobile() })]) {
      const res = await asVisitor(() => requestPersonRegistrationCodeAction(attempt));
      expect(res).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { idNumber: expect.any(String) } });
      if (res.ok) return;
      expect(res.message).toContain("找回密码");
      expect(res.message).toContain("窗口核验");
      const text = JSON.stringify(res);
      expect(text).not.toContain(String(first.username));
      expect(text).not.toContain(core.mobile!.slice(7));
    }
    expect(await snapshot()).toEqual(before);
  });

  it("S4: the user name is checked at registration only behind the per-IP limit", async () => {
    const core = await createCorePerson();
    const ip = uniqueIp();
    const results = [];
    for (let i = 0; i < 30; i++) results.push(await asVisitor(() => requestPersonRegistrationCodeAction(personForm(core, { username: username("probe") })), ip));
    const limited = results.findIndex((r) => !r.ok && r.code === "RATE_LIMITED");
    expect(limited).toBeGreaterThan(0);
    expect(results.slice(limited).every((r) => !r.ok && r.code === "RATE_LIMITED")).toBe(true);
  });
});

describe("unit registration (U3, U4, S5)", () => {
  async function registerUnit(form: ReturnType<typeof unitForm>, recipient: "LEGAL_REP" | "HANDLER", mobile: string) {
    const start = await asVisitor(() => requestUnitRegistrationCodeAction({ ...form, recipient }));
    if (!start.ok) return start;
    if (start.data.step !== "code") throw new Error("expected a code");
    const code = await latestSmsCode(mobile);
    return asVisitor(() => registerUnitAction({ ...form, recipient, challengeId: start.data.step === "code" ? start.data.challengeId : "", code }));
  }

  it("U3: a unit handler registers when the credit code, unit name and legal representative match", async () => {
    const core = await createCoreUnit();
    const form = unitForm(core);
    const res = await registerUnit(form, "HANDLER", core.handlerMobile!);
    expect(res.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { username: String(form.username) } });
    expect(user).toMatchObject({ role: "UNIT", coreUnitId: core.id, creditCode: core.creditCode, unitName: core.name, name: "吴经办", agreementVersion: AGREEMENT_VERSION });
  });

  it("U3: a wrong legal representative is refused without saying which part was wrong, and nothing is created", async () => {
    const core = await createCoreUnit();
    const before = await snapshot();
    const res = await asVisitor(() => requestUnitRegistrationCodeAction(unitForm(core, { legalRepName: "李不对" })));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", message: UNIT_MISMATCH_MESSAGE });
    expect(await snapshot()).toEqual(before);
  });

  it("U3: a credit code with a wrong check character is a field error", async () => {
    const core = await createCoreUnit();
    const bad = core.creditCode.slice(0, 17) + (core.creditCode.at(-1) === "0" ? "1" : "0");
    const res = await asVisitor(() => requestUnitRegistrationCodeAction(unitForm(core, { creditCode: bad })));
    expect(res).toMatchObject({ ok: false, fieldErrors: { creditCode: expect.stringContaining("校验") } });
  });

  it("U3: the same handler cannot register the same unit twice", async () => {
    const core = await createCoreUnit();
    const handlerMobile = uniqueMobile();
    expect((await registerUnit(unitForm(core, { handlerMobile }), "LEGAL_REP", core.legalRepPhone)).ok).toBe(true);
    const res = await asVisitor(() => requestUnitRegistrationCodeAction(unitForm(core, { handlerMobile })));
    expect(res).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("S5: a unit's code goes only to a mobile the core system holds, chosen from the masked ones; typed numbers get nothing", async () => {
    const core = await createCoreUnit();
    const form = unitForm(core);
    const before = await snapshot();
    const choose = await asVisitor(() => requestUnitRegistrationCodeAction(form));
    const mask = (m: string) => `${m.slice(0, 3)}****${m.slice(7)}`;
    expect(choose).toEqual({
      ok: true,
      data: {
        step: "choose",
        recipients: [
          { value: "LEGAL_REP", label: expect.stringContaining(mask(core.legalRepPhone)) },
          { value: "HANDLER", label: expect.stringContaining(mask(core.handlerMobile!)) },
        ],
      },
    });
    expect(JSON.stringify(choose)).not.toContain(core.legalRepPhone);
    expect(await snapshot()).toEqual(before);

    const sent = await asVisitor(() => requestUnitRegistrationCodeAction({ ...form, recipient: "LEGAL_REP" }));
    expect(sent).toMatchObject({ ok: true, data: { step: "code", maskedMobile: mask(core.legalRepPhone) } });
    expect(await db.smsOutbox.count({ where: { mobile: core.legalRepPhone, purpose: "REGISTER" } })).toBe(1);
    for (const typed of [form.legalRepPhone, form.handlerMobile, core.handlerMobile!]) expect(await db.smsOutbox.count({ where: { mobile: typed } })).toBe(0);
    expect(await db.user.count()).toBe(before.users);

    // The code confirms the recipient it went to: claiming it came from the handler's phone fails.
    if (!sent.ok || sent.data.step !== "code") return;
    const code = await latestSmsCode(core.legalRepPhone);
    const swapped = await asVisitor(() => registerUnitAction({ ...form, recipient: "HANDLER", challengeId: sent.data.step === "code" ? sent.data.challengeId : "", code }));
    expect(swapped).toMatchObject({ ok: false, message: CODE_REFUSED });
    expect(await db.user.count()).toBe(before.users);
  });

  it("S5: a unit with no mobile on file, or without the chosen one, is sent to a service centre", async () => {
    const none = await createCoreUnit({ legalRepPhone: "0532-88886666", handlerMobile: null });
    const res = await asVisitor(() => requestUnitRegistrationCodeAction(unitForm(none)));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", message: UNIT_NO_MOBILE_MESSAGE });
    expect(UNIT_NO_MOBILE_MESSAGE).toContain("12333");

    const legalRepOnly = await createCoreUnit({ handlerMobile: null });
    const choose = await asVisitor(() => requestUnitRegistrationCodeAction(unitForm(legalRepOnly)));
    expect(choose).toMatchObject({ ok: true, data: { step: "choose", recipients: [{ value: "LEGAL_REP" }] } });
    const handler = await asVisitor(() => requestUnitRegistrationCodeAction({ ...unitForm(legalRepOnly), recipient: "HANDLER" }));
    expect(handler).toMatchObject({ ok: false, fieldErrors: { recipient: expect.any(String) } });
  });
});
