"use server";
/** Server actions of the holiday calendar (A2): ADMIN only. */
import { defineAction } from "@/lib/actions/define-action";
import { deleteCalendarDay, saveCalendarDay } from "./calendar-admin";
import { calendarDateSchema, calendarDaySchema } from "./schema";

export const saveCalendarDayAction = defineAction(
  { name: "calendar.save-day", access: ["ADMIN"], schema: calendarDaySchema, publicPages: true },
  (input, { actor, now }) => saveCalendarDay(actor, input, now),
);

export const deleteCalendarDayAction = defineAction(
  { name: "calendar.delete-day", access: ["ADMIN"], schema: calendarDateSchema, publicPages: true },
  (input, { actor, now }) => deleteCalendarDay(actor, input.date, now),
);
