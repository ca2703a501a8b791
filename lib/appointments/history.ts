import type { DayString } from "@/lib/calendar";
import { slotStartsAt } from "./slots";

export interface AppointmentEvent {
  at: Date;
  title: string;
  by?: string;
  detail?: string;
}

interface AppointmentRecord {
  status: string;
  date: DayString;
  startTime: string;
  createdAt: Date;
  checkedInAt: Date | null;
  cancelledAt: Date | null;
  slot: { endTime: string; centre: { name: string } };
  window: { number: string; name: string } | null;
}

/**
 * A booking's progress for the person or unit that made it, oldest first (A4–A6). A no-show has
 * no time of its own: it is placed at the end of the slot the visitor did not come to.
 */
export function appointmentHistory(a: AppointmentRecord): AppointmentEvent[] {
  const events: AppointmentEvent[] = [
    { at: a.createdAt, title: "网上预约成功", by: "网上服务大厅", detail: `预约 ${a.date} ${a.startTime}–${a.slot.endTime} 到${a.slot.centre.name}办理` },
  ];
  if (a.checkedInAt) {
    events.push({ at: a.checkedInAt, title: "到场签到", by: a.slot.centre.name, detail: a.window ? `在 ${a.window.number} 窗口（${a.window.name}）办理` : undefined });
  }
  if (a.cancelledAt) events.push({ at: a.cancelledAt, title: "预约已取消", detail: "名额已释放" });
  if (a.status === "NO_SHOW") events.push({ at: slotStartsAt(a.date, a.slot.endTime), title: "未按预约到场", by: a.slot.centre.name, detail: "已记为爽约" });
  return events;
}
