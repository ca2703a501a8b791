import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { anonymous } from "@/tests/helpers";
import { verifyPassword } from "@/lib/auth/password";
import { registerPersonAction as registerPersonAccount, registerUnitAction as registerUnitAccount } from "./actions";
import { AGREEMENT_VERSION } from "./agreement";
import { PERSON_MISMATCH_MESSAGE, UNIT_MISMATCH_MESSAGE } from "./register";
import { createCorePerson, createCoreUnit, uniqueMobile, username } from "./test-fixtures";

const PASSWORD = "Reg1strate";

function personForm(core: { name: string; idNumber: string }, overrides: Record<string, unknown> = {}) {
  return {
    name: core.name,
    idType: "01",
    idNumber: core.idNumber,
    socialSecurityNo: core.idNumber,
    socialCardNo: "",
    mobile: uniqueMobile(),
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

const snapshot = async () => ({ users: await db.user.count(), traces: await db.operationTrace.count() });

describe("person registration (U2, U4)", () => {
  it("U2: a person whose ID number and name match the core system registers, bound to the core person", async () => {
    const core = await createCorePerson();
    const form = personForm(core, { idNumber: core.idNumber.toLowerCase(), username: username("P").toUpperCase() });
    const res = await anonymous(() => registerPersonAccount(form));
    expect(res.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { username: String(form.username).toLowerCase() } });
    expect(user).toMatchObject({ role: "PERSON", name: core.name, idNumber: core.idNumber, corePersonId: core.id, mobile: form.mobile });
    expect(await verifyPassword(PASSWORD, user.passwordHash)).toBe(true);
    expect(user.passwordHash).not.toContain(PASSWORD);

    const trace = await db.operationTrace.findFirstOrThrow({ where: { action: "account.register", entityId: user.id } });
    expect(trace.summary).not.toContain(core.idNumber);
    expect(trace.summary).not.toContain(String(form.mobile));
    expect(trace.summary).toContain(core.idNumber.slice(0, 4) + "**********");
  });

  it("U4: the accepted agreement version and time are stored", async () => {
    const core = await createCorePerson();
    const form = personForm(core);
    const before = Date.now();
    expect((await anonymous(() => registerPersonAccount(form))).ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { username: String(form.username) } });
    expect(user.agreementVersion).toBe(AGREEMENT_VERSION);
    expect(user.agreementAcceptedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("U4: registration without accepting the agreement is refused", async () => {
    const core = await createCorePerson();
    const res = await anonymous(() => registerPersonAccount(personForm(core, { agreement: undefined })));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { agreement: expect.stringContaining("网上服务协议") } });
  });

  it("U2: a name that does not match the ID number is refused and nothing is created", async () => {
    const core = await createCorePerson({ name: "欧阳明" });
    const before = await snapshot();
    const res = await anonymous(() => registerPersonAccount(personForm(core, { name: "欧阳亮" })));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", message: PERSON_MISMATCH_MESSAGE });
    expect(await snapshot()).toEqual(before);
  });

  it("U2: an ID number unknown to the core system gets the same refusal as a wrong name", async () => {
    const core = await createCorePerson();
    const { computeIdCheckChar } = await import("@/lib/identity/id-number");
    const first17 = core.idNumber.slice(0, 14) + String((Number(core.idNumber.slice(14, 17)) + 1) % 1000).padStart(3, "0");
    const unknownId = first17 + computeIdCheckChar(first17);
    const res = await anonymous(() => registerPersonAccount(personForm(core, { idNumber: unknownId, socialSecurityNo: unknownId })));
    expect(res).toMatchObject({ ok: false, message: PERSON_MISMATCH_MESSAGE });
  });

  it("U2: an invalid ID check digit is a field error, checked before the core system", async () => {
    const core = await createCorePerson();
    const last = core.idNumber.at(-1) === "1" ? "2" : "1";
    const res = await anonymous(() => registerPersonAccount(personForm(core, { idNumber: core.idNumber.slice(0, 17) + last })));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { idNumber: expect.stringContaining("校验位") } });
  });

  it("U2: the same person cannot register twice", async () => {
    const core = await createCorePerson();
    expect((await anonymous(() => registerPersonAccount(personForm(core)))).ok).toBe(true);
    const before = await snapshot();
    const res = await anonymous(() => registerPersonAccount(personForm(core)));
    expect(res).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { idNumber: expect.any(String) } });
    expect(await snapshot()).toEqual(before);
  });

  it("U2: a user name already in use is refused", async () => {
    const first = await createCorePerson();
    const second = await createCorePerson();
    const name = username("dup");
    expect((await anonymous(() => registerPersonAccount(personForm(first, { username: name })))).ok).toBe(true);
    const res = await anonymous(() => registerPersonAccount(personForm(second, { username: name })));
    expect(res).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { username: expect.stringContaining("已被使用") } });
  });
});

describe("unit registration (U3, U4)", () => {
  it("U3: a unit handler registers when the credit code, unit name and legal representative match", async () => {
    const core = await createCoreUnit();
    const form = unitForm(core);
    const res = await anonymous(() => registerUnitAccount(form));
    expect(res.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { username: String(form.username) } });
    expect(user).toMatchObject({ role: "UNIT", coreUnitId: core.id, creditCode: core.creditCode, unitName: core.name, name: "吴经办", agreementVersion: AGREEMENT_VERSION });
  });

  it("U3: a wrong legal representative is refused without saying which part was wrong, and nothing is created", async () => {
    const core = await createCoreUnit();
    const before = await snapshot();
    const res = await anonymous(() => registerUnitAccount(unitForm(core, { legalRepName: "李不对" })));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", message: UNIT_MISMATCH_MESSAGE });
    expect(await snapshot()).toEqual(before);
  });

  it("U3: a credit code with a wrong check character is a field error", async () => {
    const core = await createCoreUnit();
    const bad = core.creditCode.slice(0, 17) + (core.creditCode.at(-1) === "0" ? "1" : "0");
    const res = await anonymous(() => registerUnitAccount(unitForm(core, { creditCode: bad })));
    expect(res).toMatchObject({ ok: false, fieldErrors: { creditCode: expect.stringContaining("校验") } });
  });

  it("U3: the same handler cannot register the same unit twice", async () => {
    const core = await createCoreUnit();
    const handlerMobile = uniqueMobile();
    expect((await anonymous(() => registerUnitAccount(unitForm(core, { handlerMobile })))).ok).toBe(true);
    const res = await anonymous(() => registerUnitAccount(unitForm(core, { handlerMobile })));
    expect(res).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});
