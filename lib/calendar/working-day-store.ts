/**
 * The working-day calendar as the database knows it (A2): statutory holidays and 调休 days
 * from CalendarDay (seeded from STATUTORY_CALENDAR, edited by ADMIN), plus a centre's own
 * closed days. Every user of working days — booking dates, application due dates, reply
 * deadlines, the 5-working-day enterprise review — loads the calendar here, so the rule lives
 * in WorkingDayCalendar and the data in one table. Not exported from the index: it needs the
 * database, and the index is safe for client components.
 */
import { db, type Db, type Tx } from "@/lib/db";
import type { CalendarOverrideKind } from "./holidays";
import { WorkingDayCalendar } from "./working-days";
import { TtlCache } from "@/lib/cache/ttl-cache";

function isOverrideKind(kind: string): kind is CalendarOverrideKind {
  return kind === "HOLIDAY" || kind === "WORKDAY";
}

/** The calendar for the whole region, or for one centre when `centreId` is given (its closed days added). */
export async function loadWorkingDayCalendar(centreId?: number, client: Tx | Db = db): Promise<WorkingDayCalendar> {
  const [days, closed] = await Promise.all([
    client.calendarDay.findMany({ select: { date: true, kind: true } }),
    centreId === undefined ? Promise.resolve([]) : client.centreClosedDay.findMany({ where: { centreId }, select: { date: true } }),
  ]);
  const overrides = days.flatMap((d) => (isOverrideKind(d.kind) ? [{ date: d.date, kind: d.kind }] : []));
  return new WorkingDayCalendar(overrides, { closedDays: closed.map((c) => c.date) });
}

/**
 * How long a process keeps a calendar it loaded for bookings (issue 13). Edits made through the
 * admin functions (calendar-admin.ts, centre closed days in appointments/centre-admin.ts) clear
 * it on their own instance at once; another instance sees an edit after at most this long.
 */
export const CALENDAR_CACHE_TTL_MS = 10_000;

const calendars = new TtlCache<number | "region", WorkingDayCalendar>(CALENDAR_CACHE_TTL_MS);

/** loadWorkingDayCalendar from a per-process cache: for the booking hot path, which reads it on every request. */
export function cachedWorkingDayCalendar(centreId?: number): Promise<WorkingDayCalendar> {
  return calendars.get(centreId ?? "region", () => loadWorkingDayCalendar(centreId));
}

/** After an edit of CalendarDay or CentreClosedDay: the next booking on this instance reads the calendar again. */
export function invalidateWorkingDayCalendars(): void {
  calendars.clear();
}
