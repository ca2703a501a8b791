/**
 * ADMIN maintenance of service centres (A2): hours and slot layout, windows (预约专窗),
 * closed days. Each change and its trace row commit together; a change that alters seats
 * updates the not-yet-started slots, and a new closed day cancels its bookings (closures.ts).
 */
import { shanghaiToday } from "@/lib/calendar";
import { db, isUniqueViolation } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { cancelBookingsForClosure } from "./closures";
import { refreshFutureSlotCapacity } from "./slots";
import { invalidateBookingCatalogue } from "./booking-catalogue";
import type { CentreSettingsInput, CentreWindowInput } from "./schema";

export async function updateCentreSettings(actor: UserActor, input: CentreSettingsInput, now: Date) {
  assertRole(actor, ["ADMIN"]);
  const { centreId, ...data } = input;
  const before = await db.serviceCentre.findUnique({ where: { id: centreId } });
  if (!before) throw notFound("服务网点");
  await db.$transaction(async (tx) => {
    await tx.serviceCentre.update({ where: { id: centreId }, data });
    const refreshed = await refreshFutureSlotCapacity(tx, centreId, now);
    const changed = Object.fromEntries(
      Object.entries(data).flatMap(([k, v]) => (before[k as keyof typeof before] === v ? [] : [[k, { before: before[k as keyof typeof before], after: v }]])),
    );
    await appendTrace(tx, actor, { action: "centre.update", entity: "ServiceCentre", entityId: String(centreId), summary: { code: before.code, changed, slotsRefreshed: refreshed } });
  });
  invalidateBookingCatalogue();
}

export async function saveCentreWindow(actor: UserActor, input: CentreWindowInput, now: Date) {
  assertRole(actor, ["ADMIN"]);
  const { centreId, windowId, ...data } = input;
  const centre = await db.serviceCentre.findUnique({ where: { id: centreId } });
  if (!centre) throw notFound("服务网点");
  try {
    await db.$transaction(async (tx) => {
      let saved;
      let before = null;
      if (windowId) {
        before = await tx.centreWindow.findFirst({ where: { id: windowId, centreId } });
        if (!before) throw notFound("窗口");
        saved = await tx.centreWindow.update({ where: { id: windowId }, data });
      } else {
        saved = await tx.centreWindow.create({ data: { centreId, ...data } });
      }
      await refreshFutureSlotCapacity(tx, centreId, now);
      await appendTrace(tx, actor, {
        action: windowId ? "centre.window.update" : "centre.window.create",
        entity: "CentreWindow",
        entityId: String(saved.id),
        summary: { centre: centre.code, before: before && { number: before.number, appointmentOnly: before.appointmentOnly, active: before.active }, after: data },
      });
    });
    invalidateBookingCatalogue();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", `窗口号 ${data.number} 已存在`, { fieldErrors: { number: "窗口号已存在" } });
    throw error;
  }
}

/** Closes a centre for a day (today or later); bookings already made for it are cancelled and their holders told. */
export async function addCentreClosedDay(actor: UserActor, input: { centreId: number; date: string; reason: string }, now: Date) {
  assertRole(actor, ["ADMIN"]);
  if (input.date < shanghaiToday(now)) throw new AppError("VALIDATION", "不能设置过去的日期", { fieldErrors: { date: "不能设置过去的日期" } });
  const centre = await db.serviceCentre.findUnique({ where: { id: input.centreId } });
  if (!centre) throw notFound("服务网点");
  try {
    const added = await db.$transaction(async (tx) => {
      const closed = await tx.centreClosedDay.create({ data: input });
      const cancelled = await cancelBookingsForClosure(tx, { centreId: input.centreId, date: input.date }, input.reason, now);
      await appendTrace(tx, actor, { action: "centre.closedDay.add", entity: "CentreClosedDay", entityId: String(closed.id), summary: { centre: centre.code, date: input.date, reason: input.reason, cancelledBookings: cancelled } });
      return { cancelledBookings: cancelled };
    });
    invalidateBookingCatalogue();
    return added;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", `${input.date} 已设为闭厅日`, { fieldErrors: { date: "该日已设为闭厅日" } });
    throw error;
  }
}

export async function removeCentreClosedDay(actor: UserActor, input: { centreId: number; closedDayId: number }) {
  assertRole(actor, ["ADMIN"]);
  const closed = await db.centreClosedDay.findFirst({ where: { id: input.closedDayId, centreId: input.centreId }, include: { centre: { select: { code: true } } } });
  if (!closed) throw notFound("闭厅日");
  await db.$transaction(async (tx) => {
    await tx.centreClosedDay.delete({ where: { id: closed.id } });
    await appendTrace(tx, actor, { action: "centre.closedDay.remove", entity: "CentreClosedDay", entityId: String(closed.id), summary: { centre: closed.centre.code, date: closed.date, reason: closed.reason } });
  });
  invalidateBookingCatalogue();
}
