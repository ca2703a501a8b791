/**
 * 预约提醒 (A4): the day before the visit, each BOOKED appointment gets one reminder in the
 * inbox and by SMS. reminderSentAt is claimed with a conditional update inside the same
 * transaction as the messages, so a job that runs twice (or on two instances) reminds once.
 */
import { addDays, shanghaiToday, weekdayOf } from "@/lib/calendar";
import { db } from "@/lib/db";
import { appendTrace } from "@/lib/audit/trace";
import { systemActor } from "@/lib/auth/actor";
import { postMessage } from "@/lib/messaging/inbox";
import { smsSender } from "@/lib/messaging/sms";
import { areaPath } from "@/lib/auth/roles";

const BATCH = 200;

/** Sends the reminders due at `now` (visits tomorrow, Asia/Shanghai); returns how many were sent. */
export async function sendAppointmentReminders(now: Date): Promise<number> {
  const tomorrow = addDays(shanghaiToday(now), 1);
  const sms = await smsSender();
  let sent = 0;
  let cursor: string | undefined;
  for (;;) {
    const due = await db.appointment.findMany({
      where: { date: tomorrow, status: "BOOKED", reminderSentAt: null, ...(cursor ? { id: { gt: cursor } } : {}) },
      include: {
        item: { select: { name: true } },
        user: { select: { mobile: true, role: true } },
        slot: { select: { endTime: true, centre: { select: { name: true, address: true } } } },
      },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (due.length === 0) return sent;
    cursor = due[due.length - 1].id;
    for (const a of due) {
      const when = `${a.date}（${weekdayOf(a.date)}）${a.startTime}-${a.slot.endTime}`;
      const reminded = await db.$transaction(async (tx) => {
        const { count } = await tx.appointment.updateMany({ where: { id: a.id, status: "BOOKED", reminderSentAt: null }, data: { reminderSentAt: now } });
        if (count === 0) return false; // reminded meanwhile, or cancelled
        await postMessage(tx, {
          userId: a.userId,
          category: "APPOINTMENT",
          title: `明日预约提醒：${a.item.name}`,
          body: `您已预约 ${when} 到${a.slot.centre.name}（${a.slot.centre.address}）办理“${a.item.name}”，预约号 ${a.bookingNo}。请携带有效身份证件和所需材料按时到场；如不能前往，请在时段开始前取消。`,
          link: areaPath(a.user.role, "appointments"),
        });
        await sms.send({ mobile: a.user.mobile, purpose: "APPOINTMENT", content: `温馨提示：您预约${when}到${a.slot.centre.name}办理${a.item.name}，预约号${a.bookingNo}，请按时到场。` }, tx);
        await appendTrace(tx, systemActor(), { action: "appointment.remind", entity: "Appointment", entityId: a.id, summary: { bookingNo: a.bookingNo } });
        return true;
      });
      if (reminded) sent += 1;
    }
  }
}
