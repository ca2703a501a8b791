/**
 * 取消预约 (A5): a booking the booker may see (their own; for a unit handler, any of the
 * unit's), until its slot starts. The seat goes back to the slot in the same transaction, and
 * activeKey is cleared so the holder may book the item for that day again.
 */
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { postMessage } from "@/lib/messaging/inbox";
import { areaPath } from "@/lib/auth/roles";
import { BOOKING_TX_OPTIONS, type Booker } from "./book-appointment";
import { bookingsVisibleTo } from "./ownership";
import { slotStartsAt } from "./slots";

export async function cancelAppointment(booker: Booker, appointmentId: string, now: Date): Promise<{ bookingNo: string }> {
  // Scoped to the owner: another user's (or unit's) id reads as "not found", never "not yours" (U9).
  const visible = bookingsVisibleTo(booker);
  const appointment = await db.appointment.findFirst({
    where: { id: appointmentId, ...visible },
    include: { item: { select: { name: true } }, slot: { select: { endTime: true, centre: { select: { name: true } } } } },
  });
  if (!appointment) throw notFound("预约");
  if (appointment.status !== "BOOKED") throw new AppError("CONFLICT", "该预约已取消或已办理，不能再取消");
  if (slotStartsAt(appointment.date, appointment.startTime) <= now) throw new AppError("CONFLICT", "预约时段已开始，不能取消");

  await db.$transaction(async (tx) => {
    // Slot row first, then the appointment: the same lock order as bookAppointment.
    await tx.appointmentSlot.updateMany({ where: { id: appointment.slotId, booked: { gt: 0 } }, data: { booked: { decrement: 1 } } });
    const { count } = await tx.appointment.updateMany({
      where: { id: appointment.id, ...visible, status: "BOOKED" },
      data: { status: "CANCELLED", activeKey: null, cancelledAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", "该预约已取消或已办理，不能再取消"); // lost a race: roll the seat back
    // The message goes to whoever booked; a colleague of the unit cancelling is named in it.
    const byColleague = appointment.userId !== booker.id;
    await postMessage(tx, {
      userId: appointment.userId,
      category: "APPOINTMENT",
      title: `预约已取消：${appointment.item.name}`,
      body: `您预约的 ${appointment.date} ${appointment.startTime}-${appointment.slot.endTime} 在${appointment.slot.centre.name}办理“${appointment.item.name}”（预约号 ${appointment.bookingNo}）已${byColleague ? "由本单位其他经办人" : ""}取消。`,
      link: areaPath(booker.role, "appointments"),
    });
    await appendTrace(tx, booker, {
      action: "appointment.cancel",
      entity: "Appointment",
      entityId: appointment.id,
      summary: { bookingNo: appointment.bookingNo, before: "BOOKED", after: "CANCELLED", ...(byColleague ? { bookedBy: appointment.userId } : {}) },
    });
  }, BOOKING_TX_OPTIONS);
  return { bookingNo: appointment.bookingNo };
}
