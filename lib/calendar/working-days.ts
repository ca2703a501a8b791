/**
 * Working-day rules (工作日): Monday–Friday, minus statutory holidays, plus
 * weekend make-up working days (调休上班), minus any extra closed days.
 *
 * Overrides come from the DB calendar table at runtime (seeded from
 * STATUTORY_CALENDAR); tests build the calendar from STATUTORY_CALENDAR.
 * Days in years without overrides fall back to the plain Mon–Fri rule; use
 * `coversYear` to detect that.
 */
import type { CalendarOverrideKind } from "./holidays";
import { addDays, compareDays, isDayString, isWeekend, type DayString } from "./shanghai";

export interface CalendarOverride {
  readonly date: DayString;
  readonly kind: CalendarOverrideKind;
}

export interface WorkingDayCalendarOptions {
  /**
   * Additional days that are never working days, whatever the overrides say
   * (e.g. a centre closed for relocation). These win over WORKDAY overrides.
   */
  readonly closedDays?: Iterable<DayString>;
}

function requireDay(day: DayString, fn: string): void {
  if (!isDayString(day)) throw new RangeError(`${fn}: not a valid DayString: ${JSON.stringify(day)}`);
}

export class WorkingDayCalendar {
  private readonly overrides: ReadonlyMap<DayString, CalendarOverrideKind>;
  private readonly closed: ReadonlySet<DayString>;
  private readonly years: ReadonlySet<number>;

  constructor(overrides: Iterable<CalendarOverride>, options: WorkingDayCalendarOptions = {}) {
    const map = new Map<DayString, CalendarOverrideKind>();
    const years = new Set<number>();
    for (const o of overrides) {
      requireDay(o.date, "WorkingDayCalendar");
      const prev = map.get(o.date);
      // Two rows saying opposite things about one day is a data error, not something to guess about.
      if (prev !== undefined && prev !== o.kind) {
        throw new Error(`WorkingDayCalendar: conflicting overrides for ${o.date} (${prev} and ${o.kind})`);
      }
      map.set(o.date, o.kind);
      years.add(Number(o.date.slice(0, 4)));
    }
    const closed = new Set<DayString>();
    for (const d of options.closedDays ?? []) {
      requireDay(d, "WorkingDayCalendar closedDays");
      closed.add(d);
    }
    this.overrides = map;
    this.closed = closed;
    this.years = years;
  }

  /** A copy of this calendar with more closed days (e.g. one service centre's closures). */
  withClosedDays(days: Iterable<DayString>): WorkingDayCalendar {
    const overrides = [...this.overrides].map(([date, kind]) => ({ date, kind }));
    return new WorkingDayCalendar(overrides, { closedDays: [...this.closed, ...days] });
  }

  /** True when at least one override falls in `year` (i.e. its schedule was loaded). */
  coversYear(year: number): boolean {
    return this.years.has(year);
  }

  /** Weekday that is not a HOLIDAY override, or weekend day with a WORKDAY override; never a closed day. */
  isWorkingDay(day: DayString): boolean {
    requireDay(day, "isWorkingDay");
    if (this.closed.has(day)) return false;
    const kind = this.overrides.get(day);
    if (kind === "HOLIDAY") return false;
    if (kind === "WORKDAY") return true;
    return !isWeekend(day);
  }

  /**
   * The `n`th working day after `day` (`day` itself is never counted), e.g.
   * the due date of a 承诺办 case accepted on `day` with an n-working-day limit.
   * `n` must be a non-negative integer; n = 0 returns `day` unchanged.
   */
  addWorkingDays(day: DayString, n: number): DayString {
    requireDay(day, "addWorkingDays");
    if (!Number.isInteger(n) || n < 0) {
      throw new RangeError(`addWorkingDays: n must be a non-negative integer, got ${n}`);
    }
    let current = day;
    let remaining = n;
    // Terminates: overrides and closed days are finite, so Mon–Fri working days always recur.
    while (remaining > 0) {
      current = addDays(current, 1);
      if (this.isWorkingDay(current)) remaining--;
    }
    return current;
  }

  /** The first working day strictly after `day`. */
  nextWorkingDay(day: DayString): DayString {
    return this.addWorkingDays(day, 1);
  }

  /**
   * Number of working days d with a < d <= b (so that
   * `workingDaysBetween(a, addWorkingDays(a, n)) === n`). When b < a the
   * result is `-workingDaysBetween(b, a)`; 0 when a === b.
   */
  workingDaysBetween(a: DayString, b: DayString): number {
    requireDay(a, "workingDaysBetween");
    requireDay(b, "workingDaysBetween");
    const order = compareDays(a, b);
    if (order > 0) return -this.workingDaysBetween(b, a);
    let count = 0;
    for (let d = addDays(a, 1); compareDays(d, b) <= 0; d = addDays(d, 1)) {
      if (this.isWorkingDay(d)) count++;
    }
    return count;
  }
}

/** Factory form of `new WorkingDayCalendar(...)`. */
export function createWorkingDayCalendar(
  overrides: Iterable<CalendarOverride>,
  options?: WorkingDayCalendarOptions,
): WorkingDayCalendar {
  return new WorkingDayCalendar(overrides, options);
}
