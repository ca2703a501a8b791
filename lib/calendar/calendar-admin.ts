/**
 * ADMIN maintenance of the holiday calendar (A2): CalendarDay rows for 法定节假日 and
 * 调休上班 days, which every working-day computation reads (working-day-store.ts). A day
 * turned into a holiday cancels the window bookings already made for it.
 */
import { cancelBookingsForClosure } from "@/lib/appointments/closures";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import type { CalendarDayInput } from "./schema";
import { invalidateWorkingDayCalendars } from "./working-day-store";
import { isWeekend, shanghaiToday, weekdayOf } from "./shanghai";

export async function saveCalendarDay(actor: UserActor, input: CalendarDayInput, now: Date) {
  assertRole(actor, ["ADMIN"]);
  if (input.kind === "WORKDAY" && !isWeekend(input.date)) {
    throw new AppError("VALIDATION", "调休上班日应为周六或周日", { fieldErrors: { kind: `${input.date} 是${weekdayOf(input.date)}，本来就是工作日` } });
  }
  const before = await db.calendarDay.findUnique({ where: { date: input.date } });
  const saved = await db.$transaction(async (tx) => {
    await tx.calendarDay.upsert({ where: { date: input.date }, create: input, update: input });
    const cancelled = input.kind === "HOLIDAY" && input.date >= shanghaiToday(now) ? await cancelBookingsForClosure(tx, { date: input.date }, `调整为${input.name}放假`, now) : 0;
    await appendTrace(tx, actor, {
      action: before ? "calendar.update" : "calendar.create",
      entity: "CalendarDay",
      entityId: input.date,
      summary: { before: before && { kind: before.kind, name: before.name, provisional: before.provisional }, after: input, cancelledBookings: cancelled },
    });
    return { cancelledBookings: cancelled };
  });
  invalidateWorkingDayCalendars();
  return saved;
}

/** Removes an override, so the day follows the Monday–Friday rule again (a deleted 调休 weekend day closes). */
export async function deleteCalendarDay(actor: UserActor, date: string, now: Date) {
  assertRole(actor, ["ADMIN"]);
  const before = await db.calendarDay.findUnique({ where: { date } });
  if (!before) throw notFound("日历记录");
  const deleted = await db.$transaction(async (tx) => {
    await tx.calendarDay.delete({ where: { date } });
    const closes = before.kind === "WORKDAY" && isWeekend(date) && date >= shanghaiToday(now);
    const cancelled = closes ? await cancelBookingsForClosure(tx, { date }, "取消调休上班", now) : 0;
    await appendTrace(tx, actor, { action: "calendar.delete", entity: "CalendarDay", entityId: date, summary: { before: { kind: before.kind, name: before.name }, cancelledBookings: cancelled } });
    return { cancelledBookings: cancelled };
  });
  invalidateWorkingDayCalendars();
  return deleted;
}

export function listCalendarDays(year: number) {
  return db.calendarDay.findMany({ where: { date: { gte: `${year}-01-01`, lte: `${year}-12-31` } }, orderBy: { date: "asc" } });
}
