/**
 * The online-appointment window (REQUIREMENTS A1) — the single source of truth.
 *
 * The window is exactly the 7 calendar days starting tomorrow in Asia/Shanghai:
 * today and the 8th day are excluded. It is a window of calendar days only;
 * whether a given day is bookable at a centre (holidays, closed days) is decided
 * elsewhere with WorkingDayCalendar.
 */
import { addDays, daysBetween, isDayString, shanghaiToday, type DayString } from "./shanghai";

/** Number of calendar days in the booking window. */
export const BOOKING_WINDOW_DAYS = 7;

/** The bookable calendar days at instant `now`: tomorrow … today+7 (Shanghai), in order. */
export function bookingWindow(now: Date): DayString[] {
  const today = shanghaiToday(now);
  return Array.from({ length: BOOKING_WINDOW_DAYS }, (_, i) => addDays(today, i + 1));
}

/** True when `day` lies in `bookingWindow(now)`; false for anything else, including malformed input. */
export function isInBookingWindow(day: DayString, now: Date): boolean {
  if (!isDayString(day)) return false;
  const offset = daysBetween(shanghaiToday(now), day);
  return offset >= 1 && offset <= BOOKING_WINDOW_DAYS;
}
