"use server";
/**
 * Server actions of the appointment domain: parse → authorize (defineAction) → domain. The
 * clock is read here, once per request; the domain functions take it as `now`. Pages read
 * fresh data on every request, so the forms refresh the route after a success.
 */
import { defineAction } from "@/lib/actions/define-action";
import type { SessionUser } from "@/lib/auth/session";
import type { Actor } from "./actor";
import { bookAppointment as bookAppointmentFor } from "./book-appointment";
import { cancelAppointment as cancelAppointmentFor } from "./cancel-appointment";
import { checkInAppointment as checkInAppointmentFor, markNoShow as markNoShowFor } from "./visit";
import {
  addCentreClosedDay as addCentreClosedDayFor,
  removeCentreClosedDay as removeCentreClosedDayFor,
  saveCentreWindow as saveCentreWindowFor,
  updateCentreSettings as updateCentreSettingsFor,
} from "./centre-admin";
import { deleteCalendarDay as deleteCalendarDayFor, saveCalendarDay as saveCalendarDayFor } from "./calendar-admin";
import {
  appointmentIdSchema,
  bookAppointmentSchema,
  calendarDateSchema,
  calendarDaySchema,
  centreSettingsSchema,
  centreWindowSchema,
  checkInSchema,
  closedDayIdSchema,
  closedDaySchema,
} from "./schema";

const actorOf = (user: SessionUser, ip: string): Actor => ({ id: user.id, role: user.role, ip });

export const bookAppointment = defineAction(
  { name: "appointment.book", access: ["PERSON", "UNIT"], schema: bookAppointmentSchema },
  (input, { user, client }) => bookAppointmentFor(actorOf(user, client.ip), input, new Date()),
);

export const cancelAppointment = defineAction(
  { name: "appointment.cancel", access: ["PERSON", "UNIT"], schema: appointmentIdSchema },
  (input, { user, client }) => cancelAppointmentFor(actorOf(user, client.ip), input.id, new Date()),
);

export const checkInAppointment = defineAction(
  { name: "appointment.checkIn", access: ["STAFF", "ADMIN"], schema: checkInSchema },
  (input, { user, client }) => checkInAppointmentFor(actorOf(user, client.ip), { appointmentId: input.id, windowId: input.windowId }, new Date()),
);

export const markNoShow = defineAction(
  { name: "appointment.noShow", access: ["STAFF", "ADMIN"], schema: appointmentIdSchema },
  (input, { user, client }) => markNoShowFor(actorOf(user, client.ip), input.id, new Date()),
);

export const updateCentreSettings = defineAction(
  { name: "centre.update", access: ["ADMIN"], schema: centreSettingsSchema },
  (input, { user, client }) => updateCentreSettingsFor(actorOf(user, client.ip), input, new Date()),
);

export const saveCentreWindow = defineAction(
  { name: "centre.window.save", access: ["ADMIN"], schema: centreWindowSchema },
  (input, { user, client }) => saveCentreWindowFor(actorOf(user, client.ip), input, new Date()),
);

export const addCentreClosedDay = defineAction(
  { name: "centre.closedDay.add", access: ["ADMIN"], schema: closedDaySchema },
  (input, { user, client }) => addCentreClosedDayFor(actorOf(user, client.ip), input, new Date()),
);

export const removeCentreClosedDay = defineAction(
  { name: "centre.closedDay.remove", access: ["ADMIN"], schema: closedDayIdSchema },
  (input, { user, client }) => removeCentreClosedDayFor(actorOf(user, client.ip), input),
);

export const saveCalendarDay = defineAction(
  { name: "calendar.save", access: ["ADMIN"], schema: calendarDaySchema },
  (input, { user, client }) => saveCalendarDayFor(actorOf(user, client.ip), input, new Date()),
);

export const deleteCalendarDay = defineAction(
  { name: "calendar.delete", access: ["ADMIN"], schema: calendarDateSchema },
  (input, { user, client }) => deleteCalendarDayFor(actorOf(user, client.ip), input.date, new Date()),
);
