/**
 * When a day stops being open after people booked it (a centre closes, ADMIN turns a day into
 * a holiday), their bookings are cancelled by the system, the seats released, and each person
 * told by inbox and SMS — inside the transaction that closes the day.
 */
import type { DayString } from "@/lib/calendar";
import type { Tx } from "@/lib/db";
import { appendTrace } from "@/lib/audit/trace";
import { systemActor } from "@/lib/auth/actor";
import { postMessage } from "@/lib/messaging/inbox";
import { smsSender } from "@/lib/messaging/sms";
import { areaPath } from "@/lib/auth/roles";

export async function cancelBookingsForClosure(tx: Tx, where: { date: DayString; centreId?: number }, reason: string, now: Date): Promise<number> {
  const affected = await tx.appointment.findMany({
    where: { ...where, status: "BOOKED" },
    include: { item: { select: { name: true } }, user: { select: { mobile: true, role: true } }, slot: { select: { centre: { select: { name: true } } } } },
  });
  const sms = await smsSender();
  for (const a of affected) {
    await tx.appointmentSlot.updateMany({ where: { id: a.slotId, booked: { gt: 0 } }, data: { booked: { decrement: 1 } } });
    await tx.appointment.update({ where: { id: a.id }, data: { status: "CANCELLED", activeKey: null, cancelledAt: now } });
    await postMessage(tx, {
      userId: a.userId,
      category: "APPOINTMENT",
      title: `预约已取消：${a.item.name}`,
      body: `因${a.slot.centre.name} ${a.date} ${reason}，您的预约（预约号 ${a.bookingNo}）已由系统取消，给您带来不便敬请谅解。请重新选择其他日期预约，或拨打 12333 咨询。`,
      link: areaPath(a.user.role, "appointments"),
    });
    await sms.send({ mobile: a.user.mobile, purpose: "APPOINTMENT", content: `因${a.slot.centre.name}${a.date}${reason}，您的预约${a.bookingNo}已取消，请重新预约。` }, tx);
    await appendTrace(tx, systemActor(), {
      action: "appointment.cancelForClosure",
      entity: "Appointment",
      entityId: a.id,
      summary: { bookingNo: a.bookingNo, reason, before: "BOOKED", after: "CANCELLED" },
    });
  }
  return affected.length;
}
