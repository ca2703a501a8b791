"use server";
/**
 * Server actions of the direct-connection portal (E2–E5, E7, E8). The unit's are built with
 * defineUnitAction, which hands the domain function the unit-scoped client; the staff's and
 * the ADMIN's with defineAction and their roles.
 */
import { defineAction } from "@/lib/actions/define-action";
import { defineUnitAction } from "@/lib/actions/define-unit-action";
import { replyFeedback, submitFeedback } from "./feedback";
import { requestFormalKey, revealKey, revokeKey, rotateKey } from "./keys";
import {
  resumeEnterprise, revokeEnterprise, setDirectParameter, setEnterpriseRateLimit, setServiceEnabled, suspendEnterprise, warnEnterprise,
} from "./manage-enterprise";
import { approveAccessApplication, rejectAccessApplication, returnAccessApplication } from "./review-access-application";
import {
  approveAccessSchema, enterpriseReasonSchema, feedbackReplySchema, feedbackSchema, keyIdSchema, parameterSchema, rateLimitSchema,
  reviewReasonSchema, serviceToggleSchema, submitAccessSchema,
} from "./schema";
import { submitAccessApplication } from "./submit-access-application";
import { z } from "@/lib/validation/zod";

const STAFF = ["STAFF", "ADMIN"] as const;
const ADMIN = ["ADMIN"] as const;

export const submitAccessApplicationAction = defineUnitAction(
  { name: "direct-access.submit", schema: submitAccessSchema },
  async (input, { actor, now, unit }) => {
    const { letter, ...rest } = input;
    return submitAccessApplication(actor, unit, { ...rest, letter: letter ? { name: letter.name, bytes: new Uint8Array(await letter.arrayBuffer()) } : undefined }, now);
  },
);

export const revealKeyAction = defineUnitAction(
  { name: "direct-key.reveal", schema: keyIdSchema },
  (input, { actor, now, unit }) => revealKey(actor, unit, input.id, now),
);

export const requestFormalKeyAction = defineUnitAction(
  { name: "direct-key.request-formal", schema: z.object({}) },
  (_input, { actor, now, unit }) => requestFormalKey(actor, unit, now),
);

export const submitFeedbackAction = defineUnitAction(
  { name: "direct-feedback.submit", schema: feedbackSchema },
  (input, { actor, now, unit }) => submitFeedback(actor, unit, input, now),
);

export const returnAccessApplicationAction = defineAction(
  { name: "direct-access.return", access: STAFF, schema: reviewReasonSchema },
  (input, { actor, now }) => returnAccessApplication(actor, input.id, input.reason, now),
);

export const rejectAccessApplicationAction = defineAction(
  { name: "direct-access.reject", access: STAFF, schema: reviewReasonSchema },
  (input, { actor, now }) => rejectAccessApplication(actor, input.id, input.reason, now),
);

export const approveAccessApplicationAction = defineAction(
  { name: "direct-access.approve", access: STAFF, schema: approveAccessSchema },
  (input, { actor, now }) => approveAccessApplication(actor, input.id, input.note, now),
);

export const rotateKeyAction = defineAction(
  { name: "direct-key.rotate", access: STAFF, schema: z.object({ id: z.string().trim().min(1).max(40), environment: z.enum(["SANDBOX", "FORMAL"]) }) },
  (input, { actor, now }) => rotateKey(actor, input.id, input.environment, now),
);

export const revokeKeyAction = defineAction(
  { name: "direct-key.revoke", access: STAFF, schema: enterpriseReasonSchema },
  (input, { actor, now }) => revokeKey(actor, input.id, input.reason, now),
);

export const warnEnterpriseAction = defineAction(
  { name: "direct-enterprise.warn", access: STAFF, schema: enterpriseReasonSchema },
  (input, { actor, now }) => warnEnterprise(actor, input.id, input.reason, now),
);

export const suspendEnterpriseAction = defineAction(
  { name: "direct-enterprise.suspend", access: STAFF, schema: enterpriseReasonSchema },
  (input, { actor, now }) => suspendEnterprise(actor, input.id, input.reason, now),
);

export const resumeEnterpriseAction = defineAction(
  { name: "direct-enterprise.resume", access: STAFF, schema: enterpriseReasonSchema },
  (input, { actor, now }) => resumeEnterprise(actor, input.id, input.reason, now),
);

export const revokeEnterpriseAction = defineAction(
  { name: "direct-enterprise.revoke", access: ADMIN, schema: enterpriseReasonSchema },
  (input, { actor, now }) => revokeEnterprise(actor, input.id, input.reason, now),
);

export const setEnterpriseRateLimitAction = defineAction(
  { name: "direct-enterprise.set-rate-limit", access: ADMIN, schema: rateLimitSchema },
  (input, { actor, now }) => setEnterpriseRateLimit(actor, input.id, input.rateLimitPerMinute, now),
);

export const setServiceEnabledAction = defineAction(
  { name: "direct-service.set-enabled", access: ADMIN, schema: serviceToggleSchema },
  (input, { actor }) => setServiceEnabled(actor, input.code, input.enabled),
);

export const setDirectParameterAction = defineAction(
  { name: "direct-parameter.set", access: ADMIN, schema: parameterSchema },
  (input, { actor }) => setDirectParameter(actor, input.key, input.value),
);

export const replyFeedbackAction = defineAction(
  { name: "direct-feedback.reply", access: STAFF, schema: feedbackReplySchema },
  (input, { actor, now }) => replyFeedback(actor, input.id, input.reply, now),
);

