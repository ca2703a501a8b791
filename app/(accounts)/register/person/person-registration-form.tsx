"use client";

import { useRouter } from "next/navigation";
import { registerPersonAction } from "@/lib/accounts/actions";
import { ID_TYPE_OPTIONS, personRegistrationSchema, USERNAME_RULE_TEXT } from "@/lib/accounts/schema";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/password-policy";
import { TextInput } from "@/components/forms/text-input";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { AgreementCheckbox } from "../agreement-checkbox";

export function PersonRegistrationForm() {
  const router = useRouter();
  const form = useActionForm(registerPersonAction, {
    schema: personRegistrationSchema,
    onSuccess: () => router.push("/login?notice=registered"),
  });
  const e = form.fieldErrors;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-brand-900">身份信息</legend>
        <TextInput name="name" label="姓名" autoComplete="name" required error={e.name} />
        <div className="grid gap-4 sm:grid-cols-3">
          <Select name="idType" label="证件类型" options={ID_TYPE_OPTIONS} defaultValue="01" required error={e.idType} />
          <div className="sm:col-span-2">
            <TextInput name="idNumber" label="证件号码" required autoComplete="off" error={e.idNumber} hint="居民身份证为18位，末位可能为X" />
          </div>
        </div>
        <TextInput name="socialSecurityNo" label="社会保障号码" required autoComplete="off" error={e.socialSecurityNo} hint="持居民身份证的参保人，社会保障号码即身份证号码" />
        <TextInput name="socialCardNo" label="社会保障卡卡号（选填）" autoComplete="off" error={e.socialCardNo} />
        <TextInput name="mobile" label="手机号码" type="tel" inputMode="numeric" autoComplete="tel" required error={e.mobile} hint="用于接收登录验证码，请填写本人手机号" />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-brand-900">账户信息</legend>
        <TextInput name="username" label="用户名" autoComplete="username" required error={e.username} hint={USERNAME_RULE_TEXT} />
        <TextInput name="password" label="密码" type="password" autoComplete="new-password" required error={e.password} hint={PASSWORD_RULE_TEXT} />
        <TextInput name="confirmPassword" label="确认密码" type="password" autoComplete="new-password" required error={e.confirmPassword} />
      </fieldset>
      <AgreementCheckbox error={e.agreement} />
      <SubmitButton pending={form.pending} pendingLabel="正在核验并注册…">注册</SubmitButton>
    </form>
  );
}
