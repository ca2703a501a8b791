/** zod schemas of the holiday-calendar form and actions, shared by both. */
import { z } from "@/lib/validation/zod";
import { isDayString } from "./shanghai";

const day = z.string().trim().refine(isDayString, "请选择有效日期");

export const calendarDaySchema = z.object({
  date: day,
  kind: z.enum(["HOLIDAY", "WORKDAY"]),
  name: z.string().trim().min(2).max(20),
  provisional: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});
export type CalendarDayInput = z.output<typeof calendarDaySchema>;

export const calendarDateSchema = z.object({ date: day });
