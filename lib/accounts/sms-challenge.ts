/**
/**
 * One-time SMS codes (U5 login second factor, U6 password reset, S5 registration). The 6-digit
 * code is drawn from crypto.randomInt and sent through the SmsSender; only HMAC-SM3(key,
 * id:code) is stored, because a plain hash of a 6-digit code is reversed by trying a million
 * values. The key is the SMS-code key derived from the root secret (S7), used for nothing else.
 * A code is single-use, lives 5 minutes, and allows 5 tries in all. Codes per account and per
 * mobile are capped per Shanghai day, and wrong codes are counted per account per day (S3,
 * code-failures.ts). Every failed check gets one answer (S4).
 */
import { randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { hmacSm3 } from "@/lib/gm/sm3";
import { derivedKey } from "@/lib/config";
import { addDays, shanghaiToday } from "@/lib/calendar";
import { hitRateLimit } from "@/lib/security/rate-limit";
import { smsSender, type SmsPurpose } from "@/lib/messaging/sms";
import { ACCOUNT_RATE_LIMITS } from "./rate-limits";
import { CODES_PAUSED_MESSAGE, recordWrongCode, secondsUntilNextDay, smsCodesPaused } from "./code-failures";

export const SMS_CODE_TTL_MS = 5 * 60 * 1000;
export const SMS_CODE_MAX_ATTEMPTS = 5;

export type ChallengePurpose = Extract<SmsPurpose, "LOGIN" | "RESET_PASSWORD" | "REGISTER">;

const SMS_TEXT: Record<ChallengePurpose, (code: string) => string> = {
  LOGIN: (code) => `您正在登录社会保险网上经办服务平台，验证码 ${code}，5分钟内有效。请勿将验证码告知他人。`,
  RESET_PASSWORD: (code) => `您正在找回社会保险网上经办服务平台登录密码，验证码 ${code}，5分钟内有效。如非本人操作，请忽略本短信。`,
  REGISTER: (code) => `您正在注册社会保险网上经办服务平台账户，验证码 ${code}，5分钟内有效。如非本人操作，请忽略本短信。`,
};

/** S4: the one answer to every failed code, whether wrong, used, expired, unknown or someone else's. */
export const CODE_REFUSED_MESSAGE = "验证码不正确或已失效，请重新获取";

export function codeRefusedError(): AppError {
  return new AppError("VALIDATION", CODE_REFUSED_MESSAGE, { fieldErrors: { code: CODE_REFUSED_MESSAGE } });
}

export function generateSmsCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

export function hashSmsCode(challengeId: string, code: string): string {
  return hmacSm3(derivedKey("sms-code"), `${challengeId}:${code}`);
}

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export type SmsQuotaRefusal = { reason: "MOBILE_DAY_LIMIT" | "ACCOUNT_DAY_LIMIT" | "CODES_PAUSED"; error: AppError };

/**
 * S3: may a code go to this account and mobile today? Counts the request against both daily
 * caps. It runs the same queries with or without an account (userId null), so a caller that
 * must not tell the two apart (reset step one, S4) spends the same work on both.
 */
export async function checkSmsQuota(target: { userId: string | null; mobile: string }, now: Date): Promise<SmsQuotaRefusal | null> {
  const day = shanghaiToday(now);
  const paused = await smsCodesPaused(target.userId ?? "", now);
  const perAccount = await hitRateLimit(ACCOUNT_RATE_LIMITS.challengesPerAccountDay, `${target.userId ?? `none:${target.mobile}`}:${day}`, now);
  const perMobile = await hitRateLimit(ACCOUNT_RATE_LIMITS.challengesPerMobileDay, `${target.mobile}:${day}`, now);
  const retryAfterSeconds = secondsUntilNextDay(now);
  const dailyLimit = () => new AppError("RATE_LIMITED", "今日获取短信验证码的次数已达上限，请于次日再试", { retryAfterSeconds });
  if (!perMobile.allowed) return { reason: "MOBILE_DAY_LIMIT", error: dailyLimit() };
  if (target.userId && paused) return { reason: "CODES_PAUSED", error: new AppError("LOCKED", CODES_PAUSED_MESSAGE, { retryAfterSeconds }) };
  if (target.userId && !perAccount.allowed) return { reason: "ACCOUNT_DAY_LIMIT", error: dailyLimit() };
  return null;
}

/**
 * Stores a new challenge and sends its code, in the caller's transaction so the outbox row
 * exists exactly when the challenge does. Earlier open codes of the same account (or, without
 * one, of the same mobile) and purpose end. `deliver: false` stores the same row with a code
 * nobody receives: reset step one answers a mismatch that way (S4). `subjectHash` binds a
 * registration code to the data it confirms (S5).
 */
export async function issueSmsChallenge(
  tx: Tx,
  target: { userId: string | null; mobile: string; purpose: ChallengePurpose; subjectHash?: string; deliver?: boolean },
  now = new Date(),
): Promise<{ challengeId: string }> {
  await tx.smsChallenge.updateMany({
    where: { ...(target.userId ? { userId: target.userId } : { userId: null, mobile: target.mobile }), purpose: target.purpose, consumedAt: null },
    data: { consumedAt: now },
  });
  const challengeId = randomUUID();
  const code = generateSmsCode();
  await tx.smsChallenge.create({
    data: {
      id: challengeId,
      userId: target.userId,
      mobile: target.mobile,
      purpose: target.purpose,
      codeHash: hashSmsCode(challengeId, code),
      subjectHash: target.subjectHash ?? null,
      expiresAt: new Date(now.getTime() + SMS_CODE_TTL_MS),
      createdAt: now,
    },
  });
  if (target.deliver !== false) {
    await (await smsSender()).send({ mobile: target.mobile, purpose: target.purpose, content: SMS_TEXT[target.purpose](code) }, tx);
  }
  return { challengeId };
}

/** Why a check failed: for the login log only. The caller answers every failure alike (S4). */
export type ChallengeFailure = "NO_CHALLENGE" | "CODE_USED" | "CODE_EXPIRED" | "TOO_MANY_ATTEMPTS" | "BAD_CODE";

export type ChallengeCheck =
  | { ok: true; userId: string | null; mobile: string }
  | { ok: false; reason: ChallengeFailure; userId: string | null };

/**
 * Checks a code and, when right, consumes the challenge. Each try first claims one of the
 * five attempts with a conditional update, so parallel guesses cannot exceed the limit, and
 * the consuming update is conditional too, so a code logs in once even when sent twice at once.
 * A wrong code of an account counts towards its daily cap (S3).
 */
export async function verifySmsChallenge(
  challengeId: string,
  code: string,
  purpose: ChallengePurpose,
  now = new Date(),
  options: { subjectHash?: string; ip?: string } = {},
): Promise<ChallengeCheck> {
  const challenge = challengeId ? await db.smsChallenge.findUnique({ where: { id: challengeId } }) : null;
  const fail = (reason: ChallengeFailure): ChallengeCheck => ({ ok: false, reason, userId: challenge?.userId ?? null });
  if (!challenge || challenge.purpose !== purpose || challenge.subjectHash !== (options.subjectHash ?? null)) return fail("NO_CHALLENGE");
  if (challenge.consumedAt) return fail("CODE_USED");
  if (challenge.expiresAt <= now) return fail("CODE_EXPIRED");

  const open = { id: challenge.id, consumedAt: null, expiresAt: { gt: now } };
  const claimed = await db.smsChallenge.updateMany({
    where: { ...open, attempts: { lt: SMS_CODE_MAX_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (claimed.count === 0) {
    const current = await db.smsChallenge.findUnique({ where: { id: challenge.id } });
    return fail(current?.consumedAt ? "CODE_USED" : current && current.expiresAt <= now ? "CODE_EXPIRED" : "TOO_MANY_ATTEMPTS");
  }

  if (!/^\d{6}$/.test(code) || !sameHash(hashSmsCode(challenge.id, code), challenge.codeHash)) {
    if (challenge.userId) await recordWrongCode(challenge.userId, now, options.ip);
    return fail("BAD_CODE");
  }

  const consumed = await db.smsChallenge.updateMany({ where: open, data: { consumedAt: now } });
  if (consumed.count === 0) return fail("CODE_USED");
  return { ok: true, userId: challenge.userId, mobile: challenge.mobile };
}

/**
 * Housekeeping: challenges a day past their expiry are of no further use (the login log keeps
 * the history), nor are wrong-code counts of days before yesterday (each pause is in the trace).
 */
export async function purgeExpiredSmsChallenges(now = new Date()): Promise<number> {
  const { count } = await db.smsChallenge.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
  await db.smsCodeFailureDay.deleteMany({ where: { day: { lt: addDays(shanghaiToday(now), -1) } } });
  return count;
}
