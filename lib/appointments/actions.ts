"use server";
/**
 * Server actions of the appointment domain: defineAction checks the session and role, parses
 * the input, and hands the domain function the actor and the request time. Pages read fresh
 * data on every request, so the forms refresh the route after a success.
 */
import { defineAction } from "@/lib/actions/define-action";
import { bookAppointment } from "./book-appointment";
import { cancelAppointment } from "./cancel-appointment";
import { checkInAppointment, markNoShow } from "./visit";
import { addCentreClosedDay, removeCentreClosedDay, saveCentreWindow, updateCentreSettings } from "./centre-admin";
import {
  appointmentIdSchema,
  bookAppointmentSchema,
  centreSettingsSchema,
  centreWindowSchema,
  checkInSchema,
  closedDayIdSchema,
  closedDaySchema,
} from "./schema";

export const bookAppointmentAction = defineAction(
  { name: "appointment.book", access: ["PERSON", "UNIT"], schema: bookAppointmentSchema },
  (input, { actor, now }) => bookAppointment(actor, input, now),
);

export const cancelAppointmentAction = defineAction(
  { name: "appointment.cancel", access: ["PERSON", "UNIT"], schema: appointmentIdSchema },
  (input, { actor, now }) => cancelAppointment(actor, input.id, now),
);

export const checkInAppointmentAction = defineAction(
  { name: "appointment.check-in", access: ["STAFF", "ADMIN"], schema: checkInSchema },
  (input, { actor, now }) => checkInAppointment(actor, { appointmentId: input.id, windowId: input.windowId }, now),
);

export const markNoShowAction = defineAction(
  { name: "appointment.mark-no-show", access: ["STAFF", "ADMIN"], schema: appointmentIdSchema },
  (input, { actor, now }) => markNoShow(actor, input.id, now),
);

export const updateCentreSettingsAction = defineAction(
  { name: "centre.update", access: ["ADMIN"], schema: centreSettingsSchema, publicPages: true },
  (input, { actor, now }) => updateCentreSettings(actor, input, now),
);

export const saveCentreWindowAction = defineAction(
  { name: "centre.save-window", access: ["ADMIN"], schema: centreWindowSchema, publicPages: true },
  (input, { actor, now }) => saveCentreWindow(actor, input, now),
);

export const addCentreClosedDayAction = defineAction(
  { name: "centre.add-closed-day", access: ["ADMIN"], schema: closedDaySchema, publicPages: true },
  (input, { actor, now }) => addCentreClosedDay(actor, input, now),
);

export const removeCentreClosedDayAction = defineAction(
  { name: "centre.remove-closed-day", access: ["ADMIN"], schema: closedDayIdSchema, publicPages: true },
  (input, { actor }) => removeCentreClosedDay(actor, input),
);
