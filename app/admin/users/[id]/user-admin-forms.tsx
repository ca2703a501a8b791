"use client";

import { useRouter } from "next/navigation";
import type { ZodType } from "zod";
import type { ActionResult } from "@/lib/actions/define-action";
import { assignUserRole, editUserInfo, lockUser } from "@/lib/accounts/actions";
import { assignRoleSchema, editUserInfoSchema, lockUserSchema } from "@/lib/accounts/schema";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { TextInput } from "@/components/forms/text-input";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";

/** The forms of this page act on one user: its id is added to what is submitted. */
function useAdminForm<T>(action: (input: unknown) => Promise<ActionResult<T>>, schema: ZodType, userId: string, success: string | ((data: T) => string)) {
  const router = useRouter();
  const form = useActionForm(action, {
    schema,
    prepare: (values) => ({ ...values, userId }),
    onSuccess: (data) => {
      form.setMessage(typeof success === "function" ? success(data) : success, "success");
      router.refresh();
    },
  });
  return form;
}

export function LockUserForm({ userId }: { userId: string }) {
  const form = useAdminForm(lockUser, lockUserSchema, userId, "账户已锁定，该用户的登录已全部退出");
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2 border-t border-slate-200 pt-4" aria-labelledby="lock-title">
      <h3 id="lock-title" className="font-semibold">锁定（停用）账户</h3>
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <TextInput name="reason" id="lock-reason" label="锁定原因" required error={form.fieldErrors.reason} hint="将记入操作留痕" />
      <SubmitButton pending={form.pending} variant="danger">锁定账户</SubmitButton>
    </form>
  );
}

export function AssignRoleForm({ userId, role, isSelf }: { userId: string; role: "STAFF" | "ADMIN"; isSelf: boolean }) {
  const form = useAdminForm(assignUserRole, assignRoleSchema, userId, "角色已更新");
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2 border-t border-slate-200 pt-4" aria-labelledby="role-title">
      <h3 id="role-title" className="font-semibold">分配角色</h3>
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <Select
        name="role"
        id="assign-role"
        label="角色"
        defaultValue={role}
        options={[{ value: "STAFF", label: ROLE_LABELS.STAFF }, { value: "ADMIN", label: ROLE_LABELS.ADMIN }]}
        error={form.fieldErrors.role}
        hint={isSelf ? "不能取消自己的平台管理员角色" : undefined}
      />
      <SubmitButton pending={form.pending}>保存角色</SubmitButton>
    </form>
  );
}

export function EditUserInfoForm({ userId, name, maskedMobile }: { userId: string; name: string; maskedMobile: string }) {
  const form = useAdminForm(editUserInfo, editUserInfoSchema, userId, (d: { changed: boolean }) => (d.changed ? "注册信息已修改" : "信息没有变化"));
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2 border-t border-slate-200 pt-4" aria-labelledby="edit-title">
      <h3 id="edit-title" className="font-semibold">修改注册信息</h3>
      <p className="text-sm text-slate-600">请先核验申请人有效证件。证件号码、单位信用代码不能在线修改。</p>
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <TextInput name="name" id="edit-name" label="姓名" defaultValue={name} required error={form.fieldErrors.name} />
      <TextInput name="mobile" id="edit-mobile" label="手机号码" type="tel" inputMode="numeric" placeholder={maskedMobile} error={form.fieldErrors.mobile} hint={`当前 ${maskedMobile}；不修改请留空`} />
      <SubmitButton pending={form.pending}>保存修改</SubmitButton>
    </form>
  );
}
