/** zod schemas of the appointment forms and actions, shared by both. */
import { isDayString, isTimeString, minutesOfDay } from "@/lib/calendar/shanghai";
import { z } from "@/lib/validation/zod";

const day = z.string().trim().refine(isDayString, "请选择有效日期");
const time = z.string().trim().refine(isTimeString, "时间格式为 HH:MM");
const id = z.coerce.number().int().positive();
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const bookAppointmentSchema = z.object({
  centreId: id,
  itemId: id,
  date: day,
  startTime: z.string({ error: "请选择时段" }).trim().refine(isTimeString, "请选择时段"),
});

export const appointmentIdSchema = z.object({ id: z.string().trim().min(1).max(40) });

export const checkInSchema = z.object({
  id: z.string().trim().min(1).max(40),
  windowId: z.coerce.number({ error: "请选择窗口" }).int().positive("请选择窗口"),
});

export const centreSettingsSchema = z
  .object({
    centreId: id,
    name: z.string().trim().min(2).max(60),
    address: z.string().trim().min(4).max(120),
    phone: z.string().trim().regex(/^[0-9-]{7,20}$/, "请输入有效的电话号码"),
    hoursText: z.string().trim().min(2).max(200),
    amOpen: time,
    amClose: time,
    pmOpen: time,
    pmClose: time,
    slotMinutes: z.coerce.number().int().refine((n) => [15, 20, 30, 60].includes(n), "时段长度为 15、20、30 或 60 分钟"),
    seatsPerWindowPerSlot: z.coerce.number().int().min(1).max(10),
    published: checkbox,
  })
  .superRefine((v, ctx) => {
    if (minutesOfDay(v.amOpen) >= minutesOfDay(v.amClose)) ctx.addIssue({ code: "custom", path: ["amClose"], message: "上午结束时间应晚于开始时间" });
    if (minutesOfDay(v.pmOpen) < minutesOfDay(v.amClose)) ctx.addIssue({ code: "custom", path: ["pmOpen"], message: "下午开始时间不能早于上午结束时间" });
    if (minutesOfDay(v.pmOpen) >= minutesOfDay(v.pmClose)) ctx.addIssue({ code: "custom", path: ["pmClose"], message: "下午结束时间应晚于开始时间" });
  });
export type CentreSettingsInput = z.output<typeof centreSettingsSchema>;

export const centreWindowSchema = z.object({
  centreId: id,
  windowId: z.preprocess((v) => (v === "" || v == null ? undefined : v), z.coerce.number().int().positive().optional()),
  number: z.string().trim().regex(/^[A-Z0-9]{1,6}$/, "窗口号为 1–6 位大写字母或数字，如 A03"),
  name: z.string().trim().min(2).max(40),
  appointmentOnly: checkbox,
  active: checkbox,
});
export type CentreWindowInput = z.output<typeof centreWindowSchema>;

export const closedDaySchema = z.object({
  centreId: id,
  date: day,
  reason: z.string().trim().min(2).max(60),
});

export const closedDayIdSchema = z.object({ centreId: id, closedDayId: id });

