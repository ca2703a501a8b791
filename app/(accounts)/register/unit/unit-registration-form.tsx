"use client";

import { useRouter } from "next/navigation";
import { registerUnitAction } from "@/lib/accounts/actions";
import { unitRegistrationSchema, USERNAME_RULE_TEXT } from "@/lib/accounts/schema";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/password-policy";
import { TextInput } from "@/components/forms/text-input";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { AgreementCheckbox } from "../agreement-checkbox";

export function UnitRegistrationForm() {
  const router = useRouter();
  const form = useActionForm(registerUnitAction, {
    schema: unitRegistrationSchema,
    onSuccess: () => router.push("/login?notice=registered"),
  });
  const e = form.fieldErrors;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-brand-900">单位信息</legend>
        <TextInput name="unitName" label="单位名称" autoComplete="organization" required error={e.unitName} hint="与营业执照（登记证书）上的名称一致" />
        <TextInput name="creditCode" label="统一社会信用代码" autoComplete="off" required error={e.creditCode} hint="18位，由数字和大写字母组成" />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="legalRepName" label="法定代表人姓名" required error={e.legalRepName} />
          <TextInput name="legalRepPhone" label="法定代表人联系电话" type="tel" inputMode="numeric" required error={e.legalRepPhone} />
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-base font-semibold text-brand-900">经办人信息</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInput name="handlerName" label="经办人姓名" autoComplete="name" required error={e.handlerName} />
          <TextInput name="handlerMobile" label="经办人手机号码" type="tel" inputMode="numeric" autoComplete="tel" required error={e.handlerMobile} hint="用于接收登录验证码" />
        </div>
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
