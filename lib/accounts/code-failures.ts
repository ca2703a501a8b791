/**
 * S3: wrong SMS codes are counted per account per Shanghai day, across challenges and
 * purposes, so five tries per code cannot be multiplied by asking for new codes. At the tenth
 * the account gets no new codes until the next day, its open codes end, and the holder is told
 * once, by inbox and SMS. STAFF can lift the pause after checking identity (manage-users.ts).
 * The count lives in the database, so every instance sees the same one.
 */
import { db } from "@/lib/db";
import { appendTrace } from "@/lib/audit/trace";
import { systemActor } from "@/lib/auth/actor";
import { addDays, shanghaiDateTime, shanghaiToday } from "@/lib/calendar";
import { postMessage } from "@/lib/messaging/inbox";
import { smsSender } from "@/lib/messaging/sms";

export const MAX_WRONG_CODES_PER_DAY = 10;

export const CODES_PAUSED_MESSAGE =
  `今日短信验证码输错已达${MAX_WRONG_CODES_PER_DAY}次，为保护账户安全，今日暂停向该账户发送验证码，次日零时（北京时间）起自动恢复。如需今日办理，请携带有效证件到社保经办机构核验后恢复，或拨打 12333 咨询。`;

/** Seconds until the next Shanghai midnight, when a new day's counts begin. */
export function secondsUntilNextDay(now: Date): number {
  const next = shanghaiDateTime(addDays(shanghaiToday(now), 1), "00:00");
  return Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000));
}

/** Is the account refused new codes today? One lookup by primary key, also for "no account" (""), so callers cost the same either way. */
export async function smsCodesPaused(userId: string, now: Date): Promise<boolean> {
  const row = await db.smsCodeFailureDay.findUnique({ where: { userId_day: { userId, day: shanghaiToday(now) } }, select: { pausedAt: true } });
  return !!row?.pausedAt;
}

/** Counts one wrong code of the account; the one that reaches the cap pauses it and tells the holder. */
export async function recordWrongCode(userId: string, now: Date, ip = ""): Promise<void> {
  const day = shanghaiToday(now);
  const { failures } = await db.smsCodeFailureDay.upsert({
    where: { userId_day: { userId, day } },
    create: { userId, day, failures: 1 },
    update: { failures: { increment: 1 } },
    select: { failures: true },
  });
  if (failures < MAX_WRONG_CODES_PER_DAY) return;
  await db.$transaction(async (tx) => {
    // No guessing goes on with a code issued before the pause.
    await tx.smsChallenge.updateMany({ where: { userId, consumedAt: null }, data: { consumedAt: now } });
    // Only the update that sets pausedAt goes on, so the holder hears of it once a day.
    const { count } = await tx.smsCodeFailureDay.updateMany({ where: { userId, day, pausedAt: null }, data: { pausedAt: now } });
    if (count === 0) return;
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { username: true, mobile: true } });
    await postMessage(tx, {
      userId,
      category: "ACCOUNT",
      title: "今日已暂停发送短信验证码",
      body:
        `您的账户今日累计输错短信验证码${MAX_WRONG_CODES_PER_DAY}次。为防止他人猜测验证码，今日不再向您的账户发送验证码，次日零时（北京时间）起自动恢复。` +
        "如非本人操作，说明有人知道您的账户信息，请尽快修改登录密码；如需今日办理，请携带有效证件到社保经办机构核验后恢复。",
    });
    await (await smsSender()).send({
      mobile: user.mobile,
      purpose: "NOTICE",
      content: `您的社会保险网上经办服务平台账户 ${user.username} 今日短信验证码输错已达${MAX_WRONG_CODES_PER_DAY}次，今日暂停发送验证码，次日自动恢复。如非本人操作，请尽快修改密码或拨打 12333 咨询。`,
    }, tx);
    await appendTrace(tx, systemActor(ip), { action: "account.sms-codes.pause", entity: "User", entityId: userId, summary: { day, failures } });
  });
}
