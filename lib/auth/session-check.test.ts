import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser } from "@/tests/helpers";
import { completeLogin, startLogin } from "@/lib/accounts/login";
import { latestSmsCode, uniqueIp, uniqueMobile } from "@/lib/accounts/test-fixtures";
import { checkSession, checkSessionSnapshot } from "./session-check";

const MINUTE = 60_000;

/** A session row as the real two-step login writes it; `at` is when the login completed. */
async function loginForReal(role: "PERSON" | "UNIT" = "PERSON", extra: { coreUnitId?: number } = {}) {
  const mobile = uniqueMobile();
  const user = await createTestUser(role, { mobile, ...extra });
  const { username } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  const ip = uniqueIp();
  const { challengeId } = await startLogin({ identifier: username, password: "Test1234abcd", ip, userAgent: "vitest-session" });
  const { sessionId } = await completeLogin({ challengeId, code: await latestSmsCode(mobile), ip, userAgent: "vitest-session" });
  const row = await db.userSession.findUniqueOrThrow({ where: { id: sessionId } });
  return { userId: user.id, sessionId, at: row.createdAt };
}

const after = (at: Date, ms: number) => new Date(at.getTime() + ms);

describe("the server-side session check", () => {
  it("U6: a live session row yields its user, with role, name and unit read from the database", async () => {
    const s = await loginForReal("UNIT", { coreUnitId: 424242 });
    expect(await checkSession(s, after(s.at, MINUTE))).toMatchObject({ id: s.userId, role: "UNIT", sessionId: s.sessionId, unitId: 424242 });
    // A change made since login applies at the next request, whatever the token says.
    await db.user.update({ where: { id: s.userId }, data: { name: "改名后" } });
    expect(await checkSession(s, after(s.at, 2 * MINUTE))).toMatchObject({ name: "改名后" });
  });

  it("U6: a session idle for 30 minutes has ended; each use moves the idle clock on", async () => {
    const s = await loginForReal();
    expect(await checkSession(s, after(s.at, 29 * MINUTE))).not.toBeNull();
    // Used at minute 29, so still live at minute 58, then idle from there.
    expect(await checkSession(s, after(s.at, 58 * MINUTE))).not.toBeNull();
    expect(await checkSession(s, after(s.at, 58 * MINUTE + 30 * MINUTE))).toBeNull();
  });

  it("U6: a session in constant use still ends 12 hours after login", async () => {
    const s = await loginForReal();
    const twelveHours = 12 * 60 * MINUTE;
    for (let t = 20 * MINUTE; t < twelveHours; t += 20 * MINUTE) expect(await checkSession(s, after(s.at, t)), `at ${t / MINUTE} min`).not.toBeNull();
    expect(await checkSession(s, after(s.at, twelveHours - MINUTE))).not.toBeNull();
    expect(await checkSession(s, after(s.at, twelveHours))).toBeNull();
  });

  it("U6: a logged-out (revoked) session is refused at once", async () => {
    const s = await loginForReal();
    await db.userSession.update({ where: { id: s.sessionId }, data: { revokedAt: after(s.at, MINUTE) } });
    expect(await checkSession(s, after(s.at, 2 * MINUTE))).toBeNull();
  });

  it("U6: the session of a disabled account is refused", async () => {
    const s = await loginForReal();
    await db.user.update({ where: { id: s.userId }, data: { status: "DISABLED" } });
    expect(await checkSession(s, after(s.at, MINUTE))).toBeNull();
  });

  it("U9: a token naming another user's session, or a session that does not exist, is refused", async () => {
    const mine = await loginForReal();
    const theirs = await loginForReal();
    expect(await checkSession({ userId: mine.userId, sessionId: theirs.sessionId }, after(theirs.at, MINUTE))).toBeNull();
    expect(await checkSession({ userId: mine.userId, sessionId: "no-such-session" }, after(mine.at, MINUTE))).toBeNull();
  });

  it("U6/S8: the page's session check also counts the unread messages and the unseen account changes, only the holder's own", async () => {
    const s = await loginForReal();
    const other = await loginForReal();
    const base = { category: "APPOINTMENT" as const, title: "通知", body: "正文" };
    const before = await checkSessionSnapshot(s, after(s.at, MINUTE));
    await db.message.createMany({
      data: [
        { ...base, userId: s.userId },
        { ...base, userId: s.userId, readAt: new Date() },
        { ...base, userId: s.userId, category: "ACCOUNT", title: "账户变更" },
        { ...base, userId: other.userId },
      ],
    });
    const snapshot = await checkSessionSnapshot(s, after(s.at, 2 * MINUTE));
    expect(snapshot?.user).toMatchObject({ id: s.userId, sessionId: s.sessionId });
    expect(snapshot!.unread - before!.unread).toBe(2);
    expect(snapshot!.unseenAccountChanges - before!.unseenAccountChanges).toBe(1);
    await db.userSession.update({ where: { id: s.sessionId }, data: { revokedAt: new Date() } });
    expect(await checkSessionSnapshot(s, after(s.at, 3 * MINUTE))).toBeNull();
  });
});
