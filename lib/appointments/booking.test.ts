import { beforeAll, describe, expect, it } from "vitest";
import { addDays, bookingWindow, shanghaiToday } from "@/lib/calendar";
import { db } from "@/lib/db";
import { asUser, createTestUser } from "@/tests/helpers";
import { ALREADY_BOOKED_MESSAGE, bookAppointment, SLOT_FULL_MESSAGE } from "./book-appointment";
import { bookAppointmentAction } from "./actions";
import { loadWorkingDayCalendar } from "@/lib/calendar/working-day-store";
import { listBookingDays, listDaySlots } from "./slots";
import { createTestCentre, createTestItem, seedStatutoryCalendar } from "./test-fixtures";

const asBooker = (u: { id: string; role: "PERSON" | "UNIT" | "STAFF" | "ADMIN" }) => ({ id: u.id, role: u.role });

beforeAll(async () => {
  await seedStatutoryCalendar();
});

describe("booking capacity", () => {
  it("A3: 200 concurrent bookings of a 5-seat slot create exactly 5", async () => {
    const centre = await createTestCentre({ appointmentWindows: 5, otherWindows: 3 });
    const item = await createTestItem();
    const users = [];
    for (let i = 0; i < 200; i += 20) users.push(...(await Promise.all(Array.from({ length: 20 }, () => createTestUser("PERSON")))));
    const now = new Date("2026-11-23T01:00:00Z"); // Monday 09:00 Shanghai
    const request = { centreId: centre.id, itemId: item.id, date: "2026-11-24", startTime: "09:00" };

    const results = await Promise.allSettled(users.map((u) => bookAppointment(asBooker(u), request, now)));

    const booked = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(booked).toHaveLength(5);
    expect(refused.map((r) => (r.reason as Error).message)).toEqual(Array(195).fill(SLOT_FULL_MESSAGE));
    const slot = await db.appointmentSlot.findUniqueOrThrow({ where: { centreId_date_startTime: { centreId: centre.id, date: "2026-11-24", startTime: "09:00" } } });
    expect(slot).toMatchObject({ capacity: 5, booked: 5 });
    expect(await db.appointment.count({ where: { slotId: slot.id, status: "BOOKED" } })).toBe(5);
    const numbers = booked.map((r) => (r as PromiseFulfilledResult<{ bookingNo: string }>).value.bookingNo);
    expect(new Set(numbers).size).toBe(5);
    for (const n of numbers) expect(n).toMatch(/^YY20261124\d{6}$/);
    // Confirmation message and SMS exist exactly for the successful bookings (same transaction).
    const winners = (await db.appointment.findMany({ where: { slotId: slot.id }, select: { userId: true } })).map((a) => a.userId);
    expect(await db.message.count({ where: { userId: { in: users.map((u) => u.id) }, category: "APPOINTMENT" } })).toBe(5);
    expect(await db.message.count({ where: { userId: { in: winners }, category: "APPOINTMENT" } })).toBe(5);
    expect(await db.operationTrace.count({ where: { action: "appointment.book", entityId: { in: (await db.appointment.findMany({ where: { slotId: slot.id } })).map((a) => a.id) } } })).toBe(5);
  });

  it("A3: one person cannot hold two active bookings for the same item and day", async () => {
    const centre = await createTestCentre({ appointmentWindows: 2 });
    const item = await createTestItem();
    const otherItem = await createTestItem();
    const user = await createTestUser("PERSON");
    const now = new Date("2026-11-23T01:00:00Z");
    const day = "2026-11-25";

    // Five attempts at once on different slots of the same day: one wins.
    const times = ["09:00", "09:30", "10:00", "10:30", "11:00"];
    const results = await Promise.allSettled(times.map((startTime) => bookAppointment(asBooker(user), { centreId: centre.id, itemId: item.id, date: day, startTime }, now)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect((r.reason as Error).message).toBe(ALREADY_BOOKED_MESSAGE);

    // Sequentially, the answer is the same; seats taken by refused attempts were rolled back.
    await expect(bookAppointment(asBooker(user), { centreId: centre.id, itemId: item.id, date: day, startTime: "14:00" }, now)).rejects.toMatchObject({ code: "CONFLICT", message: ALREADY_BOOKED_MESSAGE });
    const slots = await db.appointmentSlot.findMany({ where: { centreId: centre.id, date: day } });
    expect(slots.reduce((sum, s) => sum + s.booked, 0)).toBe(1);

    // Another item the same day, and the same item another day, are fine.
    await expect(bookAppointment(asBooker(user), { centreId: centre.id, itemId: otherItem.id, date: day, startTime: "14:00" }, now)).resolves.toMatchObject({ date: day });
    await expect(bookAppointment(asBooker(user), { centreId: centre.id, itemId: item.id, date: "2026-11-26", startTime: "14:00" }, now)).resolves.toMatchObject({ date: "2026-11-26" });
  });

  it("A3: an item for units cannot be booked by a person, a non-bookable item by anyone", async () => {
    const centre = await createTestCentre();
    const unitItem = await createTestItem({ applicantType: "UNIT" });
    const onlineOnly = await createTestItem({ bookable: false });
    const person = await createTestUser("PERSON");
    const unit = await createTestUser("UNIT");
    const now = new Date("2026-11-23T01:00:00Z");
    const at = { centreId: centre.id, date: "2026-11-24", startTime: "10:00" };
    await expect(bookAppointment(asBooker(person), { ...at, itemId: unitItem.id }, now)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(bookAppointment(asBooker(unit), { ...at, itemId: unitItem.id }, now)).resolves.toMatchObject({ date: "2026-11-24" });
    await expect(bookAppointment(asBooker(person), { ...at, itemId: onlineOnly.id }, now)).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("booking window (server side)", () => {
  it("A1: a booking for today / for day 8 is refused on the server", async () => {
    const centre = await createTestCentre({ appointmentWindows: 2 });
    const item = await createTestItem();
    const user = await createTestUser("PERSON");
    const now = new Date();
    const today = shanghaiToday(now);
    const book = (date: string) => asUser(user, () => bookAppointmentAction({ centreId: String(centre.id), itemId: String(item.id), date, startTime: "15:00" }));

    for (const date of [today, addDays(today, 8), addDays(today, -1)]) {
      const result = await book(date);
      expect(result).toMatchObject({ ok: false, code: "VALIDATION", message: "只能预约明天起 7 天内的日期" });
    }
    expect(await db.appointment.count({ where: { userId: user.id } })).toBe(0);

    // The first working day of the window is accepted through the same action.
    const calendar = await loadWorkingDayCalendar(centre.id);
    const firstOpen = bookingWindow(now).find((d) => calendar.isWorkingDay(d));
    expect(firstOpen).toBeDefined();
    const ok = await book(firstOpen!);
    expect(ok).toMatchObject({ ok: true, data: { date: firstOpen, startTime: "15:00" } });
    if (ok.ok) expect(ok.data.bookingNo).toMatch(/^YY\d{14}$/);
  });

  it("A1: anonymous callers and staff cannot book through the action", async () => {
    const staff = await createTestUser("STAFF");
    expect(await asUser(null, () => bookAppointmentAction({}))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await asUser(staff, () => bookAppointmentAction({}))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("working days", () => {
  it("A2: holiday Monday not bookable / adjusted working Saturday bookable", async () => {
    const centre = await createTestCentre({ appointmentWindows: 2 });
    const item = await createTestItem();
    const user = await createTestUser("PERSON");

    // 2026-10-01 10:00 Shanghai: window Oct 2–8; Mon Oct 5 is 国庆节.
    const inHoliday = new Date("2026-10-01T02:00:00Z");
    await expect(bookAppointment(asBooker(user), { centreId: centre.id, itemId: item.id, date: "2026-10-05", startTime: "09:00" }, inHoliday)).rejects.toMatchObject({ code: "VALIDATION" });
    const days = await listBookingDays(centre.id, inHoliday);
    expect(days.map((d) => d.date)).toEqual(bookingWindow(inHoliday));
    expect(days.find((d) => d.date === "2026-10-05")).toMatchObject({ weekday: "周一", available: false, note: "国庆节" });
    expect(days.find((d) => d.date === "2026-10-08")).toMatchObject({ available: true, remaining: 13 * 2 });
    expect(await listDaySlots(centre.id, "2026-10-05", inHoliday)).toEqual([]);

    // 2026-10-05: window Oct 6–12; Sat Oct 10 is 国庆调休上班, Sun Oct 11 an ordinary rest day.
    const after = new Date("2026-10-05T02:00:00Z");
    const sat = await bookAppointment(asBooker(user), { centreId: centre.id, itemId: item.id, date: "2026-10-10", startTime: "09:00" }, after);
    expect(sat).toMatchObject({ date: "2026-10-10", weekday: "周六" });
    await expect(bookAppointment(asBooker(user), { centreId: centre.id, itemId: item.id, date: "2026-10-11", startTime: "09:00" }, after)).rejects.toMatchObject({ code: "VALIDATION" });
    const slots = await listDaySlots(centre.id, "2026-10-10", after);
    expect(slots).toHaveLength(13); // 09:00–12:00 (6) and 13:30–17:00 (7) in 30-minute slots
    expect(slots[0]).toMatchObject({ startTime: "09:00", endTime: "09:30", capacity: 2, remaining: 1, available: true });
  });

  it("A2: a centre's closed day is not bookable there, and is shown with its reason", async () => {
    const centre = await createTestCentre();
    const item = await createTestItem();
    const user = await createTestUser("UNIT");
    await db.centreClosedDay.create({ data: { centreId: centre.id, date: "2026-11-26", reason: "系统升级" } });
    const now = new Date("2026-11-23T01:00:00Z");
    await expect(bookAppointment(asBooker(user), { centreId: centre.id, itemId: item.id, date: "2026-11-26", startTime: "09:00" }, now)).rejects.toMatchObject({ code: "VALIDATION" });
    const days = await listBookingDays(centre.id, now);
    expect(days.find((d) => d.date === "2026-11-26")).toMatchObject({ available: false, note: "闭厅：系统升级" });
  });

  it("A2: slots are created once even when many viewers open a day at the same time", async () => {
    const centre = await createTestCentre();
    const now = new Date("2026-11-23T01:00:00Z");
    const views = await Promise.all(Array.from({ length: 20 }, () => listDaySlots(centre.id, "2026-11-27", now)));
    expect(new Set(views.map((v) => JSON.stringify(v))).size).toBe(1);
    expect(await db.appointmentSlot.count({ where: { centreId: centre.id, date: "2026-11-27" } })).toBe(13);
  });
});
