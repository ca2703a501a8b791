import { randomBytes, randomUUID, scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { formatShanghai } from "@/lib/calendar";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { asUser, anonymous, createTestUser } from "@/tests/helpers";
import { completeLogin, startLogin } from "./login";
import { requestLoginCodeAction as requestLoginCode, unlockUserAction as unlockUser } from "./actions";
import { latestSmsCode, uniqueIp, uniqueMobile } from "./test-fixtures";

const PASSWORD = "Test1234abcd"; // the password createTestUser gives every account
const UA = "vitest-login";

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

async function newAccount(role: "PERSON" | "UNIT" | "STAFF" | "ADMIN" = "PERSON") {
  const mobile = uniqueMobile();
  const session = await createTestUser(role, { mobile });
  const user = await db.user.findUniqueOrThrow({ where: { id: session.id } });
  return { ...user, session, ip: uniqueIp() };
}

describe("login with password and SMS code (U5)", () => {
  it("U5: a right password sends a 6-digit code to the registered mobile and stores only its hash", async () => {
    const user = await newAccount();
    const { challengeId, maskedMobile } = await startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA });
    expect(maskedMobile).toBe(`${user.mobile.slice(0, 3)}****${user.mobile.slice(7)}`);
    const code = await latestSmsCode(user.mobile);
    expect(code).toMatch(/^\d{6}$/);
    const challenge = await db.smsChallenge.findUniqueOrThrow({ where: { id: challengeId } });
    expect(challenge.codeHash).not.toContain(code);
    expect(challenge.codeHash).toMatch(/^[0-9a-f]{64}$/);
    const lifetime = challenge.expiresAt.getTime() - challenge.createdAt.getTime();
    expect(lifetime).toBeGreaterThan(5 * 60_000 - 1000); // 5 minutes (createdAt is the database's own clock read)
    expect(lifetime).toBeLessThanOrEqual(5 * 60_000 + 1000);

    const result = await completeLogin({ challengeId, code, ip: user.ip, userAgent: UA });
    expect(result).toMatchObject({ userId: user.id, role: "PERSON", name: user.name });
    const session = await db.userSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session.userId).toBe(user.id);
    expect(session.expiresAt.getTime() - Date.now()).toBeGreaterThan(11 * 3600_000);
  });

  it("U5: the login action works for anonymous visitors and never returns the code", async () => {
    const user = await newAccount();
    const res = await anonymous(() => requestLoginCode({ identifier: user.username.toUpperCase(), password: PASSWORD }));
    expect(res.ok).toBe(true);
    const code = await latestSmsCode(user.mobile);
    expect(JSON.stringify(res)).not.toContain(code);
  });

  it("U5: a person logs in with the ID number and a unit handler with the credit code", async () => {
    const person = await newAccount();
    const idNumber = `11010119900101${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
    const { computeIdCheckChar } = await import("@/lib/identity/id-number");
    const fullId = idNumber + computeIdCheckChar(idNumber);
    await db.user.update({ where: { id: person.id }, data: { idNumber: fullId } });
    await expect(startLogin({ identifier: fullId.toLowerCase(), password: PASSWORD, ip: person.ip, userAgent: UA })).resolves.toHaveProperty("challengeId");

    const unit = await newAccount("UNIT");
    const { generateCreditCode, createRng } = await import("@/lib/identity");
    const creditCode = generateCreditCode(createRng(Date.now() % 100000), "370202");
    await db.user.update({ where: { id: unit.id }, data: { creditCode } });
    await expect(startLogin({ identifier: creditCode, password: PASSWORD, ip: unit.ip, userAgent: UA })).resolves.toHaveProperty("challengeId");
  });

  it("U5: an SMS code is single-use", async () => {
    const user = await newAccount();
    const { challengeId } = await startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA });
    const code = await latestSmsCode(user.mobile);
    await completeLogin({ challengeId, code, ip: user.ip, userAgent: UA });
    const again = await caught(completeLogin({ challengeId, code, ip: user.ip, userAgent: UA }));
    expect(again.message).toContain("已使用");
  });

  it("U5: the same code sent twice at once logs in only once", async () => {
    const user = await newAccount();
    const { challengeId } = await startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA });
    const code = await latestSmsCode(user.mobile);
    const results = await Promise.allSettled([1, 2, 3].map(() => completeLogin({ challengeId, code, ip: user.ip, userAgent: UA })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("U5: an SMS code expires after 5 minutes", async () => {
    const user = await newAccount();
    const { challengeId } = await startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA });
    const code = await latestSmsCode(user.mobile);
    await db.smsChallenge.update({ where: { id: challengeId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const error = await caught(completeLogin({ challengeId, code, ip: user.ip, userAgent: UA }));
    expect(error.message).toContain("已过期");
    expect(await db.userSession.count({ where: { userId: user.id, id: { not: user.session.sessionId } } })).toBe(0);
  });

  it("U5: five wrong codes use up the challenge, and then even the right code is refused", async () => {
    const user = await newAccount();
    const { challengeId } = await startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA });
    const code = await latestSmsCode(user.mobile);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 1; i <= 5; i++) {
      const error = await caught(completeLogin({ challengeId, code: wrong, ip: user.ip, userAgent: UA }));
      expect(error.message).toContain("验证码不正确");
      if (i < 5) expect(error.message).toContain(`还可尝试 ${5 - i} 次`);
    }
    const error = await caught(completeLogin({ challengeId, code, ip: user.ip, userAgent: UA }));
    expect(error.message).toContain("错误次数过多");
  });

  it("U5: a new code replaces the previous one", async () => {
    const user = await newAccount();
    const first = await startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA });
    const firstCode = await latestSmsCode(user.mobile);
    const second = await startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA });
    await expect(completeLogin({ challengeId: first.challengeId, code: firstCode, ip: user.ip, userAgent: UA })).rejects.toThrow(AppError);
    const secondCode = await latestSmsCode(user.mobile);
    await expect(completeLogin({ challengeId: second.challengeId, code: secondCode, ip: user.ip, userAgent: UA })).resolves.toHaveProperty("sessionId");
  });

  it("U5: an unknown user name gets the same answer as a wrong password", async () => {
    const user = await newAccount();
    const unknown = await caught(startLogin({ identifier: "nobody_here_123", password: PASSWORD, ip: user.ip, userAgent: UA }));
    const wrong = await caught(startLogin({ identifier: user.username, password: "Wrong1234", ip: user.ip, userAgent: UA }));
    expect(unknown.message).toBe(wrong.message);
    expect(unknown.code).toBe(wrong.code);
  });
});

describe("lockout (U6)", () => {
  it("U6: five wrong passwords lock the account for 30 minutes", async () => {
    const user = await newAccount();
    for (let i = 1; i <= 4; i++) {
      const error = await caught(startLogin({ identifier: user.username, password: `Wrong${i}abc`, ip: user.ip, userAgent: UA }));
      expect(error.code).toBe("UNAUTHENTICATED");
    }
    const fifth = await caught(startLogin({ identifier: user.username, password: "Wrong5abc", ip: user.ip, userAgent: UA }));
    expect(fifth.code).toBe("LOCKED");
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.lockedUntil).not.toBeNull();
    const lockMs = locked.lockedUntil!.getTime() - Date.now();
    expect(lockMs).toBeGreaterThan(29 * 60_000);
    expect(lockMs).toBeLessThanOrEqual(30 * 60_000);

    // The right password is refused now, with the unlock time in Beijing time.
    const sixth = await caught(startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA }));
    expect(sixth.code).toBe("LOCKED");
    expect(sixth.message).toContain(formatShanghai(locked.lockedUntil!, "datetime"));
    expect(await db.smsOutbox.count({ where: { mobile: user.mobile } })).toBe(0);

    const lockTrace = await db.operationTrace.findFirst({ where: { action: "account.lockout", entityId: user.id } });
    expect(lockTrace?.actorRole).toBe("SYSTEM");
  });

  it("U6: a successful login resets the count of failed passwords", async () => {
    const user = await newAccount();
    for (let i = 0; i < 3; i++) await caught(startLogin({ identifier: user.username, password: "Wrong1abc", ip: user.ip, userAgent: UA }));
    const { challengeId } = await startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA });
    await completeLogin({ challengeId, code: await latestSmsCode(user.mobile), ip: user.ip, userAgent: UA });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLogins).toBe(0);
  });

  it("U6: the lock ends by itself after 30 minutes", async () => {
    const user = await newAccount();
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    await expect(startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA })).resolves.toHaveProperty("challengeId");
  });

  it("U6: STAFF unlock a locked PERSON account early, and it can log in again", async () => {
    const user = await newAccount();
    for (let i = 0; i < 5; i++) await caught(startLogin({ identifier: user.username, password: "Wrong1abc", ip: user.ip, userAgent: UA }));
    expect((await caught(startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA }))).code).toBe("LOCKED");

    const staff = await createTestUser("STAFF");
    const res = await asUser(staff, () => unlockUser({ userId: user.id }));
    expect(res).toEqual({ ok: true, data: undefined });
    const unlocked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(unlocked.lockedUntil).toBeNull();
    expect(unlocked.failedLogins).toBe(0);
    await expect(startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA })).resolves.toHaveProperty("challengeId");

    const trace = await db.operationTrace.findFirstOrThrow({ where: { action: "account.unlock", entityId: user.id } });
    expect(trace.actorId).toBe(staff.id);
    expect(trace.actorRole).toBe("STAFF");
  });

  it("U6: STAFF cannot unlock a STAFF or ADMIN account", async () => {
    const other = await newAccount("STAFF");
    await db.user.update({ where: { id: other.id }, data: { lockedUntil: new Date(Date.now() + 30 * 60_000) } });
    const staff = await createTestUser("STAFF");
    const res = await asUser(staff, () => unlockUser({ userId: other.id }));
    expect(res).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).lockedUntil).not.toBeNull();
  });

  it("U6: the account rate limit stops password guessing beyond the limit", async () => {
    const user = await newAccount();
    // Lockout comes first; once locked, the attempts still count against the account's rate limit.
    let last: AppError | undefined;
    for (let i = 0; i < 12; i++) last = await caught(startLogin({ identifier: user.username, password: "Wrong1abc", ip: uniqueIp(), userAgent: UA }));
    expect(last?.code).toBe("RATE_LIMITED");
  });
});

describe("login log (U7)", () => {
  it("U7: every login attempt is logged with its outcome, address and browser", async () => {
    const user = await newAccount();
    await caught(startLogin({ identifier: user.username, password: "Wrong1abc", ip: user.ip, userAgent: UA }));
    const { challengeId } = await startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA });
    await caught(completeLogin({ challengeId, code: "abc", ip: user.ip, userAgent: UA }));
    await completeLogin({ challengeId, code: await latestSmsCode(user.mobile), ip: user.ip, userAgent: UA });

    const logs = await db.loginLog.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
    expect(logs.map((l) => l.reason)).toEqual(["BAD_PASSWORD", "SMS_SENT", "BAD_CODE", "OK"]);
    expect(logs.map((l) => l.success)).toEqual([false, false, false, true]);
    expect(logs.every((l) => l.ip === user.ip && l.userAgent === UA && l.username === user.username)).toBe(true);
  });

  it("U7: attempts on unknown accounts are logged too, with ID numbers masked", async () => {
    const ip = uniqueIp();
    await caught(startLogin({ identifier: "110101199003070019", password: "Wrong1abc", ip, userAgent: UA }));
    const log = await db.loginLog.findFirstOrThrow({ where: { ip }, orderBy: { id: "desc" } });
    expect(log).toMatchObject({ userId: null, reason: "UNKNOWN_USER", success: false, username: "1101**********0019" });
  });

  it("S7: a typed identifier that matched no account is stored masked, never in full", async () => {
    const ip = uniqueIp();
    const typed = `Nobody${randomUUID().slice(0, 8)}`;
    await caught(startLogin({ identifier: typed, password: "Wrong1abc", ip, userAgent: UA }));
    await caught(startLogin({ identifier: "abc", password: "Wrong1abc", ip, userAgent: UA }));
    const logs = await db.loginLog.findMany({ where: { ip }, orderBy: { id: "asc" } });
    expect(logs.map((l) => l.reason)).toEqual(["UNKNOWN_USER", "UNKNOWN_USER"]);
    expect(logs[0].username).toBe(`${typed.slice(0, 2)}${"*".repeat(typed.length - 4)}${typed.slice(-2)}`);
    expect(logs[1].username).toBe("a**");
    expect(JSON.stringify(logs)).not.toContain(typed.slice(2, -2));
  });

  it("U7: passwords and codes never reach the logs", async () => {
    const user = await newAccount();
    const { challengeId } = await startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA });
    const code = await latestSmsCode(user.mobile);
    await completeLogin({ challengeId, code, ip: user.ip, userAgent: UA });
    const logs = JSON.stringify(await db.loginLog.findMany({ where: { userId: user.id } }));
    const traces = JSON.stringify(await db.operationTrace.findMany({ where: { entityId: user.id } }));
    for (const text of [logs, traces]) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(code);
    }
  });
});

describe("password hashes (S7)", () => {
  /** A hash in the stored format made with the parameters used before S7 (N = 2^15). */
  function oldHash(password: string): string {
    const salt = randomBytes(16);
    const key = scryptSync(password.normalize("NFKC"), salt, 32, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    return ["scrypt", 32768, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
  }

  it("S7: a password hashed with the old parameters verifies and is upgraded to N=131072 after a successful login", async () => {
    const user = await newAccount();
    await db.user.update({ where: { id: user.id }, data: { passwordHash: oldHash(PASSWORD) } });

    // A wrong password changes nothing.
    await caught(startLogin({ identifier: user.username, password: "Wrong1abc", ip: user.ip, userAgent: UA }));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);

    const { challengeId } = await startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA });
    await completeLogin({ challengeId, code: await latestSmsCode(user.mobile), ip: user.ip, userAgent: UA });
    const upgraded = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    expect(upgraded).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword(PASSWORD, upgraded)).toBe(true);
    expect(await verifyPassword("Wrong1abc", upgraded)).toBe(false);
  });

  it("S7: new passwords are hashed with scrypt N=131072, r=8, p=1", async () => {
    expect(await hashPassword(PASSWORD)).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  });
});

describe("housekeeping", () => {
  it("U5: challenges a day past expiry are purged, live ones stay", async () => {
    const { purgeExpiredSmsChallenges } = await import("./sms-challenge");
    const user = await newAccount();
    const { challengeId } = await startLogin({ identifier: user.username, password: PASSWORD, ip: user.ip, userAgent: UA });
    const old = await db.smsChallenge.create({ data: { userId: user.id, mobile: user.mobile, purpose: "LOGIN", codeHash: "00", expiresAt: new Date(Date.now() - 2 * 86400_000) } });
    expect(await purgeExpiredSmsChallenges()).toBeGreaterThanOrEqual(1);
    expect(await db.smsChallenge.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.smsChallenge.findUnique({ where: { id: challengeId } })).not.toBeNull();
  });
});
