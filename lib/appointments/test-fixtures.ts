/**
 * Fixtures for the appointment tests and the booking benchmark: the statutory calendar in
 * CalendarDay, and a centre and service item of their own (unique codes), so tests sharing
 * one database never see each other's slots.
 */
import { randomUUID } from "node:crypto";
import { STATUTORY_CALENDAR } from "@/lib/calendar";
import { db } from "@/lib/db";

export async function seedStatutoryCalendar(): Promise<void> {
  if ((await db.calendarDay.count()) >= STATUTORY_CALENDAR.length) return;
  for (const day of STATUTORY_CALENDAR) {
    await db.calendarDay.upsert({
      where: { date: day.date },
      create: { date: day.date, kind: day.kind, name: day.name, provisional: day.provisional ?? false },
      update: {},
    });
  }
}

const suffix = () => randomUUID().slice(0, 8).toUpperCase();

export async function createTestCentre(options: { appointmentWindows?: number; otherWindows?: number; seatsPerWindowPerSlot?: number } = {}) {
  const { appointmentWindows = 1, otherWindows = 2, seatsPerWindowPerSlot = 1 } = options;
  const code = `T-${suffix()}`;
  return db.serviceCentre.create({
    data: {
      code,
      name: `测试服务网点${code}`,
      address: "青岛市市南区测试路 1 号",
      phone: "0532-80000000",
      regionCode: "370202",
      hoursText: "法定工作日 9:00–12:00，13:30–17:00",
      seatsPerWindowPerSlot,
      windows: {
        create: [
          ...Array.from({ length: appointmentWindows }, (_, i) => ({ number: `Y${String(i + 1).padStart(2, "0")}`, name: "预约专窗", appointmentOnly: true })),
          ...Array.from({ length: otherWindows }, (_, i) => ({ number: `A${String(i + 1).padStart(2, "0")}`, name: "综合受理" })),
        ],
      },
    },
    include: { windows: true },
  });
}

export function createTestItem(options: { applicantType?: "PERSON" | "UNIT" | "BOTH"; bookable?: boolean } = {}) {
  const code = `T-${suffix()}`;
  return db.serviceItem.create({
    data: {
      code,
      name: `测试事项${code}`,
      category: "测试",
      description: "测试用服务事项",
      applicantType: options.applicantType ?? "BOTH",
      handlingType: "IMMEDIATE",
      materials: JSON.stringify([{ name: "居民身份证", required: true, copies: 1, note: "" }]),
      resultDelivery: "当场办结",
      legalBasis: "《中华人民共和国社会保险法》",
      serviceHours: "法定工作日",
      consultChannel: "12333",
      complaintChannel: "12345",
      bookable: options.bookable ?? true,
    },
  });
}
