"use server";
/**
 * Server actions of the application domain (P1–P8): defineAction checks the session and role
 * and parses the input; the domain functions check ownership and the state.
 */
import { defineAction } from "@/lib/actions/define-action";
import { bookApplicationVisit } from "./book-application-visit";
import { acceptApplication, approveApplication, preApproveApplication, rejectApplication, requestCorrection } from "./handle-application";
import { removeApplicationMaterial } from "./materials";
import { saveApplicationDraft } from "./save-application-draft";
import { submitApplication } from "./submit-application";
import { withdrawApplication } from "./withdraw-application";
import {
  applicationIdSchema, approveSchema, bookVisitSchema, materialIdSchema, preApproveSchema, reasonSchema, saveDraftSchema, submitApplicationSchema,
} from "./schema";

const APPLICANTS = ["PERSON", "UNIT"] as const;
const STAFF = ["STAFF", "ADMIN"] as const;

export const saveApplicationDraftAction = defineAction(
  { name: "application.save-draft", access: APPLICANTS, schema: saveDraftSchema },
  (input, { actor, now }) => {
    const { itemCode, requestKey, intent, ...values } = input;
    return saveApplicationDraft(actor, { itemCode, requestKey, values, check: intent === "check" }, now);
  },
);

export const submitApplicationAction = defineAction(
  { name: "application.submit", access: APPLICANTS, schema: submitApplicationSchema },
  (input, { actor, now }) => submitApplication(actor, input, now),
);

export const withdrawApplicationAction = defineAction(
  { name: "application.withdraw", access: APPLICANTS, schema: applicationIdSchema },
  (input, { actor, now }) => withdrawApplication(actor, input.id, now),
);

export const removeApplicationMaterialAction = defineAction(
  { name: "application.remove-material", access: APPLICANTS, schema: materialIdSchema },
  (input, { actor }) => removeApplicationMaterial(actor, input.id),
);

export const bookApplicationVisitAction = defineAction(
  { name: "application.book-visit", access: APPLICANTS, schema: bookVisitSchema },
  (input, { actor, now }) => bookApplicationVisit(actor, input, now),
);

export const acceptApplicationAction = defineAction(
  { name: "application.accept", access: STAFF, schema: applicationIdSchema },
  (input, { actor, now }) => acceptApplication(actor, input.id, now),
);

export const requestCorrectionAction = defineAction(
  { name: "application.request-correction", access: STAFF, schema: reasonSchema },
  (input, { actor, now }) => requestCorrection(actor, input.id, input.reason, now),
);

export const preApproveApplicationAction = defineAction(
  { name: "application.pre-approve", access: STAFF, schema: preApproveSchema },
  (input, { actor, now }) => preApproveApplication(actor, input.id, input.originals, now),
);

export const approveApplicationAction = defineAction(
  { name: "application.approve", access: STAFF, schema: approveSchema },
  (input, { actor, now }) => approveApplication(actor, input.id, input.note, now),
);

export const rejectApplicationAction = defineAction(
  { name: "application.reject", access: STAFF, schema: reasonSchema },
  (input, { actor, now }) => rejectApplication(actor, input.id, input.reason, now),
);
