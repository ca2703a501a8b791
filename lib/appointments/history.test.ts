import { describe, expect, it } from "vitest";
import { appointmentHistory } from "./history";

const booking = {
  status: "BOOKED",
  date: "2026-11-24",
  startTime: "09:00",
  createdAt: new Date("2026-11-22T02:00:00Z"),
  checkedInAt: null,
  cancelledAt: null,
  slot: { endTime: "09:30", centre: { name: "市南区社保服务中心" } },
  window: null,
};

describe("appointment history", () => {
  it("A4: a new booking shows one event, the booking itself, with the slot and centre", () => {
    const events = appointmentHistory(booking);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ at: booking.createdAt, title: "网上预约成功" });
    expect(events[0].detail).toContain("2026-11-24 09:00–09:30");
    expect(events[0].detail).toContain("市南区社保服务中心");
  });

  it("A6: a check-in follows the booking, at its time, with the window", () => {
    const checkedInAt = new Date("2026-11-24T00:55:00Z");
    const events = appointmentHistory({ ...booking, status: "CHECKED_IN", checkedInAt, window: { number: "A03", name: "预约专窗" } });
    expect(events.map((e) => e.title)).toEqual(["网上预约成功", "到场签到"]);
    expect(events[1]).toMatchObject({ at: checkedInAt, by: "市南区社保服务中心" });
    expect(events[1].detail).toContain("A03");
  });

  it("A5: a cancellation ends the history at the time it was made", () => {
    const cancelledAt = new Date("2026-11-23T08:00:00Z");
    const events = appointmentHistory({ ...booking, status: "CANCELLED", cancelledAt });
    expect(events.map((e) => e.title)).toEqual(["网上预约成功", "预约已取消"]);
    expect(events[1].at).toEqual(cancelledAt);
  });

  it("A5: a no-show is placed at the end of the missed slot, Beijing time", () => {
    const events = appointmentHistory({ ...booking, status: "NO_SHOW" });
    expect(events.map((e) => e.title)).toEqual(["网上预约成功", "未按预约到场"]);
    expect(events[1].at.toISOString()).toBe("2026-11-24T01:30:00.000Z"); // 09:30 in Shanghai
  });
});
