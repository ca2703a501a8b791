"use server";
/** Inbox actions (K4): each user marks only their own messages read (the domain scopes by userId). */
import { defineAction } from "@/lib/actions/define-action";
import { ROLES } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { z } from "@/lib/validation/zod";
import { markAllMessagesRead as markAllMessagesReadFor, markMessageRead as markMessageReadFor } from "./inbox";

export const markMessageRead = defineAction(
  { name: "inbox.markRead", access: ROLES, schema: z.object({ id: z.string().trim().min(1).max(40) }) },
  async (input, { user }) => ({ changed: await markMessageReadFor(db, user.id, input.id) }),
);

export const markAllMessagesRead = defineAction(
  { name: "inbox.markAllRead", access: ROLES, schema: z.object({}) },
  async (_input, { user }) => ({ changed: await markAllMessagesReadFor(db, user.id) }),
);
