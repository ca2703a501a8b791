import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser } from "@/tests/helpers";
import { bookAppointment } from "./book-appointment";
import { cancelAppointment } from "./cancel-appointment";
import { appointmentJobs } from "./jobs";
import { sendAppointmentReminders } from "./reminders";
import { createTestCentre, createTestItem, seedStatutoryCalendar } from "./test-fixtures";

beforeAll(async () => {
  await seedStatutoryCalendar();
});

describe("day-before reminder", () => {
  it("A4: reminder job idempotent", async () => {
    const centre = await createTestCentre({ appointmentWindows: 3 });
    const item = await createTestItem();
    const [kept, cancelled, later] = [
      await createTestUser("PERSON", { mobile: "13700000101" }),
      await createTestUser("PERSON", { mobile: "13700000102" }),
      await createTestUser("UNIT", { mobile: "13700000103" }),
    ];
    const bookedAt = new Date("2027-03-08T02:00:00Z"); // Mon 10:00 Shanghai
    const visitDay = "2027-03-11"; // Thursday
    const a = await bookAppointment({ id: kept.id, role: "PERSON" }, { centreId: centre.id, itemId: item.id, date: visitDay, startTime: "14:00" }, bookedAt);
    const b = await bookAppointment({ id: cancelled.id, role: "PERSON" }, { centreId: centre.id, itemId: item.id, date: visitDay, startTime: "14:00" }, bookedAt);
    await bookAppointment({ id: later.id, role: "UNIT" }, { centreId: centre.id, itemId: item.id, date: "2027-03-12", startTime: "14:00" }, bookedAt);
    await cancelAppointment({ id: cancelled.id, role: "PERSON" }, b.id, bookedAt);

    const eveningBefore = new Date("2027-03-10T10:00:00Z"); // 18:00 Shanghai, the scheduled time
    const job = appointmentJobs.find((j) => j.name === "appointment-reminders")!;
    expect(job.schedule).toBe("0 18 * * *");
    expect(await job.run(eveningBefore)).toBe("sent 1 appointment reminders");
    // Run again (a retry, a second instance): nothing more is sent.
    expect(await sendAppointmentReminders(eveningBefore)).toBe(0);
    expect(await sendAppointmentReminders(new Date("2027-03-10T12:00:00Z"))).toBe(0);

    const reminded = await db.appointment.findUniqueOrThrow({ where: { id: a.id } });
    expect(reminded.reminderSentAt?.toISOString()).toBe(eveningBefore.toISOString());
    expect(await db.message.count({ where: { userId: kept.id, title: { startsWith: "明日预约提醒" } } })).toBe(1);
    expect(await db.smsOutbox.count({ where: { mobile: "13700000101", content: { contains: "温馨提示" } } })).toBe(1);
    // Cancelled and not-yet-due bookings get nothing.
    expect(await db.message.count({ where: { userId: { in: [cancelled.id, later.id] }, title: { startsWith: "明日预约提醒" } } })).toBe(0);
    expect(await db.smsOutbox.count({ where: { mobile: { in: ["13700000102", "13700000103"] }, content: { contains: "温馨提示" } } })).toBe(0);

    // Concurrent runs on two instances also remind once.
    const nextEvening = new Date("2027-03-11T10:00:00Z");
    const [x, y] = await Promise.all([sendAppointmentReminders(nextEvening), sendAppointmentReminders(nextEvening)]);
    expect(x + y).toBe(1);
    expect(await db.message.count({ where: { userId: later.id, title: { startsWith: "明日预约提醒" } } })).toBe(1);
  });
});
