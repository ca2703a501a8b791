"use server";
/**
 * Account server actions: defineAction checks the session and role and parses the input, and
 * the domain function does the work. The form that made a change refreshes its page.
 */
import { defineAction } from "@/lib/actions/define-action";
import { z } from "@/lib/validation/zod";
import {
  assignRoleSchema, bindAccountSchema, createStaffSchema, editUserInfoSchema, lockUserSchema, loginPasswordSchema, passwordChangeSchema,
  passwordResetCompleteSchema, passwordResetRequestSchema, personRegistrationSchema, unbindAccountSchema, unitRegistrationSchema, userIdSchema,
} from "./schema";
import { startLogin } from "./login";
import { registerPerson, registerUnit } from "./register";
import { completePasswordReset, startPasswordReset } from "./password-reset";
import { changePassword } from "./change-password";
import { acknowledgeAccountChanges, endOtherSessions } from "./account-overview";
import { assignRole, createBackOfficeUser, editRegistrationInfo, lockAccount, resetPasswordByAdmin, unlockAccount } from "./manage-users";
import { bindAccount, unbindAccount } from "./binding";

export const requestLoginCodeAction = defineAction(
  { name: "account.login.start", access: "public", schema: loginPasswordSchema },
  (input, { actor }) => startLogin({ ...input, ip: actor.ip, userAgent: actor.userAgent }),
);

export const registerPersonAction = defineAction(
  { name: "account.register.person", access: "public", schema: personRegistrationSchema },
  (input, { actor }) => registerPerson(input, actor),
);

export const registerUnitAction = defineAction(
  { name: "account.register.unit", access: "public", schema: unitRegistrationSchema },
  (input, { actor }) => registerUnit(input, actor),
);

export const requestPasswordResetAction = defineAction(
  { name: "account.password.reset.start", access: "public", schema: passwordResetRequestSchema },
  (input, { actor }) => startPasswordReset(input, actor),
);

export const completePasswordResetAction = defineAction(
  { name: "account.password.reset.complete", access: "public", schema: passwordResetCompleteSchema },
  (input, { actor }) => completePasswordReset(input, actor),
);

const EVERY_ROLE = ["PERSON", "UNIT", "STAFF", "ADMIN"] as const;

export const changeOwnPasswordAction = defineAction(
  { name: "account.password.change", access: EVERY_ROLE, schema: passwordChangeSchema },
  (input, { actor, now }) => changePassword(actor, input, now),
);

export const endOtherSessionsAction = defineAction(
  { name: "account.sessions.end-others", access: EVERY_ROLE, schema: z.object({}) },
  (_input, { actor, now }) => endOtherSessions(actor, now),
);

export const acknowledgeAccountChangesAction = defineAction(
  { name: "account.changes.acknowledge", access: EVERY_ROLE, schema: z.object({}) },
  (_input, { actor, now }) => acknowledgeAccountChanges(actor, now),
);

export const unlockUserAction = defineAction(
  { name: "account.admin.unlock", access: ["STAFF", "ADMIN"], schema: userIdSchema },
  ({ userId }, { actor, now }) => unlockAccount(actor, userId, now),
);

export const lockUserAction = defineAction(
  { name: "account.admin.lock", access: ["ADMIN"], schema: lockUserSchema },
  ({ userId, reason }, { actor, now }) => lockAccount(actor, userId, reason, now),
);

export const resetUserPasswordAction = defineAction(
  { name: "account.admin.reset-password", access: ["ADMIN"], schema: userIdSchema },
  ({ userId }, { actor, now }) => resetPasswordByAdmin(actor, userId, now),
);

export const assignUserRoleAction = defineAction(
  { name: "account.admin.assign-role", access: ["ADMIN"], schema: assignRoleSchema },
  ({ userId, role }, { actor, now }) => assignRole(actor, userId, role, now),
);

export const editUserInfoAction = defineAction(
  { name: "account.admin.edit-info", access: ["ADMIN"], schema: editUserInfoSchema },
  ({ userId, ...change }, { actor, now }) => editRegistrationInfo(actor, userId, change, now),
);

export const createBackOfficeUserAction = defineAction(
  { name: "account.admin.create", access: ["ADMIN"], schema: createStaffSchema },
  (input, { actor, now }) => createBackOfficeUser(actor, input, now),
);

export const unbindAccountAction = defineAction(
  { name: "account.admin.unbind", access: ["ADMIN"], schema: unbindAccountSchema },
  ({ userId, reason }, { actor }) => unbindAccount(actor, userId, reason),
);

export const bindAccountAction = defineAction(
  { name: "account.admin.bind", access: ["ADMIN"], schema: bindAccountSchema },
  (input, { actor }) => bindAccount(actor, input.userId, input),
);
