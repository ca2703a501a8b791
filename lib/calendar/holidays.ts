/**
 * China's statutory public-holiday schedule (法定节假日及调休) as data.
 *
 * This is the seed for the DB calendar table; at runtime the DB copy (which
 * ADMIN can edit) is authoritative. Dates are Asia/Shanghai calendar days.
 *
 * kind "HOLIDAY": a day off that would otherwise be a working day or that
 *   belongs to a holiday block (weekend days inside a block are listed too).
 * kind "WORKDAY": a weekend day that is an official working day (调休上班).
 */
import { addDays, compareDays, type DayString } from "./shanghai";

export type CalendarOverrideKind = "HOLIDAY" | "WORKDAY";

export interface StatutoryCalendarEntry {
  readonly date: DayString;
  readonly kind: CalendarOverrideKind;
  /** e.g. "春节" for a day off, "春节调休上班" for a make-up working day. */
  readonly name: string;
  /** True when not yet confirmed by a State Council notice. */
  readonly provisional?: boolean;
}

interface HolidaySpec {
  readonly name: string;
  /** Inclusive range of days off. */
  readonly off: readonly [first: DayString, last: DayString];
  /** Make-up working days (weekends). */
  readonly work?: readonly DayString[];
}

interface YearSpec {
  readonly year: number;
  readonly provisional: boolean;
  readonly holidays: readonly HolidaySpec[];
}

/**
 * 2026: 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕).
 */
const YEAR_2026: YearSpec = {
  year: 2026,
  provisional: false,
  holidays: [
    { name: "元旦", off: ["2026-01-01", "2026-01-03"], work: ["2026-01-04"] },
    { name: "春节", off: ["2026-02-15", "2026-02-23"], work: ["2026-02-14", "2026-02-28"] },
    { name: "清明节", off: ["2026-04-04", "2026-04-06"] },
    { name: "劳动节", off: ["2026-05-01", "2026-05-05"], work: ["2026-05-09"] },
    { name: "端午节", off: ["2026-06-19", "2026-06-21"] },
    { name: "中秋节", off: ["2026-09-25", "2026-09-27"] },
    { name: "国庆节", off: ["2026-10-01", "2026-10-07"], work: ["2026-09-20", "2026-10-10"] },
  ],
};

/**
 * 2027: PROVISIONAL — the State Council notice for 2027 was not available when
 * this was written. ADMIN must replace these rows with the official notice as
 * soon as it is published (every row is flagged `provisional: true`).
 *
 * Built from the 2027 lunar dates following the usual pattern (since 2025 春节
 * includes 除夕 and 劳动节 has 2 statutory days), modelled on years with the
 * same weekdays (2021 for 元旦/清明/劳动节/国庆, 2024 for 春节, 2010 for the
 * mid-week 端午/中秋):
 * - 元旦 Jan 1 (Fri): Jan 1–3, no make-up day.
 * - 春节 Feb 6 (Sat), 除夕 Feb 5 (Fri): Feb 5–13 (9 days), work Sun Jan 31 and Sun Feb 14.
 * - 清明 Apr 5 (Mon): Apr 3–5.
 * - 劳动节 May 1 (Sat): May 1–5, work Sat May 8.
 * - 端午 Jun 9 (Wed): Jun 9–11, work Sun Jun 6 and Sat Jun 12.
 * - 中秋 Sep 15 (Wed): Sep 15–17, work Sun Sep 12 and Sat Sep 18.
 * - 国庆 Oct 1 (Fri): Oct 1–7, work Sun Sep 26 and Sat Oct 9.
 */
const YEAR_2027_PROVISIONAL: YearSpec = {
  year: 2027,
  provisional: true,
  holidays: [
    { name: "元旦", off: ["2027-01-01", "2027-01-03"] },
    { name: "春节", off: ["2027-02-05", "2027-02-13"], work: ["2027-01-31", "2027-02-14"] },
    { name: "清明节", off: ["2027-04-03", "2027-04-05"] },
    { name: "劳动节", off: ["2027-05-01", "2027-05-05"], work: ["2027-05-08"] },
    { name: "端午节", off: ["2027-06-09", "2027-06-11"], work: ["2027-06-06", "2027-06-12"] },
    { name: "中秋节", off: ["2027-09-15", "2027-09-17"], work: ["2027-09-12", "2027-09-18"] },
    { name: "国庆节", off: ["2027-10-01", "2027-10-07"], work: ["2027-09-26", "2027-10-09"] },
  ],
};

const YEARS: readonly YearSpec[] = [YEAR_2026, YEAR_2027_PROVISIONAL];

function expand(spec: YearSpec): StatutoryCalendarEntry[] {
  const flag = spec.provisional ? { provisional: true as const } : {};
  const out: StatutoryCalendarEntry[] = [];
  for (const h of spec.holidays) {
    const [first, last] = h.off;
    for (let d = first; compareDays(d, last) <= 0; d = addDays(d, 1)) {
      out.push({ date: d, kind: "HOLIDAY", name: h.name, ...flag });
    }
    for (const w of h.work ?? []) {
      out.push({ date: w, kind: "WORKDAY", name: `${h.name}调休上班`, ...flag });
    }
  }
  return out;
}

/** All statutory overrides, sorted by date, one row per date. */
export const STATUTORY_CALENDAR: readonly StatutoryCalendarEntry[] = Object.freeze(
  YEARS.flatMap(expand)
    .sort((a, b) => compareDays(a.date, b.date))
    .map((e) => Object.freeze(e)),
);

/** Years covered by STATUTORY_CALENDAR and whether each is still provisional. */
export const STATUTORY_CALENDAR_YEARS: readonly { readonly year: number; readonly provisional: boolean }[] =
  Object.freeze(YEARS.map((y) => Object.freeze({ year: y.year, provisional: y.provisional })));
