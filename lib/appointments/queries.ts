/** Reads for the appointment pages; every per-user read is scoped to its owner (U9). */
import type { Role } from "@/lib/auth/roles";
import { shanghaiToday, type DayString } from "@/lib/calendar";
import { db } from "@/lib/db";
import { itemAppliesTo } from "@/lib/catalogue/labels";
import type { Booker } from "./book-appointment";
import { bookingsVisibleTo } from "./ownership";
import { slotCapacityOf, slotStartsAt, slotTimesOf } from "./slots";

/** Published centres with their windows and upcoming closed days, for the public list and booking. */
export async function listPublishedCentres(now: Date) {
  const today = shanghaiToday(now);
  const centres = await db.serviceCentre.findMany({
    where: { published: true },
    include: {
      windows: { where: { active: true }, orderBy: { number: "asc" } },
      closedDays: { where: { date: { gte: today } }, orderBy: { date: "asc" } },
    },
    orderBy: { code: "asc" },
  });
  return centres.map((c) => ({
    ...c,
    slotsPerDay: slotTimesOf(c).length,
    seatsPerSlot: slotCapacityOf(c.windows, c.seatsPerWindowPerSlot),
    appointmentWindows: c.windows.filter((w) => w.appointmentOnly).length,
  }));
}

export function findPublishedCentre(centreId: number) {
  return db.serviceCentre.findFirst({ where: { id: centreId, published: true } });
}

/** Items a user of `role` can book at a window. */
export async function listBookableItems(role: Role) {
  const items = await db.serviceItem.findMany({
    where: { published: true, bookable: true },
    select: { id: true, code: true, name: true, category: true, applicantType: true, handlingType: true, materials: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
  return items.filter((i) => itemAppliesTo(i.applicantType, role));
}

/**
 * The bookings the booker may see (U9: their own; a unit handler's, every booking of its
 * unit), newest first, with who booked and whether each can still be cancelled at `now`.
 */
export async function listOwnAppointments(booker: Booker, now: Date, take = 50) {
  const rows = await db.appointment.findMany({
    where: bookingsVisibleTo(booker),
    include: {
      item: { select: { name: true, code: true } },
      slot: { select: { endTime: true, centre: { select: { name: true, address: true, phone: true } } } },
      window: { select: { number: true, name: true } },
      user: { select: { name: true } },
    },
    orderBy: [{ date: "desc" }, { startTime: "desc" }],
    take,
  });
  return rows.map((a) => ({ ...a, bookedByMe: a.userId === booker.id, cancellable: a.status === "BOOKED" && slotStartsAt(a.date, a.startTime) > now }));
}

/** STAFF: one centre's bookings of one day, in slot order (A6). */
export async function listCentreDayAppointments(centreId: number, date: DayString, now: Date) {
  const rows = await db.appointment.findMany({
    where: { centreId, date, status: { not: "CANCELLED" } },
    include: {
      item: { select: { name: true } },
      user: { select: { name: true, mobile: true, role: true, unitName: true } },
      slot: { select: { endTime: true } },
      window: { select: { id: true, number: true, name: true, appointmentOnly: true } },
    },
    orderBy: [{ startTime: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((a) => ({ ...a, started: slotStartsAt(a.date, a.startTime) <= now }));
}

export type CentreDayAppointment = Awaited<ReturnType<typeof listCentreDayAppointments>>[number];

interface DayWindow {
  id: number;
  number: string;
  name: string;
  appointmentOnly: boolean;
}

/**
 * STAFF: the day of one centre per window (A6). A booking has a window once the visitor is
 * checked in there; until then (and when it ends as a no-show) it waits among the unassigned.
 * Every active window is listed, appointment-only windows first, and so is an inactive window
 * that served someone today.
 */
export async function listCentreDayByWindow(centreId: number, date: DayString, now: Date) {
  const [appointments, activeWindows] = await Promise.all([
    listCentreDayAppointments(centreId, date, now),
    db.centreWindow.findMany({ where: { centreId, active: true }, orderBy: { number: "asc" } }),
  ]);
  const windows = new Map<number, DayWindow>(activeWindows.map((w) => [w.id, w]));
  for (const a of appointments) if (a.window && !windows.has(a.window.id)) windows.set(a.window.id, a.window);
  const ordered = [...windows.values()].sort((a, b) => Number(b.appointmentOnly) - Number(a.appointmentOnly) || a.number.localeCompare(b.number));
  return {
    byWindow: ordered.map((window) => ({ window, appointments: appointments.filter((a) => a.window?.id === window.id) })),
    unassigned: appointments.filter((a) => !a.window),
    counts: {
      total: appointments.length,
      booked: appointments.filter((a) => a.status === "BOOKED").length,
      checkedIn: appointments.filter((a) => a.status === "CHECKED_IN").length,
      noShow: appointments.filter((a) => a.status === "NO_SHOW").length,
    },
  };
}

/** STAFF: centres with their active windows, for the centre picker and check-in. */
export function listCentresWithWindows() {
  return db.serviceCentre.findMany({
    include: { windows: { where: { active: true }, orderBy: { number: "asc" } } },
    orderBy: { code: "asc" },
  });
}

/** ADMIN: every centre, published or not, with all windows and the closed days from today on. */
export function listCentresForAdmin(now: Date) {
  return db.serviceCentre.findMany({
    include: { windows: { orderBy: { number: "asc" } }, closedDays: { where: { date: { gte: shanghaiToday(now) } }, orderBy: { date: "asc" } } },
    orderBy: { code: "asc" },
  });
}

export function findCentreForAdmin(code: string, now: Date) {
  return db.serviceCentre.findUnique({
    where: { code },
    include: { windows: { orderBy: { number: "asc" } }, closedDays: { where: { date: { gte: shanghaiToday(now) } }, orderBy: { date: "asc" } } },
  });
}
