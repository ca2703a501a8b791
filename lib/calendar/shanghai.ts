/**
 * Asia/Shanghai calendar arithmetic.
 *
 * China Standard Time is a fixed UTC+08:00 offset: the PRC has observed no
 * daylight-saving time since 1991, so we deliberately use the constant offset
 * instead of Intl/tz data. This keeps results identical on every server
 * regardless of its TZ setting or ICU build, and keeps the module pure.
 *
 * A calendar day is a `DayString` "YYYY-MM-DD". Day arithmetic is done on
 * UTC-midnight epoch values, which never see DST or offset changes.
 */

/** A calendar day "YYYY-MM-DD" (Asia/Shanghai unless stated otherwise). */
export type DayString = string;

/** Wall-clock time "HH:MM" (24-hour). */
export type TimeString = string;

export type ShanghaiFormat = "datetime" | "date" | "time";

/** Fixed offset of Asia/Shanghai (UTC+08:00, no DST since 1991). */
export const SHANGHAI_UTC_OFFSET_MINUTES = 8 * 60;

const OFFSET_MS = SHANGHAI_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** "HH:MM" on a 24-hour clock, 00:00–23:59: every time field and schema checks it with isTimeString. */
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes since midnight of an "HH:MM" time (09:30 → 570); NaN for anything else, so a
 * comparison with an invalid time is simply false (zod refinements may see unchecked values).
 */
export function minutesOfDay(time: TimeString): number {
  const m = TIME_RE.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
}

/** The "HH:MM" time of a number of minutes since midnight (570 → 09:30). */
export function timeOfMinutes(minutes: number): TimeString {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

export const WEEKDAY_LABELS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"] as const;

/** 周一…周日 of a day, as every page and message writes it. */
export function weekdayOf(day: DayString): string {
  return WEEKDAY_LABELS[dayOfWeek(day)];
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function assertValidDate(date: Date, what: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`${what}: invalid Date`);
  }
}

/** Epoch ms of UTC midnight of `day`, or null when `day` is not a real date. */
function dayToUtcMs(day: string): number | null {
  const m = DAY_RE.exec(day);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const ms = Date.UTC(y, mo - 1, d);
  // Date.UTC maps years 0..99 to 1900..1999; reject rather than silently shift.
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null; // e.g. 2026-02-30 rolls over to March
  }
  return ms;
}

function requireDay(day: DayString, fn: string): number {
  const ms = dayToUtcMs(day);
  if (ms === null) throw new RangeError(`${fn}: not a valid DayString "YYYY-MM-DD": ${JSON.stringify(day)}`);
  return ms;
}

/** Format the UTC calendar date of an epoch value as "YYYY-MM-DD". */
function utcMsToDay(ms: number): DayString {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (y < 1000 || y > 9999) throw new RangeError(`day out of supported range (year ${y})`);
  return `${y}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** True when `s` is a real calendar date written exactly as "YYYY-MM-DD". */
export function isDayString(s: unknown): s is DayString {
  return typeof s === "string" && dayToUtcMs(s) !== null;
}

/** True when `s` is a wall-clock time written exactly as "HH:MM", 00:00 to 23:59. */
export function isTimeString(s: unknown): s is TimeString {
  return typeof s === "string" && TIME_RE.test(s);
}

/** The current calendar day in Shanghai at instant `now`. */
export function shanghaiToday(now: Date): DayString {
  assertValidDate(now, "shanghaiToday");
  return utcMsToDay(now.getTime() + OFFSET_MS);
}

/** `day` shifted by `n` calendar days (n may be negative). */
export function addDays(day: DayString, n: number): DayString {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be an integer, got ${n}`);
  return utcMsToDay(requireDay(day, "addDays") + n * DAY_MS);
}

/** Day of week of `day`: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: DayString): number {
  return new Date(requireDay(day, "dayOfWeek")).getUTCDay();
}

/** True for Saturday and Sunday. */
export function isWeekend(day: DayString): boolean {
  const dow = dayOfWeek(day);
  return dow === 0 || dow === 6;
}

/** Signed number of calendar days from `a` to `b` (b − a); 0 when equal. */
export function daysBetween(a: DayString, b: DayString): number {
  // Both are exact UTC midnights, so the division is exact.
  return Math.round((requireDay(b, "daysBetween") - requireDay(a, "daysBetween")) / DAY_MS);
}

/** The instant at which Shanghai wall clocks show `time` ("HH:MM") on `day`. */
export function shanghaiDateTime(day: DayString, time: TimeString): Date {
  const dayMs = requireDay(day, "shanghaiDateTime");
  if (!isTimeString(time)) throw new RangeError(`shanghaiDateTime: not a valid "HH:MM" time: ${JSON.stringify(time)}`);
  return new Date(dayMs + minutesOfDay(time) * 60_000 - OFFSET_MS);
}

/**
 * Format an instant in Shanghai time:
 * "datetime" → "2026-11-22 14:05", "date" → "2026-11-22", "time" → "14:05".
 */
export function formatShanghai(date: Date, format: ShanghaiFormat): string {
  assertValidDate(date, "formatShanghai");
  const shifted = new Date(date.getTime() + OFFSET_MS);
  const day = utcMsToDay(shifted.getTime());
  const time = `${pad2(shifted.getUTCHours())}:${pad2(shifted.getUTCMinutes())}`;
  switch (format) {
    case "datetime":
      return `${day} ${time}`;
    case "date":
      return day;
    case "time":
      return time;
    default: {
      const unknownFormat: never = format;
      throw new RangeError(`formatShanghai: unknown format ${String(unknownFormat)}`);
    }
  }
}

/** Compare two DayStrings (lexicographic order equals chronological order). */
export function compareDays(a: DayString, b: DayString): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
