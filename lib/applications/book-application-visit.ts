/**
 * 预约办 (P5): after the online pre-examination, the applicant books a window slot for the
 * originals through the appointment domain (§3), tied to the application.
 */
import type { UserActor } from "@/lib/auth/actor";
import { bookAppointment, type BookingConfirmation } from "@/lib/appointments/book-appointment";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { applicantScope } from "./access";
import { APPLICATION_INCLUDE, APPLICATION_TX_OPTIONS } from "./record-event";

export async function bookApplicationVisit(
  actor: UserActor,
  input: { applicationId: string; centreId: number; date: string; startTime: string },
  now: Date,
): Promise<BookingConfirmation> {
  const app = await db.application.findFirst({ where: { id: input.applicationId, ...applicantScope(actor) }, include: APPLICATION_INCLUDE });
  if (!app) throw notFound("申请");
  if (app.status !== "PRE_APPROVED") throw new AppError("CONFLICT", "网上预审通过后才能预约到窗口核验原件");
  if (await db.appointment.count({ where: { applicationId: app.id, status: "BOOKED" } })) throw new AppError("CONFLICT", "该申请已有有效预约；如需改期请先取消原预约");
  const booking = await bookAppointment(actor, { centreId: input.centreId, itemId: app.itemId, date: input.date, startTime: input.startTime, applicationId: app.id }, now);
  // The booking has its own transaction and message (A4); the timeline records it as a step.
  await db.$transaction(async (tx) => {
    await tx.applicationEvent.create({
      data: {
        applicationId: app.id, status: "PRE_APPROVED", actorRole: actor.role, at: now,
        title: "已预约窗口核验原件",
        note: `${booking.date}（${booking.weekday}）${booking.startTime}-${booking.endTime} ${booking.centreName}，预约号 ${booking.bookingNo}`,
      },
    });
  }, APPLICATION_TX_OPTIONS);
  return booking;
}
