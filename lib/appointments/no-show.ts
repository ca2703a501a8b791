/**
 * 爽约限制 (A5): three no-shows within 90 days restrict online booking for 30 days after the
 * third (latest) one. Computed from the appointments themselves, so nothing to keep in sync:
 * a restriction starts when a STAFF member marks the third no-show and ends by itself.
 */
import { addDays, daysBetween, shanghaiToday, type DayString } from "@/lib/calendar";
import { db } from "@/lib/db";

export const NO_SHOW_LIMIT = 3;
export const NO_SHOW_PERIOD_DAYS = 90;
export const RESTRICTION_DAYS = 30;

export interface BookingRestriction {
  /** the no-show that triggered the restriction */
  triggeredOn: DayString;
  /** last day on which booking is refused (inclusive) */
  until: DayString;
  noShowDates: DayString[];
  reason: string;
}

/** The days whose NO_SHOW appointments can matter on the Shanghai day of `now`: [since, today]. */
export function noShowLookback(now: Date): { since: DayString; today: DayString } {
  const today = shanghaiToday(now);
  // A trigger older than PERIOD + RESTRICTION days cannot matter any more.
  return { since: addDays(today, -(NO_SHOW_PERIOD_DAYS + RESTRICTION_DAYS)), today };
}

/** The restriction in force for `userId` on the Shanghai day of `now`, or null. */
export async function findBookingRestriction(userId: string, now: Date): Promise<BookingRestriction | null> {
  const { since, today } = noShowLookback(now);
  const rows = await db.appointment.findMany({
    where: { userId, status: "NO_SHOW", date: { gte: since, lte: today } },
    select: { date: true },
    orderBy: { date: "asc" },
  });
  return restrictionFrom(rows.map((r) => r.date), now);
}

/** The restriction that the no-show dates within noShowLookback(now) (ascending) put in force, or null. */
export function restrictionFrom(dates: readonly DayString[], now: Date): BookingRestriction | null {
  const today = shanghaiToday(now);
  for (let i = dates.length - 1; i >= NO_SHOW_LIMIT - 1; i--) {
    const first = dates[i - NO_SHOW_LIMIT + 1];
    const latest = dates[i];
    if (daysBetween(first, latest) >= NO_SHOW_PERIOD_DAYS) continue;
    const until = addDays(latest, RESTRICTION_DAYS);
    if (until < today) return null; // the latest possible trigger has expired, so have all earlier ones
    const noShowDates = dates.slice(i - NO_SHOW_LIMIT + 1, i + 1);
    return {
      triggeredOn: latest,
      until,
      noShowDates,
      reason: `您在 ${NO_SHOW_PERIOD_DAYS} 天内有 ${NO_SHOW_LIMIT} 次预约未按时到场（${noShowDates.join("、")}），${until} 前（含当日）暂停网上预约。`,
    };
  }
  return null;
}
