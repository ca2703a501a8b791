/**
 * 现场签到与爽约 (A6): STAFF checks a visitor in at a window of the booked centre on the day
 * of the visit, or marks a booking a no-show once its slot has started. Both are traced; a
 * no-show also tells the person, since three of them restrict booking (A5).
 */
import { shanghaiToday } from "@/lib/calendar";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { postMessage } from "@/lib/messaging/inbox";
import { areaPath } from "@/lib/auth/roles";
import { NO_SHOW_LIMIT, NO_SHOW_PERIOD_DAYS, RESTRICTION_DAYS } from "./no-show";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { slotStartsAt } from "./slots";

const notBooked = () => new AppError("CONFLICT", "该预约已签到、已取消或已标记爽约");

export async function checkInAppointment(actor: UserActor, input: { appointmentId: string; windowId: number }, now: Date) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const appointment = await db.appointment.findUnique({ where: { id: input.appointmentId } });
  if (!appointment) throw notFound("预约");
  if (appointment.status !== "BOOKED") throw notBooked();
  if (appointment.date !== shanghaiToday(now)) throw new AppError("VALIDATION", `只能在预约当日（${appointment.date}）签到`);
  const window = await db.centreWindow.findFirst({ where: { id: input.windowId, centreId: appointment.centreId, active: true } });
  if (!window) throw new AppError("VALIDATION", "请选择本网点在用的窗口", { fieldErrors: { windowId: "请选择本网点在用的窗口" } });

  await db.$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({
      where: { id: appointment.id, status: "BOOKED" },
      data: { status: "CHECKED_IN", checkedInAt: now, windowId: window.id, activeKey: null },
    });
    if (count === 0) throw notBooked();
    await appendTrace(tx, actor, {
      action: "appointment.checkIn",
      entity: "Appointment",
      entityId: appointment.id,
      summary: { bookingNo: appointment.bookingNo, window: window.number, before: "BOOKED", after: "CHECKED_IN" },
    });
  });
  return { bookingNo: appointment.bookingNo, window: window.number };
}

export async function markNoShow(actor: UserActor, appointmentId: string, now: Date) {
  assertRole(actor, ["STAFF", "ADMIN"]);
  const appointment = await db.appointment.findUnique({ where: { id: appointmentId }, include: { user: { select: { role: true } }, item: { select: { name: true } } } });
  if (!appointment) throw notFound("预约");
  if (appointment.status !== "BOOKED") throw notBooked();
  if (slotStartsAt(appointment.date, appointment.startTime) > now) throw new AppError("VALIDATION", "预约时段开始后才能标记爽约");

  await db.$transaction(async (tx) => {
    const { count } = await tx.appointment.updateMany({ where: { id: appointment.id, status: "BOOKED" }, data: { status: "NO_SHOW", activeKey: null } });
    if (count === 0) throw notBooked();
    await postMessage(tx, {
      userId: appointment.userId,
      category: "APPOINTMENT",
      title: `预约未到场：${appointment.item.name}`,
      body: `您预约的 ${appointment.date} ${appointment.startTime} 办理“${appointment.item.name}”（预约号 ${appointment.bookingNo}）未按时到场，已记录爽约一次。${NO_SHOW_PERIOD_DAYS} 天内累计爽约 ${NO_SHOW_LIMIT} 次将暂停网上预约 ${RESTRICTION_DAYS} 天。`,
      link: areaPath(appointment.user.role, "appointments"),
    });
    await appendTrace(tx, actor, {
      action: "appointment.noShow",
      entity: "Appointment",
      entityId: appointment.id,
      summary: { bookingNo: appointment.bookingNo, before: "BOOKED", after: "NO_SHOW" },
    });
  });
  return { bookingNo: appointment.bookingNo };
}
