"use server";
/**
 * Account server actions: parse (zod) → authorize (defineAction's access list) → the domain
 * function → revalidate. Nothing else happens here.
 */
import { revalidatePath } from "next/cache";
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
import { endOtherSessions } from "./account-overview";
import { assignRole, createBackOfficeUser, editRegistrationInfo, lockAccount, resetPasswordByAdmin, unlockAccount } from "./manage-users";
import { bindAccount, unbindAccount } from "./binding";

/** Outside a Next request (tests, scripts) there is no page cache to refresh. */
function refresh(...paths: string[]) {
  for (const path of paths) {
    try {
      revalidatePath(path);
    } catch {
      // no request store: nothing cached
    }
  }
}

export const requestLoginCode = defineAction(
  { name: "account.login.start", access: "public", schema: loginPasswordSchema },
  async (input, { client }) => startLogin({ ...input, ...client }),
);

export const registerPersonAccount = defineAction(
  { name: "account.register.person", access: "public", schema: personRegistrationSchema },
  async (input, { client }) => registerPerson(input, client),
);

export const registerUnitAccount = defineAction(
  { name: "account.register.unit", access: "public", schema: unitRegistrationSchema },
  async (input, { client }) => registerUnit(input, client),
);

export const requestPasswordReset = defineAction(
  { name: "account.password.reset.start", access: "public", schema: passwordResetRequestSchema },
  async (input, { client }) => startPasswordReset(input, client),
);

export const completePasswordResetAction = defineAction(
  { name: "account.password.reset.complete", access: "public", schema: passwordResetCompleteSchema },
  async (input, { client }) => completePasswordReset(input, client),
);

const EVERY_ROLE = ["PERSON", "UNIT", "STAFF", "ADMIN"] as const;

export const changeOwnPassword = defineAction(
  { name: "account.password.change", access: EVERY_ROLE, schema: passwordChangeSchema },
  async (input, { user, client }) => {
    const result = await changePassword(user, input, client);
    refresh("/account");
    return result;
  },
);

export const endOtherOwnSessions = defineAction(
  { name: "account.sessions.end-others", access: EVERY_ROLE, schema: z.object({}) },
  async (_input, { user, client }) => {
    const result = await endOtherSessions(user, client);
    refresh("/account");
    return result;
  },
);

export const unlockUser = defineAction(
  { name: "account.admin.unlock", access: ["STAFF", "ADMIN"], schema: userIdSchema },
  async ({ userId }, { user, client }) => {
    await unlockAccount(user, userId, client);
    refresh("/staff/users", "/admin/users", `/admin/users/${userId}`);
  },
);

export const lockUser = defineAction(
  { name: "account.admin.lock", access: ["ADMIN"], schema: lockUserSchema },
  async ({ userId, reason }, { user, client }) => {
    await lockAccount(user, userId, reason, client);
    refresh("/admin/users", `/admin/users/${userId}`);
  },
);

export const resetUserPassword = defineAction(
  { name: "account.admin.reset-password", access: ["ADMIN"], schema: userIdSchema },
  async ({ userId }, { user, client }) => {
    const result = await resetPasswordByAdmin(user, userId, client);
    refresh(`/admin/users/${userId}`);
    return result;
  },
);

export const assignUserRole = defineAction(
  { name: "account.admin.assign-role", access: ["ADMIN"], schema: assignRoleSchema },
  async ({ userId, role }, { user, client }) => {
    await assignRole(user, userId, role, client);
    refresh("/admin/users", `/admin/users/${userId}`);
  },
);

export const editUserInfo = defineAction(
  { name: "account.admin.edit-info", access: ["ADMIN"], schema: editUserInfoSchema },
  async ({ userId, ...change }, { user, client }) => {
    const result = await editRegistrationInfo(user, userId, change, client);
    refresh("/admin/users", `/admin/users/${userId}`);
    return result;
  },
);

export const createStaffUser = defineAction(
  { name: "account.admin.create", access: ["ADMIN"], schema: createStaffSchema },
  async (input, { user, client }) => {
    const result = await createBackOfficeUser(user, input, client);
    refresh("/admin/users");
    return result;
  },
);

export const unbindUserAccount = defineAction(
  { name: "account.admin.unbind", access: ["ADMIN"], schema: unbindAccountSchema },
  async ({ userId, reason }, { user, client }) => {
    const result = await unbindAccount(user, userId, reason, client);
    refresh("/admin/users", `/admin/users/${userId}`);
    return result;
  },
);

export const bindUserAccount = defineAction(
  { name: "account.admin.bind", access: ["ADMIN"], schema: bindAccountSchema },
  async (input, { user, client }) => {
    await bindAccount(user, input.userId, input, client);
    refresh("/admin/users", `/admin/users/${input.userId}`);
  },
);
