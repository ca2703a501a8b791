/**
 * Time slots (号源) of a service centre (A2, A3). A day's slots follow the centre's morning
 * and afternoon hours in steps of slotMinutes; each slot seats one visitor per appointment
 * window (预约专窗, LD/T 01 §5.1 c) — or per active window when the centre has none
 * dedicated — times seatsPerWindowPerSlot. AppointmentSlot rows are created lazily, the first
 * time a day is viewed or booked, and race-safely: the unique (centre, date, start) key lets
 * exactly one creator win and everyone else reads the winner's row.
 */
import { bookingWindow, isInBookingWindow, minutesOfDay, shanghaiDateTime, shanghaiToday, timeOfMinutes, weekdayOf, type DayString } from "@/lib/calendar";
import { db, isUniqueViolation, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { loadWorkingDayCalendar } from "@/lib/calendar/working-day-store";

export interface CentreLayout {
  amOpen: string;
  amClose: string;
  pmOpen: string;
  pmClose: string;
  slotMinutes: number;
}

export interface WindowSeat {
  appointmentOnly: boolean;
  active: boolean;
}

export interface SlotTime {
  startTime: string;
  endTime: string;
}


/** The slots of one day: [open, close) of each half-day cut into slotMinutes; a short tail is dropped. */
export function slotTimesOf(layout: CentreLayout): SlotTime[] {
  const out: SlotTime[] = [];
  for (const [open, close] of [[layout.amOpen, layout.amClose], [layout.pmOpen, layout.pmClose]] as const) {
    for (let t = minutesOfDay(open); t + layout.slotMinutes <= minutesOfDay(close); t += layout.slotMinutes) {
      out.push({ startTime: timeOfMinutes(t), endTime: timeOfMinutes(t + layout.slotMinutes) });
    }
  }
  return out;
}

/** Seats per slot: dedicated appointment windows if any are active, else every active window. */
export function slotCapacityOf(windows: readonly WindowSeat[], seatsPerWindowPerSlot: number): number {
  const active = windows.filter((w) => w.active);
  const dedicated = active.filter((w) => w.appointmentOnly);
  return (dedicated.length > 0 ? dedicated.length : active.length) * seatsPerWindowPerSlot;
}

/** The instant a slot starts (Asia/Shanghai wall clock). */
export function slotStartsAt(date: DayString, startTime: string): Date {
  return shanghaiDateTime(date, startTime);
}

async function loadCentreLayout(centreId: number, client: Tx | typeof db = db) {
  const centre = await client.serviceCentre.findFirst({ where: { id: centreId, published: true }, include: { windows: true } });
  if (!centre) throw notFound("服务网点");
  return { centre, times: slotTimesOf(centre), capacity: slotCapacityOf(centre.windows, centre.seatsPerWindowPerSlot) };
}

/**
 * Reads one slot row, creating it on first use; a concurrent creator's row wins. (findFirst,
 * not findUnique: Prisma batches concurrent findUnique calls into one query, which at a
 * thousand simultaneous bookings exceeds SQLite's bound-parameter limit.)
 */
async function ensureSlot(centreId: number, date: DayString, time: SlotTime, capacity: number) {
  const where = { centreId, date, startTime: time.startTime };
  const found = await db.appointmentSlot.findFirst({ where });
  if (found) return found;
  try {
    return await db.appointmentSlot.create({ data: { ...where, endTime: time.endTime, capacity } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.appointmentSlot.findFirstOrThrow({ where });
  }
}

/** All of a day's slots in layout order, created as needed. */
export async function ensureDaySlots(centreId: number, date: DayString) {
  const { times, capacity } = await loadCentreLayout(centreId);
  const existing = await db.appointmentSlot.findMany({ where: { centreId, date } });
  const byStart = new Map(existing.map((s) => [s.startTime, s]));
  const out = [];
  for (const time of times) out.push(byStart.get(time.startTime) ?? (await ensureSlot(centreId, date, time, capacity)));
  return out;
}

export interface CentreWithWindows extends CentreLayout {
  id: number;
  seatsPerWindowPerSlot: number;
  windows: WindowSeat[];
}

/** The slot time a booking asks for in the centre's current layout; VALIDATION when the centre has no such slot. */
export function bookingSlotTime(centre: CentreLayout, startTime: string): SlotTime {
  const time = slotTimesOf(centre).find((t) => t.startTime === startTime);
  if (!time) throw new AppError("VALIDATION", "所选时段不存在，请重新选择", { fieldErrors: { startTime: "所选时段不存在" } });
  return time;
}

/** The slot a booking asks for at an already loaded centre, created as needed; VALIDATION when the centre has no such slot. */
export async function ensureBookingSlot(centre: CentreWithWindows, date: DayString, startTime: string) {
  const time = bookingSlotTime(centre, startTime);
  return ensureSlot(centre.id, date, time, slotCapacityOf(centre.windows, centre.seatsPerWindowPerSlot));
}

export interface BookingDay {
  date: DayString;
  weekday: string;
  available: boolean;
  /** why the day is closed, or the name of a 调休 working day */
  note: string | null;
  remaining: number;
}

/** The 7 days of the booking window at `now` for one centre, with closed days marked (A1, A2). */
export async function listBookingDays(centreId: number, now: Date): Promise<BookingDay[]> {
  const days = bookingWindow(now);
  const { times, capacity } = await loadCentreLayout(centreId);
  const [calendar, names, closed, slots] = await Promise.all([
    loadWorkingDayCalendar(centreId),
    db.calendarDay.findMany({ where: { date: { in: days } } }),
    db.centreClosedDay.findMany({ where: { centreId, date: { in: days } } }),
    db.appointmentSlot.findMany({ where: { centreId, date: { in: days } }, select: { date: true, startTime: true, capacity: true, booked: true } }),
  ]);
  const nameOf = new Map(names.map((n) => [n.date, n.name]));
  const closedReason = new Map(closed.map((c) => [c.date, c.reason]));
  return days.map((date) => {
    const working = calendar.isWorkingDay(date);
    // Only the current layout counts: slots left from an older layout keep their bookings but offer nothing.
    const daySlots = slots.filter((s) => s.date === date && times.some((t) => t.startTime === s.startTime));
    const created = new Set(daySlots.map((s) => s.startTime));
    const remaining =
      daySlots.reduce((sum, s) => sum + Math.max(0, s.capacity - s.booked), 0) +
      times.filter((t) => !created.has(t.startTime)).length * capacity;
    const note = closedReason.has(date) ? `闭厅：${closedReason.get(date)}` : (nameOf.get(date) ?? (working ? null : "休息日"));
    return { date, weekday: weekdayOf(date), available: working && remaining > 0, note, remaining: working ? remaining : 0 };
  });
}

export interface SlotView {
  id: number;
  startTime: string;
  endTime: string;
  capacity: number;
  remaining: number;
  available: boolean;
}

/** A bookable day's slots with remaining seats; empty for a day outside the window or not open. */
export async function listDaySlots(centreId: number, date: DayString, now: Date): Promise<SlotView[]> {
  if (!isInBookingWindow(date, now)) return [];
  const calendar = await loadWorkingDayCalendar(centreId);
  if (!calendar.isWorkingDay(date)) return [];
  const slots = await ensureDaySlots(centreId, date);
  return slots.map((s) => {
    const remaining = Math.max(0, s.capacity - s.booked);
    return { id: s.id, startTime: s.startTime, endTime: s.endTime, capacity: s.capacity, remaining, available: remaining > 0 && slotStartsAt(date, s.startTime) > now };
  });
}

/**
 * After ADMIN changes windows or seats, the not-yet-started days take the new capacity. A
 * capacity below the seats already booked keeps those bookings and simply accepts no more.
 */
export async function refreshFutureSlotCapacity(tx: Tx, centreId: number, now: Date): Promise<number> {
  const centre = await tx.serviceCentre.findUniqueOrThrow({ where: { id: centreId }, include: { windows: true } });
  const capacity = slotCapacityOf(centre.windows, centre.seatsPerWindowPerSlot);
  const { count } = await tx.appointmentSlot.updateMany({ where: { centreId, date: { gt: shanghaiToday(now) } }, data: { capacity } });
  return count;
}
