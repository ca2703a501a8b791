/**
 * One-time SMS codes (U5 login second factor, U6 password reset). The 6-digit code is drawn
 * from crypto.randomInt and sent through the SmsSender; only HMAC-SM3(key, id:code) is
 * stored, because a plain hash of a 6-digit code is reversed by trying a million values. The
 * key is the SMS-code key derived from the root secret (S7), used for nothing else.
 * A code is single-use, lives 5 minutes, and allows 5 tries in all.
 */
import { randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { hmacSm3 } from "@/lib/gm/sm3";
import { derivedKey } from "@/lib/config";
import { smsSender, type SmsPurpose } from "@/lib/messaging/sms";

export const SMS_CODE_TTL_MS = 5 * 60 * 1000;
export const SMS_CODE_MAX_ATTEMPTS = 5;

export type ChallengePurpose = Extract<SmsPurpose, "LOGIN" | "RESET_PASSWORD">;

const SMS_TEXT: Record<ChallengePurpose, (code: string) => string> = {
  LOGIN: (code) => `您正在登录社会保险网上经办服务平台，验证码 ${code}，5分钟内有效。请勿将验证码告知他人。`,
  RESET_PASSWORD: (code) => `您正在找回社会保险网上经办服务平台登录密码，验证码 ${code}，5分钟内有效。如非本人操作，请忽略本短信。`,
};

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

/**
 * Stores a new challenge and sends its code, in the caller's transaction so the outbox row
 * exists exactly when the challenge does. Earlier open codes of the same user and purpose end.
 */
export async function issueSmsChallenge(
  tx: Tx,
  target: { userId: string; mobile: string; purpose: ChallengePurpose },
  now = new Date(),
): Promise<{ challengeId: string }> {
  await tx.smsChallenge.updateMany({
    where: { userId: target.userId, purpose: target.purpose, consumedAt: null },
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
      expiresAt: new Date(now.getTime() + SMS_CODE_TTL_MS),
    },
  });
  await (await smsSender()).send({ mobile: target.mobile, purpose: target.purpose, content: SMS_TEXT[target.purpose](code) }, tx);
  return { challengeId };
}

export type ChallengeFailure = "NO_CHALLENGE" | "CODE_USED" | "CODE_EXPIRED" | "TOO_MANY_ATTEMPTS" | "BAD_CODE";

export type ChallengeCheck =
  | { ok: true; userId: string | null; mobile: string }
  | { ok: false; reason: ChallengeFailure; userId: string | null; message: string };

const MESSAGES: Record<Exclude<ChallengeFailure, "BAD_CODE">, string> = {
  NO_CHALLENGE: "验证码无效，请重新获取",
  CODE_USED: "验证码已使用或已失效，请重新获取",
  CODE_EXPIRED: "验证码已过期，请重新获取",
  TOO_MANY_ATTEMPTS: "验证码错误次数过多，请重新获取",
};

/**
 * Checks a code and, when right, consumes the challenge. Each try first claims one of the
 * five attempts with a conditional update, so parallel guesses cannot exceed the limit, and
 * the consuming update is conditional too, so a code logs in once even when sent twice at once.
 */
export async function verifySmsChallenge(
  challengeId: string,
  code: string,
  purpose: ChallengePurpose,
  now = new Date(),
): Promise<ChallengeCheck> {
  const challenge = challengeId ? await db.smsChallenge.findUnique({ where: { id: challengeId } }) : null;
  const fail = (reason: Exclude<ChallengeFailure, "BAD_CODE">): ChallengeCheck => ({ ok: false, reason, userId: challenge?.userId ?? null, message: MESSAGES[reason] });
  if (!challenge || challenge.purpose !== purpose) return fail("NO_CHALLENGE");
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
    const after = await db.smsChallenge.findUnique({ where: { id: challenge.id }, select: { attempts: true } });
    const left = SMS_CODE_MAX_ATTEMPTS - (after?.attempts ?? SMS_CODE_MAX_ATTEMPTS);
    const message = left > 0 ? `验证码不正确，还可尝试 ${left} 次` : "验证码不正确，错误次数过多，请重新获取";
    return { ok: false, reason: "BAD_CODE", userId: challenge.userId, message };
  }

  const consumed = await db.smsChallenge.updateMany({ where: open, data: { consumedAt: now } });
  if (consumed.count === 0) return fail("CODE_USED");
  return { ok: true, userId: challenge.userId, mobile: challenge.mobile };
}

/** Housekeeping: challenges a day past their expiry are of no further use (the login log keeps the history). */
export async function purgeExpiredSmsChallenges(now = new Date()): Promise<number> {
  const { count } = await db.smsChallenge.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
  return count;
}
