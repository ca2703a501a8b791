"use client";

import { useRouter } from "next/navigation";
import { createBackOfficeUserAction } from "@/lib/accounts/actions";
import { createStaffSchema, USERNAME_RULE_TEXT } from "@/lib/accounts/schema";
import { ROLE_LABELS, areaPath } from "@/lib/auth/roles";
import { TextInput } from "@/components/forms/text-input";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";

export function CreateStaffForm() {
  const router = useRouter();
  const form = useActionForm(createBackOfficeUserAction, {
    schema: createStaffSchema,
    onSuccess: (data) => router.push(areaPath("ADMIN", `users/${data.userId}`)),
  });
  const e = form.fieldErrors;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <Select name="role" label="角色" defaultValue="STAFF" options={[{ value: "STAFF", label: ROLE_LABELS.STAFF }, { value: "ADMIN", label: ROLE_LABELS.ADMIN }]} required error={e.role} />
      <TextInput name="username" label="用户名" required hint={USERNAME_RULE_TEXT} error={e.username} />
      <TextInput name="name" label="姓名" required error={e.name} />
      <TextInput name="mobile" label="手机号码" type="tel" inputMode="numeric" required error={e.mobile} hint="用于接收开通通知和验证码" />
      <SubmitButton pending={form.pending}>开设账户</SubmitButton>
    </form>
  );
}
