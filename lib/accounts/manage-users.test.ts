import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asUser, createTestUser } from "@/tests/helpers";
import {
  assignUserRoleAction as assignUserRole,
  createBackOfficeUserAction as createStaffUser,
  editUserInfoAction as editUserInfo,
  lockUserAction as lockUser,
  resetUserPasswordAction as resetUserPassword,
  unlockUserAction as unlockUser,
} from "./actions";
import { searchUsers } from "./manage-users";
import { startLogin } from "./login";
import { uniqueIp, uniqueMobile, username } from "./test-fixtures";

describe("user management by ADMIN (U8)", () => {
  it("U8: the user list masks ID numbers and mobiles", async () => {
    const admin = await createTestUser("ADMIN");
    const mobile = uniqueMobile();
    const person = await createTestUser("PERSON", { mobile, name: "司马测试" });
    const idNumber = "11010519491231002X";
    await db.user.update({ where: { id: person.id }, data: { idNumber } });
    const result = await searchUsers(admin, { q: idNumber });
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ id: person.id, idNumber: "1101**********002X", mobile: `${mobile.slice(0, 3)}****${mobile.slice(7)}` });
    const byName = await searchUsers(admin, { q: "司马测试" });
    expect(byName.items.map((u) => u.id)).toContain(person.id);
  });

  it("U8: lock ends the user's sessions and refuses login; unlock restores it; both traced", async () => {
    const admin = await createTestUser("ADMIN");
    const mobile = uniqueMobile();
    const target = await createTestUser("PERSON", { mobile });
    expect(await asUser(admin, () => lockUser({ userId: target.id, reason: "本人申请冻结" }))).toEqual({ ok: true, data: undefined });
    expect((await db.userSession.findUniqueOrThrow({ where: { id: target.sessionId } })).revokedAt).not.toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    await expect(startLogin({ identifier: user.username, password: "Test1234abcd", ip: uniqueIp(), userAgent: "vitest" })).rejects.toThrow("停用");

    // STAFF may not lift an administrator's lock.
    const staff = await createTestUser("STAFF");
    expect(await asUser(staff, () => unlockUser({ userId: target.id }))).toMatchObject({ ok: false, code: "CONFLICT" });

    expect((await asUser(admin, () => unlockUser({ userId: target.id }))).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("ACTIVE");
    const actions = (await db.operationTrace.findMany({ where: { entityId: target.id }, orderBy: { seq: "asc" } })).map((t) => t.action);
    expect(actions).toEqual(["account.lock", "account.unlock"]);
  });

  it("U8: an administrator cannot lock themselves", async () => {
    const admin = await createTestUser("ADMIN");
    expect(await asUser(admin, () => lockUser({ userId: admin.id, reason: "测试" }))).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("U8: reset password replaces it with one nobody sees, ends sessions and notifies the registered mobile", async () => {
    const admin = await createTestUser("ADMIN");
    const mobile = uniqueMobile();
    const target = await createTestUser("UNIT", { mobile });
    const before = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    const res = await asUser(admin, () => resetUserPassword({ userId: target.id }));
    expect(res).toEqual({ ok: true, data: { maskedMobile: `${mobile.slice(0, 3)}****${mobile.slice(7)}` } });
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: target.sessionId } })).revokedAt).not.toBeNull();
    const sms = await db.smsOutbox.findFirstOrThrow({ where: { mobile }, orderBy: { id: "desc" } });
    expect(sms.content).toContain("找回密码");
    const trace = await db.operationTrace.findFirstOrThrow({ where: { action: "account.password.admin-reset", entityId: target.id } });
    expect(trace.summary).not.toContain(mobile);
  });

  it("U8: roles move between STAFF and ADMIN; an administrator cannot demote themselves; persons are not promoted", async () => {
    const admin = await createTestUser("ADMIN");
    const staff = await createTestUser("STAFF");
    expect((await asUser(admin, () => assignUserRole({ userId: staff.id, role: "ADMIN" }))).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).role).toBe("ADMIN");

    expect(await asUser(admin, () => assignUserRole({ userId: admin.id, role: "STAFF" }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");

    const person = await createTestUser("PERSON");
    expect(await asUser(admin, () => assignUserRole({ userId: person.id, role: "STAFF" }))).toMatchObject({ ok: false, code: "CONFLICT" });
    const trace = await db.operationTrace.findFirstOrThrow({ where: { action: "account.role.assign", entityId: staff.id } });
    expect(JSON.parse(trace.summary)).toEqual({ before: { role: "STAFF" }, after: { role: "ADMIN" } });
  });

  it("U8: editing registration info is traced with masked before and after", async () => {
    const admin = await createTestUser("ADMIN");
    const oldMobile = uniqueMobile();
    const target = await createTestUser("PERSON", { mobile: oldMobile, name: "张小明" });
    const newMobile = uniqueMobile();
    const res = await asUser(admin, () => editUserInfo({ userId: target.id, name: "张晓明", mobile: newMobile }));
    expect(res).toEqual({ ok: true, data: { changed: true } });
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ name: "张晓明", mobile: newMobile });
    const trace = await db.operationTrace.findFirstOrThrow({ where: { action: "account.profile.edit", entityId: target.id } });
    expect(JSON.parse(trace.summary)).toEqual({
      before: { name: "张*明", mobile: `${oldMobile.slice(0, 3)}****${oldMobile.slice(7)}` },
      after: { name: "张*明", mobile: `${newMobile.slice(0, 3)}****${newMobile.slice(7)}` },
    });
    expect(trace.summary).not.toContain(newMobile);
  });

  it("U8: an administrator opens a STAFF account that has no usable password until reset by SMS", async () => {
    const admin = await createTestUser("ADMIN");
    const mobile = uniqueMobile();
    const name = username("s");
    const res = await asUser(admin, () => createStaffUser({ username: name, name: "新经办", mobile, role: "STAFF" }));
    expect(res.ok).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { username: name } })).toMatchObject({ role: "STAFF", mobile });
    expect((await db.smsOutbox.findFirstOrThrow({ where: { mobile } })).content).toContain(name);
  });

  it("U9: STAFF see only PERSON and UNIT accounts in search", async () => {
    const staff = await createTestUser("STAFF");
    const admin = await createTestUser("ADMIN", { name: "隐藏的管理员" });
    const result = await searchUsers(staff, { q: "隐藏的管理员" });
    expect(result.items.map((u) => u.id)).not.toContain(admin.id);
  });
});
