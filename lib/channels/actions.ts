"use server";
/** Server actions of third-party channels (X1) and of the person's consent (X3). */
import { defineAction } from "@/lib/actions/define-action";
import { createAuthorization, revokeAuthorizations } from "./consent";
import { approveChannel, changeChannelStatus, rejectChannel, revealChannelKey, submitChannelApplication } from "./manage-channel";
import {
  approveChannelSchema, channelApplicationSchema, channelIdSchema, channelReasonSchema, channelStatusSchema, createAuthorizationSchema, revokeAuthorizationSchema,
} from "./schema";

const STAFF = ["STAFF", "ADMIN"] as const;

export const submitChannelApplicationAction = defineAction(
  { name: "channel.submit-application", access: "public", schema: channelApplicationSchema },
  (input, { actor, now }) => submitChannelApplication(actor, input, now),
);

export const approveChannelAction = defineAction(
  { name: "channel.approve", access: STAFF, schema: approveChannelSchema },
  (input, { actor, now }) => approveChannel(actor, input, now),
);

export const rejectChannelAction = defineAction(
  { name: "channel.reject", access: STAFF, schema: channelReasonSchema },
  (input, { actor, now }) => rejectChannel(actor, { id: input.id, reason: input.reason }, now),
);

export const revealChannelKeyAction = defineAction(
  { name: "channel.reveal-key", access: STAFF, schema: channelIdSchema },
  (input, { actor, now }) => revealChannelKey(actor, input.id, now),
);

export const changeChannelStatusAction = defineAction(
  { name: "channel.change-status", access: STAFF, schema: channelStatusSchema },
  (input, { actor, now }) => changeChannelStatus(actor, input, now),
);

export const createChannelAuthorizationAction = defineAction(
  { name: "channel-authorization.create", access: ["PERSON"], schema: createAuthorizationSchema },
  async (input, { actor, now }) => {
    const created = await createAuthorization(actor, input, now);
    return { id: created.id, code: created.code, expiresAt: created.expiresAt.toISOString() };
  },
);

export const revokeChannelAuthorizationAction = defineAction(
  { name: "channel-authorization.revoke", access: ["PERSON"], schema: revokeAuthorizationSchema },
  (input, { actor, now }) => revokeAuthorizations(actor, input, now),
);
