"use server";
/** Inbox actions (K4): each user marks only their own messages read (the domain scopes by userId); ADMIN pushes policy notices. */
import { defineAction } from "@/lib/actions/define-action";
import { ROLES } from "@/lib/auth/roles";
import { z } from "@/lib/validation/zod";
import { markAllMessagesRead, markMessageRead } from "./inbox";
import { publishPolicyNotice } from "./publish-notice";
import { publishNoticeSchema } from "./notice-schema";

export const markMessageReadAction = defineAction(
  { name: "inbox.mark-read", access: ROLES, schema: z.object({ id: z.string().trim().min(1).max(40) }) },
  async (input, { actor }) => ({ changed: await markMessageRead(actor.id, input.id) }),
);

export const markAllMessagesReadAction = defineAction(
  { name: "inbox.mark-all-read", access: ROLES, schema: z.object({}) },
  async (_input, { actor }) => ({ changed: await markAllMessagesRead(actor.id) }),
);

export const publishPolicyNoticeAction = defineAction(
  { name: "inbox.publish-notice", access: ["ADMIN"], schema: publishNoticeSchema, publicPages: true },
  (input, { actor, now }) => publishPolicyNotice(actor, input, now),
);
