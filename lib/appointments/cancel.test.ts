import { beforeAll, describe, expect, it } from "vitest";
import { addDays, shanghaiDateTime } from "@/lib/calendar";
import { db } from "@/lib/db";
import { asUser, createTestUser } from "@/tests/helpers";
import { bookAppointment, SLOT_FULL_MESSAGE } from "./book-appointment";
import { cancelAppointment } from "./cancel-appointment";
import { cancelAppointmentAction } from "./actions";
import { findBookingRestriction } from "./no-show";
import { listOwnAppointments } from "./queries";
import { markNoShow } from "./visit";
import { createTestCentre, createTestItem, seedStatutoryCalendar } from "./test-fixtures";

const asBooker = (u: { id: string; role: "PERSON" | "UNIT" | "STAFF" | "ADMIN" }) => ({ id: u.id, role: u.role });

beforeAll(async () => {
  await seedStatutoryCalendar();
});

describe("cancel", () => {
  it("A5: cancel releases capacity and another user's booking id is NOT_FOUND", async () => {
    const centre = await createTestCentre({ appointmentWindows: 1 });
    const item = await createTestItem();
    const [alice, bob] = [await createTestUser("PERSON"), await createTestUser("PERSON")];
    const now = new Date("2026-11-23T01:00:00Z");
    const request = { centreId: centre.id, itemId: item.id, date: "2026-11-24", startTime: "10:00" };

    const booked = await bookAppointment(asBooker(alice), request, now);
    await expect(bookAppointment(asBooker(bob), request, now)).rejects.toMatchObject({ code: "CONFLICT", message: SLOT_FULL_MESSAGE });

    // Bob cannot cancel (or even see) Alice's booking, directly or through the action.
    await expect(cancelAppointment(asBooker(bob), booked.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await asUser(bob, () => cancelAppointmentAction({ id: booked.id }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).toMatchObject({ status: "BOOKED" });

    await cancelAppointment(asBooker(alice), booked.id, now);
    const cancelled = await db.appointment.findUniqueOrThrow({ where: { id: booked.id }, include: { slot: true } });
    expect(cancelled).toMatchObject({ status: "CANCELLED", activeKey: null });
    expect(cancelled.cancelledAt).not.toBeNull();
    expect(cancelled.slot.booked).toBe(0);
    expect(await db.operationTrace.count({ where: { action: "appointment.cancel", entityId: booked.id } })).toBe(1);

    // The released seat can be booked; a second cancel is refused and never takes booked below 0.
    await expect(bookAppointment(asBooker(bob), request, now)).resolves.toMatchObject({ startTime: "10:00" });
    await expect(cancelAppointment(asBooker(alice), booked.id, now)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.appointmentSlot.findUniqueOrThrow({ where: { id: cancelled.slotId } })).booked).toBe(1);

    // Alice may book the same item that day again after cancelling.
    await expect(bookAppointment(asBooker(alice), { ...request, startTime: "10:30" }, now)).resolves.toMatchObject({ startTime: "10:30" });
  });

  it("A5: a booking cannot be cancelled once its slot has started", async () => {
    const centre = await createTestCentre();
    const item = await createTestItem();
    const user = await createTestUser("UNIT");
    const booked = await bookAppointment(asBooker(user), { centreId: centre.id, itemId: item.id, date: "2026-11-24", startTime: "09:30" }, new Date("2026-11-23T01:00:00Z"));
    await expect(cancelAppointment(asBooker(user), booked.id, new Date("2026-11-24T01:30:00Z"))).rejects.toMatchObject({ code: "CONFLICT", message: "预约时段已开始，不能取消" });
    await expect(cancelAppointment(asBooker(user), booked.id, new Date("2026-11-24T01:29:00Z"))).resolves.toMatchObject({ bookingNo: booked.bookingNo });
  });
});

describe("a unit's bookings (U9)", () => {
  // Core unit ids of their own, so other tests' bookings never show up here.
  const unitIds = () => {
    const base = 700_000 + Math.floor(Math.random() * 100_000) * 2;
    return [base, base + 1];
  };

  it("U9: a second handler of the same unit sees and cancels the unit's booking; a handler of another unit gets NOT_FOUND", async () => {
    const centre = await createTestCentre();
    const item = await createTestItem({ applicantType: "UNIT" });
    const [unitA, unitB] = unitIds();
    const first = await createTestUser("UNIT", { coreUnitId: unitA, name: "甲经办" });
    const second = await createTestUser("UNIT", { coreUnitId: unitA, name: "乙经办" });
    const stranger = await createTestUser("UNIT", { coreUnitId: unitB });
    const unbound = await createTestUser("UNIT");
    const person = await createTestUser("PERSON");
    const now = new Date("2026-11-23T01:00:00Z");

    const booked = await bookAppointment(first, { centreId: centre.id, itemId: item.id, date: "2026-11-24", startTime: "10:00" }, now);
    expect(await db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).toMatchObject({ userId: first.id, unitId: unitA });

    const seenBySecond = await listOwnAppointments(second, now);
    expect(seenBySecond.map((a) => [a.id, a.user.name, a.bookedByMe, a.cancellable])).toEqual([[booked.id, "甲经办", false, true]]);
    for (const other of [stranger, unbound, person]) expect((await listOwnAppointments(other, now)).map((a) => a.id)).not.toContain(booked.id);

    await expect(cancelAppointment(stranger, booked.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await asUser(stranger, () => cancelAppointmentAction({ id: booked.id }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await asUser(unbound, () => cancelAppointmentAction({ id: booked.id }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).toMatchObject({ status: "BOOKED" });

    expect(await asUser(second, () => cancelAppointmentAction({ id: booked.id }))).toMatchObject({ ok: true, data: { bookingNo: booked.bookingNo } });
    expect(await db.appointment.findUniqueOrThrow({ where: { id: booked.id }, include: { slot: true } })).toMatchObject({ status: "CANCELLED", slot: { booked: 0 } });
    // The handler who booked is told, and the trace names the one who cancelled.
    const message = await db.message.findFirstOrThrow({ where: { userId: first.id, title: { startsWith: "预约已取消" } } });
    expect(message.body).toContain("由本单位其他经办人取消");
    expect(await db.operationTrace.findFirstOrThrow({ where: { action: "appointment.cancel", entityId: booked.id } })).toMatchObject({ actorId: second.id, actorRole: "UNIT" });
  });

  it("U9: a handler sees the bookings of the unit it acts for now, not those of a unit it left", async () => {
    const centre = await createTestCentre();
    const item = await createTestItem({ applicantType: "UNIT" });
    const [unitA, unitB] = unitIds();
    const handler = await createTestUser("UNIT", { coreUnitId: unitA });
    const now = new Date("2026-11-23T01:00:00Z");
    const booked = await bookAppointment(handler, { centreId: centre.id, itemId: item.id, date: "2026-11-24", startTime: "11:00" }, now);

    await db.user.update({ where: { id: handler.id }, data: { coreUnitId: unitB } });
    const movedOn = { ...handler, unitId: unitB };
    expect((await listOwnAppointments(movedOn, now)).map((a) => a.id)).not.toContain(booked.id);
    await expect(cancelAppointment(movedOn, booked.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const successor = await createTestUser("UNIT", { coreUnitId: unitA });
    expect((await listOwnAppointments(successor, now)).map((a) => a.id)).toEqual([booked.id]);
  });
});

describe("no-show restriction", () => {
  it("A5: 3 no-shows within 90 days restrict booking for 30 days, with the reason and end date", async () => {
    const centre = await createTestCentre();
    const item = await createTestItem();
    const user = await createTestUser("PERSON");
    const staff = await createTestUser("STAFF");
    const visits = ["2026-11-24", "2026-12-08", "2026-12-22"];
    for (const date of visits) {
      const dayBefore = shanghaiDateTime(addDays(date, -1), "10:00");
      const booked = await bookAppointment(asBooker(user), { centreId: centre.id, itemId: item.id, date, startTime: "09:00" }, dayBefore);
      // Not before the slot starts…
      await expect(markNoShow(asBooker(staff), booked.id, new Date(`${date}T08:59:00+08:00`))).rejects.toMatchObject({ code: "VALIDATION" });
      await markNoShow(asBooker(staff), booked.id, new Date(`${date}T09:31:00+08:00`));
      if (date !== visits[2]) expect(await findBookingRestriction(user.id, new Date(`${date}T12:00:00+08:00`))).toBeNull();
    }

    const nextDay = new Date("2026-12-23T10:00:00+08:00");
    const restriction = await findBookingRestriction(user.id, nextDay);
    expect(restriction).toMatchObject({ triggeredOn: "2026-12-22", until: "2027-01-21", noShowDates: visits });
    await expect(bookAppointment(asBooker(user), { centreId: centre.id, itemId: item.id, date: "2026-12-24", startTime: "09:00" }, nextDay)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("2027-01-21 前（含当日）暂停网上预约"),
    });
    // Still refused on the last day, free again the day after.
    expect(await findBookingRestriction(user.id, new Date("2027-01-21T23:00:00+08:00"))).not.toBeNull();
    expect(await findBookingRestriction(user.id, new Date("2027-01-22T00:00:00+08:00"))).toBeNull();
    await expect(bookAppointment(asBooker(user), { centreId: centre.id, itemId: item.id, date: "2027-01-25", startTime: "09:00" }, new Date("2027-01-22T09:00:00+08:00"))).resolves.toMatchObject({ date: "2027-01-25" });
    // The person was told of each no-show.
    expect(await db.message.count({ where: { userId: user.id, title: { startsWith: "预约未到场" } } })).toBe(3);
  });

  it("A5: no-shows spread over more than 90 days do not restrict", async () => {
    const item = await createTestItem();
    const centre = await createTestCentre();
    const user = await createTestUser("PERSON");
    const dates = ["2026-06-01", "2026-08-03", "2026-09-01"]; // first and third 92 days apart
    for (const [i, date] of dates.entries()) {
      const slot = await db.appointmentSlot.create({ data: { centreId: centre.id, date, startTime: "09:00", endTime: "09:30", capacity: 1, booked: 1 } });
      await db.appointment.create({ data: { bookingNo: `YYTEST${user.id.slice(-6)}${i}`, userId: user.id, itemId: item.id, slotId: slot.id, centreId: centre.id, date, startTime: "09:00", status: "NO_SHOW" } });
    }
    expect(await findBookingRestriction(user.id, new Date("2026-09-02T09:00:00+08:00"))).toBeNull();
  });
});
