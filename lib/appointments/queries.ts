/** Reads for the appointment pages; every per-user read is scoped to its owner (U9). */
import type { Role } from "@/lib/auth/roles";
import { shanghaiToday, type DayString } from "@/lib/calendar";
import { db } from "@/lib/db";
import { itemAppliesTo } from "@/lib/catalogue/labels";
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

/** The user's own bookings, newest first, with whether each can still be cancelled at `now`. */
export async function listOwnAppointments(userId: string, now: Date, take = 50) {
  const rows = await db.appointment.findMany({
    where: { userId },
    include: {
      item: { select: { name: true, code: true } },
      slot: { select: { endTime: true, centre: { select: { name: true, address: true, phone: true } } } },
      window: { select: { number: true, name: true } },
    },
    orderBy: [{ date: "desc" }, { startTime: "desc" }],
    take,
  });
  return rows.map((a) => ({ ...a, cancellable: a.status === "BOOKED" && slotStartsAt(a.date, a.startTime) > now }));
}

/** STAFF: one centre's bookings of one day, in slot order (A6). */
export async function listCentreDayAppointments(centreId: number, date: DayString, now: Date) {
  const rows = await db.appointment.findMany({
    where: { centreId, date, status: { not: "CANCELLED" } },
    include: {
      item: { select: { name: true } },
      user: { select: { name: true, mobile: true, role: true, unitName: true } },
      slot: { select: { endTime: true } },
      window: { select: { id: true, number: true, name: true } },
    },
    orderBy: [{ startTime: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((a) => ({ ...a, started: slotStartsAt(a.date, a.startTime) <= now }));
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
