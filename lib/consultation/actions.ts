"use server";
/** Server actions of the online mailbox (K1): defineAction checks session and role, then the domain. */
import { defineAction } from "@/lib/actions/define-action";
import { publishConsultation } from "./publish-consultation";
import { replyConsultation } from "./reply-consultation";
import { submitConsultation } from "./submit-consultation";
import { publishConsultationSchema, replyConsultationSchema, submitConsultationSchema } from "./schema";

export const submitConsultationAction = defineAction(
  { name: "consultation.submit", access: ["PERSON", "UNIT"], schema: submitConsultationSchema },
  async (input, { actor, now }) =>
    submitConsultation(actor, { ...input, attachments: await Promise.all(input.attachments.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))) }, now),
);

export const replyConsultationAction = defineAction(
  { name: "consultation.reply", access: ["STAFF", "ADMIN"], schema: replyConsultationSchema },
  (input, { actor, now }) => replyConsultation(actor, input, now),
);

export const publishConsultationAction = defineAction(
  { name: "consultation.publish", access: ["STAFF", "ADMIN"], schema: publishConsultationSchema },
  (input, { actor, now }) => publishConsultation(actor, input, now),
);
