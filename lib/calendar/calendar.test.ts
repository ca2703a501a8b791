import { describe, it, expect } from "vitest";
import {
  STATUTORY_CALENDAR,
  STATUTORY_CALENDAR_YEARS,
  WorkingDayCalendar,
  addDays,
  bookingWindow,
  dayOfWeek,
  daysBetween,
  formatShanghai,
  isDayString,
  isInBookingWindow,
  isTimeString,
  minutesOfDay,
  timeOfMinutes,
  weekdayOf,
  shanghaiDateTime,
  shanghaiToday,
} from "./index";

const cal = new WorkingDayCalendar(STATUTORY_CALENDAR);

describe("Shanghai time helpers", () => {
  it("A1: shanghaiToday switches day at 16:00 UTC (00:00 Shanghai)", () => {
    expect(shanghaiToday(new Date("2026-11-22T15:59:59Z"))).toBe("2026-11-22");
    expect(shanghaiToday(new Date("2026-11-22T16:00:00Z"))).toBe("2026-11-23");
    expect(shanghaiToday(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
    expect(() => shanghaiToday(new Date("nonsense"))).toThrow(RangeError);
  });

  it("A1: addDays crosses month, year and leap-day boundaries", () => {
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2028-02-29", 1)).toBe("2028-03-01");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01"); // century, not a leap year
    expect(addDays("2026-01-01", 365)).toBe("2027-01-01");
    expect(addDays("2028-01-01", 366)).toBe("2029-01-01");
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
    expect(() => addDays("2026-11-22", 1.5)).toThrow(RangeError);
  });

  it("A1: dayOfWeek, daysBetween and isDayString", () => {
    expect(dayOfWeek("2026-11-22")).toBe(0); // Sunday
    expect(dayOfWeek("2026-10-10")).toBe(6); // Saturday
    expect(dayOfWeek("2027-02-06")).toBe(6); // 春节 2027 is a Saturday
    expect(daysBetween("2026-11-22", "2026-11-29")).toBe(7);
    expect(daysBetween("2026-11-29", "2026-11-22")).toBe(-7);
    expect(daysBetween("2028-02-01", "2028-03-01")).toBe(29);
    expect(isDayString("2028-02-29")).toBe(true);
    expect(isDayString("2027-02-29")).toBe(false);
    expect(isDayString("2026-1-05")).toBe(false);
    expect(isDayString("2026-11-22T00:00")).toBe(false);
    expect(isDayString(20261122)).toBe(false);
  });

  it("A2: isTimeString takes 24-hour \"HH:MM\" from 00:00 to 23:59 only", () => {
    expect(isTimeString("00:00")).toBe(true);
    expect(isTimeString("23:59")).toBe(true);
    expect(isTimeString("24:00")).toBe(false);
    expect(isTimeString("12:60")).toBe(false);
    expect(isTimeString("9:00")).toBe(false);
    expect(isTimeString("09:00:00")).toBe(false);
    expect(isTimeString(900)).toBe(false);
  });

  it("A1: shanghaiDateTime and formatShanghai use the fixed +08:00 offset", () => {
    expect(shanghaiDateTime("2026-11-23", "09:00").toISOString()).toBe("2026-11-23T01:00:00.000Z");
    expect(shanghaiDateTime("2026-11-23", "00:30").toISOString()).toBe("2026-11-22T16:30:00.000Z");
    expect(shanghaiDateTime("2027-01-01", "07:59").toISOString()).toBe("2026-12-31T23:59:00.000Z");
    expect(() => shanghaiDateTime("2026-11-23", "24:00")).toThrow(RangeError);
    expect(() => shanghaiDateTime("2026-11-23", "9:00")).toThrow(RangeError);

    const t = new Date("2026-11-22T06:05:00Z");
    expect(formatShanghai(t, "datetime")).toBe("2026-11-22 14:05");
    expect(formatShanghai(t, "date")).toBe("2026-11-22");
    expect(formatShanghai(t, "time")).toBe("14:05");
    expect(formatShanghai(new Date("2026-11-22T16:00:00Z"), "datetime")).toBe("2026-11-23 00:00");
    // Round trip.
    expect(formatShanghai(shanghaiDateTime("2028-02-29", "23:45"), "datetime")).toBe("2028-02-29 23:45");
  });
});

describe("times of day and weekday labels", () => {
  it("A2: HH:MM times convert to minutes and back; anything else is not a time", () => {
    expect(minutesOfDay("09:30")).toBe(570);
    expect(minutesOfDay("00:00")).toBe(0);
    expect(minutesOfDay("23:59")).toBe(1439);
    expect(timeOfMinutes(570)).toBe("09:30");
    expect(timeOfMinutes(13 * 60 + 5)).toBe("13:05");
    for (const bad of ["24:00", "9:30", "09:60", "0930", ""]) {
      expect(isTimeString(bad), bad).toBe(false);
      expect(Number.isNaN(minutesOfDay(bad)), bad).toBe(true);
    }
  });

  it("A1: weekday labels follow Shanghai dates (2026-11-23 is a Monday)", () => {
    expect(weekdayOf("2026-11-23")).toBe("周一");
    expect(weekdayOf("2026-11-29")).toBe("周日");
    expect(weekdayOf("2026-11-28")).toBe("周六");
  });
});

describe("booking window", () => {
  const expectWindow = (now: string, days: string[]) => {
    const w = bookingWindow(new Date(now));
    expect(w).toEqual(days);
    expect(w).toHaveLength(7);
  };

  it("A1: one second before Shanghai midnight the window starts tomorrow (2026-11-23)", () => {
    expectWindow("2026-11-22T15:59:59Z", [
      "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29",
    ]);
  });

  it("A1: at Shanghai midnight (16:00 UTC) the window moves on to start 2026-11-24", () => {
    expectWindow("2026-11-22T16:00:00Z", [
      "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30",
    ]);
  });

  it("A1: end of month — 2026-11-28 window crosses into December", () => {
    expectWindow("2026-11-28T02:00:00Z", [
      "2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05",
    ]);
  });

  it("A1: end of year — 2026-12-28 window crosses into 2027", () => {
    expectWindow("2026-12-28T02:00:00Z", [
      "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03", "2027-01-04",
    ]);
  });

  it("A1: leap-year February 2028 includes 02-29", () => {
    expectWindow("2028-02-25T04:00:00Z", [
      "2028-02-26", "2028-02-27", "2028-02-28", "2028-02-29", "2028-03-01", "2028-03-02", "2028-03-03",
    ]);
  });

  it("A1: the window is calendar days — holidays and weekends are not skipped here", () => {
    // 2026-09-30 08:00 Shanghai: window is Oct 1–7, the whole National Day holiday.
    expectWindow("2026-09-30T00:00:00Z", [
      "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07",
    ]);
  });

  it("A1: isInBookingWindow accepts exactly days 1..7 and refuses today and day 8", () => {
    const now = new Date("2026-11-22T15:59:59Z"); // 2026-11-22 23:59:59 Shanghai
    expect(isInBookingWindow("2026-11-22", now)).toBe(false); // today
    expect(isInBookingWindow("2026-11-23", now)).toBe(true); // day 1
    expect(isInBookingWindow("2026-11-29", now)).toBe(true); // day 7
    expect(isInBookingWindow("2026-11-30", now)).toBe(false); // day 8
    expect(isInBookingWindow("2026-11-21", now)).toBe(false); // past
    expect(isInBookingWindow("not-a-day", now)).toBe(false);

    const nextInstant = new Date("2026-11-22T16:00:00Z"); // now 2026-11-23 00:00 Shanghai
    expect(isInBookingWindow("2026-11-23", nextInstant)).toBe(false); // became today
    expect(isInBookingWindow("2026-11-30", nextInstant)).toBe(true);
    expect(isInBookingWindow("2026-12-01", nextInstant)).toBe(false);
  });

  it("A1: isInBookingWindow agrees with bookingWindow over a range of days", () => {
    const now = new Date("2026-12-28T10:00:00Z");
    const w = new Set(bookingWindow(now));
    for (let i = -3; i <= 12; i++) {
      const day = addDays("2026-12-28", i);
      expect(isInBookingWindow(day, now)).toBe(w.has(day));
    }
  });
});

describe("statutory calendar data", () => {
  it("A2: entries are valid, unique, sorted; make-up days fall on weekends", () => {
    const dates = STATUTORY_CALENDAR.map((e) => e.date);
    expect(dates.every(isDayString)).toBe(true);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const e of STATUTORY_CALENDAR.filter((x) => x.kind === "WORKDAY")) {
      expect([0, 6], `${e.date} ${e.name}`).toContain(dayOfWeek(e.date));
      expect(e.name.endsWith("调休上班")).toBe(true);
    }
  });

  it("A2: 2026 follows the State Council notice; 2027 is marked provisional", () => {
    const y2026 = STATUTORY_CALENDAR.filter((e) => e.date.startsWith("2026-"));
    const y2027 = STATUTORY_CALENDAR.filter((e) => e.date.startsWith("2027-"));
    expect(y2026.filter((e) => e.kind === "HOLIDAY")).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(y2026.filter((e) => e.kind === "WORKDAY").map((e) => e.date)).toEqual([
      "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
    ]);
    expect(y2026.some((e) => e.provisional)).toBe(false);
    expect(y2027.length).toBeGreaterThan(0);
    expect(y2027.every((e) => e.provisional === true)).toBe(true);
    expect(STATUTORY_CALENDAR_YEARS).toEqual([
      { year: 2026, provisional: false },
      { year: 2027, provisional: true },
    ]);
    expect(STATUTORY_CALENDAR.find((e) => e.date === "2026-02-17")?.name).toBe("春节");
    expect(STATUTORY_CALENDAR.find((e) => e.date === "2026-02-14")?.name).toBe("春节调休上班");
  });
});

describe("working-day calendar", () => {
  it("A2: 2026-10-10 (Saturday, 国庆调休) is a working day", () => {
    expect(dayOfWeek("2026-10-10")).toBe(6);
    expect(cal.isWorkingDay("2026-10-10")).toBe(true);
  });

  it("A2: 2026-10-05 (Monday, 国庆节) is not a working day", () => {
    expect(dayOfWeek("2026-10-05")).toBe(1);
    expect(cal.isWorkingDay("2026-10-05")).toBe(false);
  });

  it("A2: 2026-02-14 (Saturday, 春节调休) is a working day; an ordinary Saturday is not", () => {
    expect(dayOfWeek("2026-02-14")).toBe(6);
    expect(cal.isWorkingDay("2026-02-14")).toBe(true);
    expect(dayOfWeek("2026-11-21")).toBe(6);
    expect(cal.isWorkingDay("2026-11-21")).toBe(false);
    expect(cal.isWorkingDay("2026-11-22")).toBe(false); // ordinary Sunday
    expect(cal.isWorkingDay("2026-11-23")).toBe(true); // ordinary Monday
  });

  it("A2: every 2026 holiday weekday is closed and every make-up weekend day is open", () => {
    for (const e of STATUTORY_CALENDAR) {
      expect(cal.isWorkingDay(e.date), e.date).toBe(e.kind === "WORKDAY");
    }
  });

  it("A2: extra closed days override everything, including make-up working days", () => {
    const centre = cal.withClosedDays(["2026-11-23", "2026-10-10"]);
    expect(centre.isWorkingDay("2026-11-23")).toBe(false);
    expect(centre.isWorkingDay("2026-10-10")).toBe(false);
    expect(centre.isWorkingDay("2026-11-24")).toBe(true);
    expect(cal.isWorkingDay("2026-11-23")).toBe(true); // original untouched
    expect(centre.nextWorkingDay("2026-11-20")).toBe("2026-11-24");
  });

  it("A2: conflicting overrides for one day are rejected; years without data fall back to Mon–Fri", () => {
    expect(
      () =>
        new WorkingDayCalendar([
          { date: "2026-10-10", kind: "WORKDAY" },
          { date: "2026-10-10", kind: "HOLIDAY" },
        ]),
    ).toThrow(/conflicting/);
    expect(() => new WorkingDayCalendar([{ date: "2026-13-01", kind: "HOLIDAY" }])).toThrow(RangeError);
    expect(cal.coversYear(2026)).toBe(true);
    expect(cal.coversYear(2030)).toBe(false);
    expect(cal.isWorkingDay("2030-01-01")).toBe(true); // Tuesday, no data loaded for 2030
  });

  it("P4: addWorkingDays skips ordinary weekends; the start day is not counted", () => {
    expect(cal.addWorkingDays("2026-11-20", 0)).toBe("2026-11-20");
    expect(cal.addWorkingDays("2026-11-20", 1)).toBe("2026-11-23"); // Fri → Mon
    expect(cal.addWorkingDays("2026-11-20", 5)).toBe("2026-11-27");
    expect(cal.addWorkingDays("2026-11-21", 1)).toBe("2026-11-23"); // from a Saturday
    expect(cal.addWorkingDays("2026-11-23", 1)).toBe("2026-11-24");
    expect(() => cal.addWorkingDays("2026-11-23", -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays("2026-11-23", 1.5)).toThrow(RangeError);
  });

  it("P4: 2026-09-30 + 3 working days = 2026-10-10 (Oct 1–7 off; Oct 8, Oct 9, Sat Oct 10 worked)", () => {
    expect(cal.addWorkingDays("2026-09-30", 1)).toBe("2026-10-08");
    expect(cal.addWorkingDays("2026-09-30", 2)).toBe("2026-10-09");
    expect(cal.addWorkingDays("2026-09-30", 3)).toBe("2026-10-10");
    expect(cal.addWorkingDays("2026-09-30", 4)).toBe("2026-10-12");
  });

  it("P4: a 10-working-day limit from 2026-09-21 spans 中秋 and 国庆 and ends 2026-10-12", () => {
    // Sep 22,23,24 | 25–27 中秋 | 28,29,30 | Oct 1–7 国庆 | 8,9,10(Sat) | 11 Sun | 12
    expect(cal.addWorkingDays("2026-09-21", 10)).toBe("2026-10-12");
    expect(cal.workingDaysBetween("2026-09-21", "2026-10-12")).toBe(10);
  });

  it("P4: adjusted working Saturdays and Sundays are counted", () => {
    expect(cal.addWorkingDays("2026-10-09", 1)).toBe("2026-10-10"); // Fri → Sat (国庆调休)
    expect(cal.addWorkingDays("2026-02-13", 1)).toBe("2026-02-14"); // Fri → Sat (春节调休)
    expect(cal.addWorkingDays("2026-02-13", 2)).toBe("2026-02-24"); // then 2/15–2/23 春节
    expect(cal.addWorkingDays("2026-09-18", 1)).toBe("2026-09-20"); // Fri → Sun (国庆调休)
    expect(cal.addWorkingDays("2026-01-03", 1)).toBe("2026-01-04"); // 元旦调休 Sunday
    expect(cal.nextWorkingDay("2026-05-08")).toBe("2026-05-09"); // 劳动节调休 Saturday
    expect(cal.nextWorkingDay("2026-04-03")).toBe("2026-04-07"); // over 清明 4/4–4/6
  });

  it("P4: workingDaysBetween is the inverse of addWorkingDays", () => {
    expect(cal.workingDaysBetween("2026-09-30", "2026-10-10")).toBe(3);
    expect(cal.workingDaysBetween("2026-10-10", "2026-09-30")).toBe(-3);
    expect(cal.workingDaysBetween("2026-11-23", "2026-11-23")).toBe(0);
    for (const start of ["2026-01-01", "2026-02-10", "2026-09-18", "2026-12-24"]) {
      for (let n = 0; n <= 25; n++) {
        expect(cal.workingDaysBetween(start, cal.addWorkingDays(start, n))).toBe(n);
      }
    }
  });
});
