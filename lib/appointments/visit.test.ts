import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asUser, createTestUser } from "@/tests/helpers";
import { bookAppointment } from "./book-appointment";
import { checkInAppointmentAction as checkInAction, markNoShowAction } from "./actions";
import { listCentreDayAppointments, listCentreDayByWindow } from "./queries";
import { checkInAppointment, markNoShow } from "./visit";
import { createTestCentre, createTestItem, seedStatutoryCalendar } from "./test-fixtures";

beforeAll(async () => {
  await seedStatutoryCalendar();
});

describe("on-site handling", () => {
  it("A6: staff checks a visitor in at a window of the centre on the day, and marks no-shows after the slot starts", async () => {
    const centre = await createTestCentre({ appointmentWindows: 2 });
    const otherCentre = await createTestCentre();
    const item = await createTestItem();
    const [p1, p2] = [await createTestUser("PERSON"), await createTestUser("PERSON")];
    const staff = await createTestUser("STAFF");
    const actor = { id: staff.id, role: staff.role };
    const bookedAt = new Date("2026-11-23T01:00:00Z");
    const at = { centreId: centre.id, itemId: item.id, date: "2026-11-24" };
    const a1 = await bookAppointment({ id: p1.id, role: "PERSON" }, { ...at, startTime: "09:00" }, bookedAt);
    const a2 = await bookAppointment({ id: p2.id, role: "PERSON" }, { ...at, startTime: "10:00" }, bookedAt);
    const window = centre.windows.find((w) => w.appointmentOnly)!;
    const foreignWindow = otherCentre.windows[0];

    await expect(checkInAppointment(actor, { appointmentId: a1.id, windowId: window.id }, bookedAt)).rejects.toMatchObject({ code: "VALIDATION" }); // not the day
    const visitMorning = new Date("2026-11-24T00:50:00Z"); // 08:50, before the slot: check-in is fine
    await expect(checkInAppointment(actor, { appointmentId: a1.id, windowId: foreignWindow.id }, visitMorning)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(checkInAppointment(actor, { appointmentId: a1.id, windowId: window.id }, visitMorning)).resolves.toMatchObject({ window: window.number });
    await expect(checkInAppointment(actor, { appointmentId: a1.id, windowId: window.id }, visitMorning)).rejects.toMatchObject({ code: "CONFLICT" });

    await expect(markNoShow(actor, a2.id, new Date("2026-11-24T01:59:00Z"))).rejects.toMatchObject({ code: "VALIDATION" });
    const late = new Date("2026-11-24T02:10:00Z");
    await markNoShow(actor, a2.id, late);

    const day = await listCentreDayAppointments(centre.id, "2026-11-24", late);
    expect(day.map((a) => [a.bookingNo, a.status, a.window?.number ?? null])).toEqual([
      [a1.bookingNo, "CHECKED_IN", window.number],
      [a2.bookingNo, "NO_SHOW", null],
    ]);
    expect(await db.operationTrace.count({ where: { entityId: { in: [a1.id, a2.id] }, action: { in: ["appointment.checkIn", "appointment.noShow"] } } })).toBe(2);
  });

  it("A6: the day view lists bookings per window they were checked in at, and the unassigned ones, with counts", async () => {
    const centre = await createTestCentre({ appointmentWindows: 1, otherWindows: 2 });
    const item = await createTestItem();
    const visitors = await Promise.all([1, 2, 3, 4, 5].map(() => createTestUser("PERSON")));
    const staff = await createTestUser("STAFF");
    const bookedAt = new Date("2026-11-23T01:00:00Z");
    const [a1, a2, a3, a4, a5] = await Promise.all(
      ["09:00", "09:30", "10:00", "10:30", "11:00"].map((startTime, i) =>
        bookAppointment(visitors[i], { centreId: centre.id, itemId: item.id, date: "2026-11-24", startTime }, bookedAt),
      ),
    );
    const [y01, a02] = [centre.windows.find((w) => w.number === "Y01")!, centre.windows.find((w) => w.number === "A02")!];
    const morning = new Date("2026-11-24T00:50:00Z");
    await checkInAppointment(staff, { appointmentId: a1.id, windowId: y01.id }, morning);
    await checkInAppointment(staff, { appointmentId: a2.id, windowId: y01.id }, morning);
    await checkInAppointment(staff, { appointmentId: a3.id, windowId: a02.id }, morning);
    const late = new Date("2026-11-24T02:40:00Z"); // 10:40: a4's slot (10:30) has started, a5's (11:00) not
    await markNoShow(staff, a4.id, late);
    // A window closed later in the day still shows whom it served.
    await db.centreWindow.update({ where: { id: a02.id }, data: { active: false } });

    const day = await listCentreDayByWindow(centre.id, "2026-11-24", late);
    expect(day.byWindow.map(({ window, appointments }) => [window.number, appointments.map((a) => a.bookingNo)])).toEqual([
      ["Y01", [a1.bookingNo, a2.bookingNo]],
      ["A01", []],
      ["A02", [a3.bookingNo]],
    ]);
    expect(day.unassigned.map((a) => [a.bookingNo, a.status])).toEqual([
      [a4.bookingNo, "NO_SHOW"],
      [a5.bookingNo, "BOOKED"],
    ]);
    expect(day.counts).toEqual({ total: 5, booked: 1, checkedIn: 3, noShow: 1 });

    // A cancelled booking is not on the day's list at all.
    await db.appointment.update({ where: { id: a5.id }, data: { status: "CANCELLED", activeKey: null } });
    expect((await listCentreDayByWindow(centre.id, "2026-11-24", late)).counts).toEqual({ total: 4, booked: 0, checkedIn: 3, noShow: 1 });
  });

  it("A6: only STAFF and ADMIN may check in or mark no-shows", async () => {
    const person = await createTestUser("PERSON");
    expect(await asUser(person, () => checkInAction({ id: "x", windowId: 1 }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await asUser(person, () => markNoShowAction({ id: "x" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const admin = await createTestUser("ADMIN");
    expect(await asUser(admin, () => markNoShowAction({ id: "no-such-booking" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
