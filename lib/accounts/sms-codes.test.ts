import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { addDays, shanghaiDateTime, shanghaiToday } from "@/lib/calendar";
import { asUser, createTestUser } from "@/tests/helpers";
import { completeLogin, startLogin } from "./login";
import { completePasswordReset, startPasswordReset } from "./password-reset";
import { recordWrongCode } from "./code-failures";
import { purgeExpiredSmsChallenges } from "./sms-challenge";
import { searchUsers } from "./manage-users";
import { completePasswordResetAction, requestPasswordResetAction, resumeSmsCodesAction } from "./actions";
import { asVisitor, latestSmsCode, uniqueIp, uniqueMobile } from "./test-fixtures";

const PASSWORD = "Test1234abcd"; // createTestUser's password
const UA = "vitest-sms";
/** The one answer to every failed code (S4), written out here rather than imported. */
const ONE_ANSWER = "验证码不正确或已失效，请重新获取";

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

async function account(role: "PERSON" | "STAFF" = "PERSON", mobile = uniqueMobile()) {
  const session = await createTestUser(role, { mobile });
  const user = await db.user.findUniqueOrThrow({ where: { id: session.id } });
  return { ...user, session, ip: uniqueIp() };
}

const wrongFor = (code: string) => (code === "000000" ? "111111" : "000000");

/** Ten minutes pass for the short-window limits (codes per phone, passwords per account); the daily counts stay. */
async function tenMinutesPass() {
  await db.rateLimitBucket.deleteMany({ where: { OR: [{ key: { startsWith: "sms:phone:" } }, { key: { startsWith: "login:account:" } }] } });
}

async function loginCode(user: { username: string; mobile: string; ip: string }, now = new Date()) {
  const { challengeId } = await startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA }, now);
  return { challengeId, code: await latestSmsCode(user.mobile) };
}

const smsTo = (mobile: string) => db.smsOutbox.count({ where: { mobile } });

describe("wrong SMS codes counted per account per day (S3)", () => {
  it("S3: the 11th wrong code of the day is refused, even the right code is, and the holder is told once by inbox and SMS", async () => {
    const user = await account();
    const now = new Date();
    // Five wrong codes use up one login code.
    const first = await loginCode(user, now);
    for (let i = 0; i < 5; i++) await caught(completeLogin({ challengeId: first.challengeId, code: wrongFor(first.code), ip: user.ip, userAgent: UA }, now));
    // Four more on a reset code, one on a new login code: ten across challenges and purposes.
    const reset = await startPasswordReset({ identifier: user.username, mobile: user.mobile }, { ip: user.ip, userAgent: UA }, now);
    const resetCode = await latestSmsCode(user.mobile);
    for (let i = 0; i < 4; i++) await caught(completePasswordReset({ challengeId: reset.challengeId, code: wrongFor(resetCode), password: "N3wPassword1" }, { ip: user.ip, userAgent: UA }, now));
    const second = await loginCode(user, now);
    await caught(completeLogin({ challengeId: second.challengeId, code: wrongFor(second.code), ip: user.ip, userAgent: UA }, now));
    const day = await db.smsCodeFailureDay.findUniqueOrThrow({ where: { userId_day: { userId: user.id, day: shanghaiToday(now) } } });
    expect(day.failures).toBe(10);
    expect(day.pausedAt).not.toBeNull();

    // The 11th: the reset code still had a try left, and it is refused like every failure.
    const eleventh = await caught(completePasswordReset({ challengeId: reset.challengeId, code: wrongFor(resetCode), password: "N3wPassword1" }, { ip: user.ip, userAgent: UA }, now));
    expect(eleventh.message).toBe(ONE_ANSWER);
    // The right codes are refused too: the pause ended every open code of the account.
    expect((await caught(completePasswordReset({ challengeId: reset.challengeId, code: resetCode, password: "N3wPassword1" }, { ip: user.ip, userAgent: UA }, now))).message).toBe(ONE_ANSWER);
    expect((await caught(completeLogin({ challengeId: second.challengeId, code: second.code, ip: user.ip, userAgent: UA }, now))).message).toBe(ONE_ANSWER);
    expect(await db.userSession.count({ where: { userId: user.id, id: { not: user.session.sessionId } } })).toBe(0);

    // No new login code: the right password gets the pause explained instead.
    const sentBefore = await smsTo(user.mobile);
    const refused = await caught(startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA }, now));
    expect(refused.code).toBe("LOCKED");
    expect(refused.message).toContain("今日暂停");
    expect(refused.message).toContain("次日");
    expect(await smsTo(user.mobile)).toBe(sentBefore);

    // Told once: one inbox message, one SMS notice, one trace row, however many failures follow.
    await recordWrongCode(user.id, now);
    expect(await db.message.count({ where: { userId: user.id, title: "今日已暂停发送短信验证码" } })).toBe(1);
    const notices = await db.smsOutbox.findMany({ where: { mobile: user.mobile, purpose: "NOTICE" } });
    expect(notices).toHaveLength(1);
    expect(notices[0].content).toContain("10次");
    expect(await db.operationTrace.count({ where: { action: "account.sms-codes.pause", entityId: user.id } })).toBe(1);
  });

  it("S3: a paused account asking for a reset code gets the usual answer and a row, but no code", async () => {
    const user = await account();
    const now = new Date();
    for (let i = 0; i < 10; i++) await recordWrongCode(user.id, now);
    const sentBefore = await smsTo(user.mobile);
    const res = await asVisitor(() => requestPasswordResetAction({ identifier: user.username, mobile: user.mobile }));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(await smsTo(user.mobile)).toBe(sentBefore);
    expect(await db.smsChallenge.findUnique({ where: { id: res.data.challengeId } })).toMatchObject({ purpose: "RESET_PASSWORD", mobile: user.mobile });
  });

  it("S3: the next Shanghai day the account gets codes again", async () => {
    const user = await account();
    const today = shanghaiToday(new Date());
    const lateToday = shanghaiDateTime(today, "23:58");
    for (let i = 0; i < 10; i++) await recordWrongCode(user.id, lateToday);
    expect((await caught(startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA }, lateToday))).code).toBe("LOCKED");

    const justAfterMidnight = new Date(shanghaiDateTime(addDays(today, 1), "00:00").getTime() + 60_000);
    const { challengeId, code } = await loginCode(user, justAfterMidnight);
    await expect(completeLogin({ challengeId, code, ip: user.ip, userAgent: UA }, justAfterMidnight)).resolves.toHaveProperty("sessionId");
  });

  it("S3: STAFF find the paused account and clear the pause; codes are sent again and the clearing is traced", async () => {
    const user = await account();
    const now = new Date();
    for (let i = 0; i < 10; i++) await recordWrongCode(user.id, now);
    const staff = await createTestUser("STAFF");

    const listed = await searchUsers(staff, { q: user.username, status: "BLOCKED" }, now);
    expect(listed.items).toEqual([expect.objectContaining({ id: user.id, smsCodesPaused: true, lockedUntil: null })]);

    expect(await asUser(staff, () => resumeSmsCodesAction({ userId: user.id }))).toEqual({ ok: true, data: undefined });
    const { challengeId, code } = await loginCode(user);
    await expect(completeLogin({ challengeId, code, ip: user.ip, userAgent: UA })).resolves.toHaveProperty("sessionId");
    const trace = await db.operationTrace.findFirstOrThrow({ where: { action: "account.sms-codes.resume", entityId: user.id } });
    expect(trace).toMatchObject({ actorId: staff.id, actorRole: "STAFF" });
    expect((await searchUsers(staff, { q: user.username, status: "BLOCKED" }, now)).items).toHaveLength(0);

    // Nothing to clear now; and a colleague's account is not STAFF's to clear.
    expect(await asUser(staff, () => resumeSmsCodesAction({ userId: user.id }))).toMatchObject({ ok: false, code: "CONFLICT" });
    const colleague = await account("STAFF");
    for (let i = 0; i < 10; i++) await recordWrongCode(colleague.id, now);
    expect(await asUser(staff, () => resumeSmsCodesAction({ userId: colleague.id }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const person = await createTestUser("PERSON");
    expect(await asUser(person, () => resumeSmsCodesAction({ userId: user.id }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("S3: housekeeping drops the counts of days before yesterday and keeps the recent ones", async () => {
    const user = await account();
    const now = new Date();
    const today = shanghaiToday(now);
    for (const day of [addDays(today, -3), addDays(today, -1), today]) await db.smsCodeFailureDay.create({ data: { userId: user.id, day, failures: 10, pausedAt: now } });
    await purgeExpiredSmsChallenges(now);
    const kept = await db.smsCodeFailureDay.findMany({ where: { userId: user.id }, orderBy: { day: "asc" } });
    expect(kept.map((r) => r.day)).toEqual([addDays(today, -1), today]);
  });
});

describe("codes per account and per mobile capped per day (S3)", () => {
  it("S3: an account gets at most 10 codes a day; the 11th is refused even to a fresh mobile", async () => {
    const user = await account();
    for (let i = 0; i < 10; i++) {
      await tenMinutesPass();
      if (i % 2 === 0) await loginCode(user);
      else await startPasswordReset({ identifier: user.username, mobile: user.mobile }, { ip: user.ip, userAgent: UA });
    }
    expect(await db.smsChallenge.count({ where: { userId: user.id } })).toBe(10);
    // A new mobile has its own count, so what refuses the 11th is the account's.
    const fresh = uniqueMobile();
    await db.user.update({ where: { id: user.id }, data: { mobile: fresh } });
    await tenMinutesPass();
    const eleventh = await caught(startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA }));
    expect(eleventh.code).toBe("RATE_LIMITED");
    expect(eleventh.message).toContain("次日");
    expect(await smsTo(fresh)).toBe(0);
  });

  it("S3: a mobile gets at most 10 codes a day, whichever accounts ask; the 11th is refused", async () => {
    const mobile = uniqueMobile();
    const a = await account("PERSON", mobile);
    const b = await account("PERSON", mobile);
    for (let i = 0; i < 10; i++) {
      await tenMinutesPass();
      await loginCode(i % 2 === 0 ? a : b);
    }
    expect(await smsTo(mobile)).toBe(10);
    await tenMinutesPass();
    const eleventh = await caught(startLogin({ identifier: a.username, password: PASSWORD, ip: a.ip, userAgent: UA }));
    expect(eleventh.code).toBe("RATE_LIMITED");
    // Reset step one refuses it too, and alike for a pair that does not match (the cap is the typed mobile's).
    const viaReset = await asVisitor(() => requestPasswordResetAction({ identifier: b.username, mobile }));
    const viaStranger = await asVisitor(() => requestPasswordResetAction({ identifier: "nobody_at_all", mobile }));
    expect(viaReset).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(viaStranger).toMatchObject({ ok: false, code: "RATE_LIMITED", message: (viaReset as { message: string }).message });
    expect(await smsTo(mobile)).toBe(10);
  });
});

describe("one answer whether or not an identifier and a mobile belong together (S4)", () => {
  it("S4: reset step one answers alike and writes the same kind of row for a matching pair, a wrong mobile and an unknown account", async () => {
    const user = await account();
    const otherMobile = uniqueMobile();
    const pairs = [
      { identifier: user.username, mobile: user.mobile },
      { identifier: user.username, mobile: otherMobile },
      { identifier: "nobody_registered_x", mobile: otherMobile },
    ];
    const rows = [];
    for (const pair of pairs) {
      await tenMinutesPass();
      const res = await asVisitor(() => requestPasswordResetAction(pair));
      expect(res.ok).toBe(true);
      if (!res.ok) return;
      expect(Object.keys(res.data).sort()).toEqual(["challengeId", "maskedMobile"]);
      expect(res.data.maskedMobile).toBe(`${pair.mobile.slice(0, 3)}****${pair.mobile.slice(7)}`);
      const row = await db.smsChallenge.findUniqueOrThrow({ where: { id: res.data.challengeId } });
      rows.push(row);
    }
    for (const row of rows) {
      expect(row).toMatchObject({ purpose: "RESET_PASSWORD", attempts: 0, consumedAt: null, subjectHash: null });
      expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(5 * 60_000);
    }
    expect(rows.map((r) => r.mobile)).toEqual([user.mobile, otherMobile, otherMobile]);
    // Only the matching pair's holder gets a code.
    expect(await smsTo(user.mobile)).toBe(1);
    expect(await smsTo(otherMobile)).toBe(0);
  });

  it("S4: reset step two gives one answer for a wrong code, a mismatched pair's challenge, an unknown one and a login code", async () => {
    const user = await account();
    const reset = await asVisitor(() => requestPasswordResetAction({ identifier: user.username, mobile: user.mobile }));
    const mismatch = await asVisitor(() => requestPasswordResetAction({ identifier: user.username, mobile: uniqueMobile() }));
    if (!reset.ok || !mismatch.ok) throw new Error("step one failed");
    const resetCode = await latestSmsCode(user.mobile);
    await tenMinutesPass();
    const login = await loginCode(user);
    const attempt = (challengeId: string, code: string) =>
      asVisitor(() => completePasswordResetAction({ challengeId, code, password: "N3wPassword1", confirmPassword: "N3wPassword1" }));

    const answers = [
      await attempt(reset.data.challengeId, wrongFor(resetCode)),
      await attempt(mismatch.data.challengeId, resetCode),
      await attempt(mismatch.data.challengeId, "123456"),
      await attempt("00000000-0000-4000-8000-000000000000", resetCode),
      await attempt(login.challengeId, login.code),
    ];
    for (const answer of answers) {
      expect(answer).toEqual({ ok: false, code: "VALIDATION", message: ONE_ANSWER, fieldErrors: { code: ONE_ANSWER } });
    }
  });

  it("S4: login step two gives one answer for a wrong code, an unknown challenge, another user's, a used, an expired and a used-up one", async () => {
    // One account per state, since a new login code ends the account's previous one.
    const [a, b, c, d, e] = await Promise.all([account(), account(), account(), account(), account()]);
    const client = { ip: a.ip, userAgent: UA };
    const open = await loginCode(a);
    const used = await loginCode(b);
    await completeLogin({ ...client, challengeId: used.challengeId, code: used.code });
    const expired = await loginCode(c);
    await db.smsChallenge.update({ where: { id: expired.challengeId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const usedUp = await loginCode(d);
    for (let i = 0; i < 5; i++) await caught(completeLogin({ ...client, challengeId: usedUp.challengeId, code: wrongFor(usedUp.code) }));
    const others = await loginCode(e);

    const errors = [
      await caught(completeLogin({ ...client, challengeId: open.challengeId, code: wrongFor(open.code) })),
      await caught(completeLogin({ ...client, challengeId: "no-such-challenge", code: "123456" })),
      await caught(completeLogin({ ...client, challengeId: "", code: "123456" })),
      await caught(completeLogin({ ...client, challengeId: others.challengeId, code: wrongFor(others.code) })),
      await caught(completeLogin({ ...client, challengeId: used.challengeId, code: used.code })),
      await caught(completeLogin({ ...client, challengeId: expired.challengeId, code: expired.code })),
      await caught(completeLogin({ ...client, challengeId: usedUp.challengeId, code: usedUp.code })),
    ];
    for (const error of errors) {
      expect({ code: error.code, message: error.message, fieldErrors: error.fieldErrors }).toEqual({ code: "VALIDATION", message: ONE_ANSWER, fieldErrors: { code: ONE_ANSWER } });
    }
    // The login log still tells the reasons apart, for the holder and the administrator.
    expect((await db.loginLog.findFirstOrThrow({ where: { userId: c.id }, orderBy: { id: "desc" } })).reason).toBe("CODE_EXPIRED");
    expect((await db.loginLog.findFirstOrThrow({ where: { userId: d.id }, orderBy: { id: "desc" } })).reason).toBe("TOO_MANY_ATTEMPTS");
  });
});
