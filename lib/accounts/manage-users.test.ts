import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asUser, createTestUser } from "@/tests/helpers";
import {
  acknowledgeAccountChangesAction,
  assignUserRoleAction as assignUserRole,
  createBackOfficeUserAction as createStaffUser,
  editUserInfoAction as editUserInfo,
  lockUserAction as lockUser,
  resetUserPasswordAction as resetUserPassword,
  unlockUserAction as unlockUser,
} from "./actions";
import { searchUsers } from "./manage-users";
import { countUnseenAccountChanges, listAccountChanges } from "./account-overview";
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
      oldMobileNotified: true,
      sessionsEnded: 1,
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

describe("privileged changes are visible (S8)", () => {
  const masked = (mobile: string) => `${mobile.slice(0, 3)}****${mobile.slice(7)}`;

  it("S8: an administrator changing another user's mobile tells the old mobile and ends that user's sessions", async () => {
    const admin = await createTestUser("ADMIN");
    const [oldMobile, newMobile] = [uniqueMobile(), uniqueMobile()];
    const target = await createTestUser("PERSON", { mobile: oldMobile, name: "钱多多" });
    const secondSession = await db.userSession.create({ data: { userId: target.id, expiresAt: new Date(Date.now() + 3600_000) } });
    const adminSession = await db.userSession.findUniqueOrThrow({ where: { id: admin.sessionId } });

    expect(await asUser(admin, () => editUserInfo({ userId: target.id, name: "钱多多", mobile: newMobile }))).toEqual({ ok: true, data: { changed: true } });
    const sms = await db.smsOutbox.findMany({ where: { mobile: oldMobile } });
    expect(sms).toHaveLength(1);
    expect(sms[0].content).toContain(masked(newMobile));
    expect(sms[0].content).not.toContain(newMobile);
    for (const id of [target.sessionId, secondSession.id]) expect((await db.userSession.findUniqueOrThrow({ where: { id } })).revokedAt).not.toBeNull();
    // The administrator's own session is untouched.
    expect(await db.userSession.findUniqueOrThrow({ where: { id: admin.sessionId } })).toEqual(adminSession);
    const trace = await db.operationTrace.findFirstOrThrow({ where: { action: "account.profile.edit", entityId: target.id } });
    expect(trace).toMatchObject({ actorId: admin.id, actorRole: "ADMIN" });
    expect(JSON.parse(trace.summary)).toMatchObject({ oldMobileNotified: true, sessionsEnded: 2 });
  });

  it("S8: a change of name only keeps the sessions and sends no SMS", async () => {
    const admin = await createTestUser("ADMIN");
    const mobile = uniqueMobile();
    const target = await createTestUser("UNIT", { mobile, name: "孙经办" });
    expect((await asUser(admin, () => editUserInfo({ userId: target.id, name: "孙晓经办", mobile }))).ok).toBe(true);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: target.sessionId } })).revokedAt).toBeNull();
    expect(await db.smsOutbox.count({ where: { mobile } })).toBe(0);
  });

  it("S8: every administrator change to a STAFF account is traced with the administrator and waits for the holder, who confirms having seen it", async () => {
    const admin = await createTestUser("ADMIN", { name: "王管理" });
    const staff = await createTestUser("STAFF", { name: "李经办", mobile: uniqueMobile() });
    const ok = { ok: true };
    expect(await asUser(admin, () => editUserInfo({ userId: staff.id, name: "李明经办" }))).toMatchObject(ok);
    expect(await asUser(admin, () => assignUserRole({ userId: staff.id, role: "ADMIN" }))).toMatchObject(ok);
    expect(await asUser(admin, () => resetUserPassword({ userId: staff.id }))).toMatchObject(ok);
    expect(await asUser(admin, () => lockUser({ userId: staff.id, reason: "岗位调整" }))).toMatchObject(ok);
    expect(await asUser(admin, () => unlockUser({ userId: staff.id }))).toMatchObject(ok);

    const changes = await listAccountChanges(staff.id);
    expect(changes.map((c) => c.title).reverse()).toEqual(["账户变更：注册信息已修改", "账户变更：角色已调整", "账户变更：登录密码已重置", "账户变更：账户已停用", "账户变更：账户已解锁"]);
    for (const c of changes) expect(c.body).toContain("平台管理员 王管理 于");
    expect(changes.find((c) => c.title.endsWith("角色已调整"))?.body).toContain("由经办人员调整为平台管理员");
    expect(changes.find((c) => c.title.endsWith("注册信息已修改"))?.body).toContain("姓名由“李经办”改为“李明经办”");
    expect(changes.find((c) => c.title.endsWith("账户已停用"))?.body).toContain("岗位调整");
    const traces = await db.operationTrace.findMany({ where: { entityId: staff.id }, orderBy: { seq: "asc" } });
    expect(traces.map((t) => [t.action, t.actorId])).toEqual(
      ["account.profile.edit", "account.role.assign", "account.password.admin-reset", "account.lock", "account.unlock"].map((a) => [a, admin.id]),
    );

    // At the next login the holder's area counts them; confirming clears the count for them only.
    const relogged = { ...staff, role: "ADMIN" as const, sessionId: (await db.userSession.create({ data: { userId: staff.id, expiresAt: new Date(Date.now() + 3600_000) } })).id };
    const bystander = await createTestUser("STAFF");
    await asUser(admin, () => editUserInfo({ userId: bystander.id, name: "旁观经办" }));
    expect(await countUnseenAccountChanges(staff.id)).toBe(5);
    expect(await asUser(relogged, () => acknowledgeAccountChangesAction({}))).toEqual({ ok: true, data: { acknowledged: 5 } });
    expect(await countUnseenAccountChanges(staff.id)).toBe(0);
    expect(await countUnseenAccountChanges(bystander.id)).toBe(1);
    expect((await listAccountChanges(staff.id)).every((c) => c.readAt !== null)).toBe(true);
  });

  it("S8: a new back-office account finds its opening at first login; an administrator's change to their own account and changes to persons leave no notice", async () => {
    const admin = await createTestUser("ADMIN", { name: "赵管理" });
    const name = username("s");
    const res = await asUser(admin, () => createStaffUser({ username: name, name: "新同事", mobile: uniqueMobile(), role: "STAFF" }));
    expect(res.ok).toBe(true);
    const created = await db.user.findUniqueOrThrow({ where: { username: name } });
    const [opening] = await listAccountChanges(created.id);
    expect(opening).toMatchObject({ title: "账户变更：账户已开设", readAt: null });
    expect(opening.body).toContain(`平台管理员 赵管理 于`);
    expect(opening.body).toContain(`经办人员账户 ${name}`);

    expect((await asUser(admin, () => editUserInfo({ userId: admin.id, name: "赵大管理" }))).ok).toBe(true);
    expect(await countUnseenAccountChanges(admin.id)).toBe(0);
    const person = await createTestUser("PERSON", { name: "周一" });
    expect((await asUser(admin, () => editUserInfo({ userId: person.id, name: "周壹" }))).ok).toBe(true);
    expect(await countUnseenAccountChanges(person.id)).toBe(0);
  });
});
