"use client";

import { changeOwnPasswordAction } from "@/lib/accounts/actions";
import { passwordChangeSchema } from "@/lib/accounts/schema";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/password-policy";
import { TextInput } from "@/components/forms/text-input";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";

export function ChangePasswordForm() {
  const form = useActionForm(changeOwnPasswordAction, {
    schema: passwordChangeSchema,
    refresh: true,
    onSuccess: (data, element) => {
      element.reset(); // passwords are not kept after a successful change
      form.setMessage(data.sessionsEnded > 0 ? `密码已修改，其他设备上的 ${data.sessionsEnded} 处登录已退出` : "密码已修改", "success");
    },
  });
  const e = form.fieldErrors;
  return (
    <form onSubmit={form.onSubmit} noValidate className="mt-2 max-w-md space-y-4">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <TextInput name="oldPassword" label="原密码" type="password" autoComplete="current-password" required error={e.oldPassword} />
      <TextInput name="password" label="新密码" type="password" autoComplete="new-password" required hint={PASSWORD_RULE_TEXT} error={e.password} />
      <TextInput name="confirmPassword" label="确认新密码" type="password" autoComplete="new-password" required error={e.confirmPassword} />
      <SubmitButton pending={form.pending} pendingLabel="正在保存…">修改密码</SubmitButton>
    </form>
  );
}
