import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { asUser, anonymous, createTestUser } from "@/tests/helpers";
import { changeOwnPasswordAction as changeOwnPassword, completePasswordResetAction, requestPasswordResetAction as requestPasswordReset } from "./actions";
import { startLogin } from "./login";
import { latestSmsCode, uniqueIp, uniqueMobile } from "./test-fixtures";

const OLD = "Test1234abcd"; // createTestUser's password
const NEW = "N3wPassword";

async function person() {
  const mobile = uniqueMobile();
  const session = await createTestUser("PERSON", { mobile });
  const user = await db.user.findUniqueOrThrow({ where: { id: session.id } });
  return { session, user, mobile };
}

describe("password reset by SMS code (U6)", () => {
  it("U6: account + registered mobile → code → new password; old sessions end and the change is traced", async () => {
    const { user, mobile, session } = await person();
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() + 600_000) } });
    const start = await anonymous(() => requestPasswordReset({ identifier: user.username, mobile }));
    expect(start.ok).toBe(true);
    if (!start.ok) return;
    const code = await latestSmsCode(mobile);
    const done = await anonymous(() => completePasswordResetAction({ challengeId: start.data.challengeId, code, password: NEW, confirmPassword: NEW }));
    expect(done).toEqual({ ok: true, data: { username: user.username } });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(NEW, after.passwordHash)).toBe(true);
    expect(after.lockedUntil).toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: session.sessionId } })).revokedAt).not.toBeNull();
    const trace = await db.operationTrace.findFirstOrThrow({ where: { action: "account.password.reset", entityId: user.id } });
    expect(trace.summary).not.toContain(mobile);
    await expect(startLogin({ identifier: user.username, password: NEW, ip: uniqueIp(), userAgent: "vitest" })).resolves.toHaveProperty("challengeId");
  });

  it("U6: a mobile that is not the registered one gets the same answer but no code", async () => {
    const { user } = await person();
    const other = uniqueMobile();
    const res = await anonymous(() => requestPasswordReset({ identifier: user.username, mobile: other }));
    expect(res.ok).toBe(true);
    expect(await db.smsOutbox.count({ where: { mobile: other } })).toBe(0);
    if (!res.ok) return;
    const done = await anonymous(() => completePasswordResetAction({ challengeId: res.data.challengeId, code: "123456", password: NEW, confirmPassword: NEW }));
    expect(done).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("U6: a reset code is single-use", async () => {
    const { user, mobile } = await person();
    const start = await anonymous(() => requestPasswordReset({ identifier: user.username, mobile }));
    if (!start.ok) throw new Error(start.message);
    const code = await latestSmsCode(mobile);
    const input = { challengeId: start.data.challengeId, code, password: NEW, confirmPassword: NEW };
    expect((await anonymous(() => completePasswordResetAction(input))).ok).toBe(true);
    expect(await anonymous(() => completePasswordResetAction({ ...input, password: "An0therPass", confirmPassword: "An0therPass" }))).toMatchObject({ ok: false });
  });

  it("U6: a login code cannot be used to reset the password", async () => {
    const { user, mobile } = await person();
    const { challengeId } = await startLogin({ identifier: user.username, password: OLD, ip: uniqueIp(), userAgent: "vitest" });
    const code = await latestSmsCode(mobile);
    const res = await anonymous(() => completePasswordResetAction({ challengeId, code, password: NEW, confirmPassword: NEW }));
    expect(res).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("password change (U6)", () => {
  it("U6: the old password is required, other sessions end, the current one stays", async () => {
    const { user, session } = await person();
    const other = await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
    const wrong = await asUser(session, () => changeOwnPassword({ oldPassword: "Wrong1234", password: NEW, confirmPassword: NEW }));
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { oldPassword: "原密码不正确" } });

    const res = await asUser(session, () => changeOwnPassword({ oldPassword: OLD, password: NEW, confirmPassword: NEW }));
    expect(res).toEqual({ ok: true, data: { sessionsEnded: 1 } });
    expect(await verifyPassword(NEW, (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: other.id } })).revokedAt).not.toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: session.sessionId } })).revokedAt).toBeNull();
    expect(await db.operationTrace.count({ where: { action: "account.password.change", entityId: user.id } })).toBe(1);
  });

  it("U6: a weak new password or a mismatched confirmation is refused with field errors", async () => {
    const { session } = await person();
    const weak = await asUser(session, () => changeOwnPassword({ oldPassword: OLD, password: "short", confirmPassword: "other" }));
    expect(weak).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { password: expect.stringContaining("8至32位"), confirmPassword: "两次输入的密码不一致" } });
  });
});
