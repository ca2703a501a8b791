/**
 * The working-day calendar as the database knows it (A2): statutory holidays and 调休 days
 * from CalendarDay (seeded from lib/calendar STATUTORY_CALENDAR, edited by ADMIN), plus a
 * centre's own closed days. Every user of working days loads the calendar here, so the rule
 * lives in WorkingDayCalendar and the data in one table.
 */
import { WorkingDayCalendar, type CalendarOverrideKind } from "@/lib/calendar";
import { db, type Tx } from "@/lib/db";

function isOverrideKind(kind: string): kind is CalendarOverrideKind {
  return kind === "HOLIDAY" || kind === "WORKDAY";
}

/** The calendar for the whole region, or for one centre when `centreId` is given (its closed days added). */
export async function loadWorkingDayCalendar(centreId?: number, client: Tx | typeof db = db): Promise<WorkingDayCalendar> {
  const [days, closed] = await Promise.all([
    client.calendarDay.findMany({ select: { date: true, kind: true } }),
    centreId === undefined ? Promise.resolve([]) : client.centreClosedDay.findMany({ where: { centreId }, select: { date: true } }),
  ]);
  const overrides = days.flatMap((d) => (isOverrideKind(d.kind) ? [{ date: d.date, kind: d.kind }] : []));
  return new WorkingDayCalendar(overrides, { closedDays: closed.map((c) => c.date) });
}
