import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser } from "@/tests/helpers";
import { TtlCache } from "@/lib/cache/ttl-cache";
import { bookAppointment } from "./book-appointment";
import { addCentreClosedDay, saveCentreWindow } from "./centre-admin";
import { createTestCentre, createTestItem, seedStatutoryCalendar } from "./test-fixtures";

const now = new Date("2026-11-23T01:00:00Z"); // Monday 09:00 Shanghai

beforeAll(async () => {
  await seedStatutoryCalendar();
});

describe("per-process caches of the booking hot path (issue 13)", () => {
  it("issue 13: a cached value lives 10 seconds, one load serves a burst of misses, and a failed load is not kept", async () => {
    const cache = new TtlCache<string, number>(10_000);
    let loads = 0;
    const load = async () => ++loads;
    const values = await Promise.all(Array.from({ length: 50 }, () => cache.get("k", load, 1_000)));
    expect(values).toEqual(Array(50).fill(1));
    expect(await cache.get("k", load, 1_000 + 9_999)).toBe(1);
    expect(await cache.get("k", load, 1_000 + 10_000)).toBe(2); // 10 s later: read again
    cache.clear();
    expect(await cache.get("k", load, 1_000 + 10_001)).toBe(3);
    await expect(cache.get("bad", () => Promise.reject(new Error("down")), 0)).rejects.toThrow("down");
    expect(await cache.get("bad", async () => 7, 1)).toBe(7);
  });

  it("issue 13 / A2: a closed day an administrator adds applies to the next booking at once, though the calendar was cached", async () => {
    const admin = await createTestUser("ADMIN");
    const centre = await createTestCentre();
    const item = await createTestItem();
    const [first, second] = await Promise.all([createTestUser("PERSON"), createTestUser("PERSON")]);
    await bookAppointment({ id: first.id, role: "PERSON" }, { centreId: centre.id, itemId: item.id, date: "2026-11-25", startTime: "09:00" }, now);
    await addCentreClosedDay({ id: admin.id, role: "ADMIN" }, { centreId: centre.id, date: "2026-11-26", reason: "设备检修" }, now);
    await expect(bookAppointment({ id: second.id, role: "PERSON" }, { centreId: centre.id, itemId: item.id, date: "2026-11-26", startTime: "09:00" }, now)).rejects.toMatchObject({
      code: "VALIDATION",
      message: `${centre.name} 2026-11-26 不办公，请选择其他日期`,
    });
  });

  it("issue 13 / A2: a new window an administrator opens sizes the slots created after it at once", async () => {
    const admin = await createTestUser("ADMIN");
    const centre = await createTestCentre({ appointmentWindows: 1, otherWindows: 0 });
    const item = await createTestItem();
    const [first, second] = await Promise.all([createTestUser("PERSON"), createTestUser("PERSON")]);
    await bookAppointment({ id: first.id, role: "PERSON" }, { centreId: centre.id, itemId: item.id, date: "2026-11-25", startTime: "09:00" }, now);
    await saveCentreWindow({ id: admin.id, role: "ADMIN" }, { centreId: centre.id, number: "Y09", name: "预约专窗", appointmentOnly: true, active: true }, now);
    await bookAppointment({ id: second.id, role: "PERSON" }, { centreId: centre.id, itemId: item.id, date: "2026-11-25", startTime: "15:00" }, now);
    const slot = await db.appointmentSlot.findFirstOrThrow({ where: { centreId: centre.id, date: "2026-11-25", startTime: "15:00" } });
    expect(slot.capacity).toBe(2);
  });
});
