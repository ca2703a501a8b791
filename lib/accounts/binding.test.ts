import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asUser, createTestUser, TEST_CLIENT } from "@/tests/helpers";
import { bindAccountAction as bindUserAccount, unbindAccountAction as unbindUserAccount } from "./actions";
import { bindAccount, PERSON_ALREADY_BOUND_MESSAGE, unbindAccount } from "./binding";
import { PERSON_MISMATCH_MESSAGE } from "./register";
import { createCorePerson, createCoreUnit } from "./test-fixtures";

/** A PERSON account bound to a core person, as registration leaves it. */
async function boundPersonAccount(corePerson: { id: number; idType: string; idNumber: string; socialCardNo: string | null; name: string }) {
  const user = await createTestUser("PERSON", { corePersonId: corePerson.id, name: corePerson.name });
  await db.user.update({
    where: { id: user.id },
    data: { idType: corePerson.idType, idNumber: corePerson.idNumber, socialSecurityNo: corePerson.idNumber, socialCardNo: corePerson.socialCardNo },
  });
  return user;
}

const bindingFields = (userId: string) =>
  db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { name: true, corePersonId: true, idType: true, idNumber: true, socialSecurityNo: true, socialCardNo: true, coreUnitId: true, creditCode: true, unitName: true },
  });

const tracesOf = (userId: string) => db.operationTrace.findMany({ where: { entity: "User", entityId: userId }, orderBy: { seq: "asc" } });

describe("binding and unbinding accounts to the core system (U8, LD/T 01 §6.2.5)", () => {
  it("U8: an account bound to the wrong person is unbound and bound again to the right one; both traced and announced", async () => {
    const admin = await createTestUser("ADMIN");
    const wrong = await createCorePerson({ name: "林晓梅", socialCardNo: "A11111111" });
    const right = await createCorePerson({ name: "林小梅", socialCardNo: "B22222222" });
    const user = await boundPersonAccount(wrong);

    const unbound = await asUser(admin, () => unbindUserAccount({ userId: user.id, reason: "误绑定他人信息，本人持证申请更正" }));
    expect(unbound).toMatchObject({ ok: true, data: { sessionsEnded: 1 } });
    expect(await bindingFields(user.id)).toMatchObject({ corePersonId: null, idType: null, idNumber: null, socialSecurityNo: null, socialCardNo: null });

    const bound = await asUser(admin, () =>
      bindUserAccount({ kind: "PERSON", userId: user.id, idType: "01", idNumber: ` ${right.idNumber.toLowerCase()} `, name: "林 小梅" }),
    );
    expect(bound).toEqual({ ok: true, data: undefined });
    expect(await bindingFields(user.id)).toMatchObject({
      name: "林小梅",
      corePersonId: right.id,
      idType: "01",
      idNumber: right.idNumber,
      socialSecurityNo: right.idNumber,
      socialCardNo: "B22222222",
    });

    const traces = await tracesOf(user.id);
    expect(traces.map((t) => t.action)).toEqual(["account.unbind", "account.bind"]);
    const [unbindTrace, bindTrace] = traces.map((t) => JSON.parse(t.summary) as Record<string, Record<string, unknown>>);
    expect(unbindTrace.reason).toBe("误绑定他人信息，本人持证申请更正");
    expect(unbindTrace.before).toMatchObject({ corePersonId: wrong.id, idNumber: `${wrong.idNumber.slice(0, 4)}**********${wrong.idNumber.slice(14)}` });
    expect(unbindTrace.after).toMatchObject({ corePersonId: null, idNumber: null });
    expect(bindTrace.after).toMatchObject({ corePersonId: right.id, name: "林*梅" });
    for (const t of traces) {
      expect(t.actorId).toBe(admin.id);
      expect(t.summary).not.toContain(wrong.idNumber);
      expect(t.summary).not.toContain(right.idNumber);
    }

    const messages = await db.message.findMany({ where: { userId: user.id } });
    expect(messages.map((m) => m.category)).toEqual(["ACCOUNT", "ACCOUNT"]);
    expect(messages.map((m) => m.title).sort()).toEqual(["您的账户已绑定参保人员信息", "您的账户绑定已解除"].sort());
    expect(messages.map((m) => m.body).join()).not.toContain(right.idNumber);
  });

  it("U8: binding with a name that does not match the core person is refused and changes nothing", async () => {
    const admin = await createTestUser("ADMIN");
    const person = await createCorePerson({ name: "林晓梅" });
    const user = await createTestUser("PERSON");
    const before = await bindingFields(user.id);

    const res = await asUser(admin, () => bindUserAccount({ kind: "PERSON", userId: user.id, idType: "01", idNumber: person.idNumber, name: "林晓明" }));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", message: PERSON_MISMATCH_MESSAGE });
    expect(await bindingFields(user.id)).toEqual(before);
    expect(await tracesOf(user.id)).toHaveLength(0);
    expect(await db.message.count({ where: { userId: user.id } })).toBe(0);
  });

  it("U8: a core person already bound to another account cannot be bound again", async () => {
    const admin = await createTestUser("ADMIN");
    const person = await createCorePerson({ name: "林晓梅" });
    await boundPersonAccount(person);
    const user = await createTestUser("PERSON");
    const before = await bindingFields(user.id);

    const res = await asUser(admin, () => bindUserAccount({ kind: "PERSON", userId: user.id, idType: "01", idNumber: person.idNumber, name: person.name }));
    expect(res).toMatchObject({ ok: false, code: "CONFLICT", message: PERSON_ALREADY_BOUND_MESSAGE });
    expect(await bindingFields(user.id)).toEqual(before);
    expect(await tracesOf(user.id)).toHaveLength(0);
  });

  it("U8: STAFF can neither bind nor unbind, through the action or the domain function", async () => {
    const staff = await createTestUser("STAFF");
    const person = await createCorePerson({ name: "林晓梅" });
    const bound = await boundPersonAccount(person);
    const unboundUser = await createTestUser("PERSON");
    const other = await createCorePerson({ name: "林晓梅" });

    expect(await asUser(staff, () => unbindUserAccount({ userId: bound.id, reason: "经办人员尝试解绑" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await asUser(staff, () => bindUserAccount({ kind: "PERSON", userId: unboundUser.id, idType: "01", idNumber: other.idNumber, name: other.name })),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await expect(unbindAccount({ ...staff, ...TEST_CLIENT }, bound.id, "经办人员尝试解绑")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(bindAccount({ ...staff, ...TEST_CLIENT }, unboundUser.id, { idType: "01", idNumber: other.idNumber, name: other.name })).rejects.toMatchObject({ code: "FORBIDDEN" });

    expect((await bindingFields(bound.id)).corePersonId).toBe(person.id);
    expect((await bindingFields(unboundUser.id)).corePersonId).toBeNull();
    expect(await tracesOf(bound.id)).toHaveLength(0);
  });

  it("U8: unbinding a unit account ends all of the user's sessions; it can then be bound to its unit again", async () => {
    const admin = await createTestUser("ADMIN");
    const unit = await createCoreUnit();
    const user = await createTestUser("UNIT", { coreUnitId: unit.id });
    await db.user.update({ where: { id: user.id }, data: { creditCode: unit.creditCode, unitName: unit.name, legalRepName: unit.legalRepName, legalRepPhone: unit.legalRepPhone } });
    const second = await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });

    const res = await asUser(admin, () => unbindUserAccount({ userId: user.id, reason: "单位更换经办人" }));
    expect(res).toEqual({ ok: true, data: { sessionsEnded: 2 } });
    expect(await db.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: second.id } })).revokedAt).not.toBeNull();
    expect(await bindingFields(user.id)).toMatchObject({ coreUnitId: null, creditCode: null, unitName: null });
    expect(JSON.parse((await tracesOf(user.id))[0].summary)).toMatchObject({ reason: "单位更换经办人", sessionsEnded: 2 });

    // Unbinding again is refused: there is nothing to unbind.
    expect(await asUser(admin, () => unbindUserAccount({ userId: user.id, reason: "重复操作" }))).toMatchObject({ ok: false, code: "CONFLICT" });

    const rebind = await asUser(admin, () => bindUserAccount({ kind: "UNIT", userId: user.id, creditCode: unit.creditCode.toLowerCase(), unitName: unit.name }));
    expect(rebind.ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      coreUnitId: unit.id,
      creditCode: unit.creditCode,
      unitName: unit.name,
      legalRepName: unit.legalRepName,
      legalRepPhone: unit.legalRepPhone,
    });
    expect((await tracesOf(user.id)).map((t) => t.action)).toEqual(["account.unbind", "account.bind"]);
  });

  it("U8: back-office accounts are not bound, and a bound account is unbound before it is bound again", async () => {
    const admin = await createTestUser("ADMIN");
    const staff = await createTestUser("STAFF");
    const person = await createCorePerson({ name: "林晓梅" });
    expect(
      await asUser(admin, () => bindUserAccount({ kind: "PERSON", userId: staff.id, idType: "01", idNumber: person.idNumber, name: person.name })),
    ).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await bindingFields(staff.id)).corePersonId).toBeNull();

    const bound = await boundPersonAccount(await createCorePerson({ name: "林晓梅" }));
    expect(
      await asUser(admin, () => bindUserAccount({ kind: "PERSON", userId: bound.id, idType: "01", idNumber: person.idNumber, name: person.name })),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});
