export {
  SHANGHAI_UTC_OFFSET_MINUTES,
  addDays,
  compareDays,
  dayOfWeek,
  daysBetween,
  formatShanghai,
  isDayString,
  isTimeString,
  isWeekend,
  minutesOfDay,
  timeOfMinutes,
  weekdayOf,
  WEEKDAY_LABELS,
  shanghaiDateTime,
  shanghaiToday,
  type DayString,
  type ShanghaiFormat,
  type TimeString,
} from "./shanghai";
export {
  STATUTORY_CALENDAR,
  STATUTORY_CALENDAR_YEARS,
  type CalendarOverrideKind,
  type StatutoryCalendarEntry,
} from "./holidays";
export {
  WorkingDayCalendar,
  createWorkingDayCalendar,
  type CalendarOverride,
  type WorkingDayCalendarOptions,
} from "./working-days";
export { BOOKING_WINDOW_DAYS, bookingWindow, isInBookingWindow } from "./booking-window";
