"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { registerPersonAction, requestPersonRegistrationCodeAction } from "@/lib/accounts/actions";
import { ID_TYPE_OPTIONS, personRegistrationSchema, USERNAME_RULE_TEXT } from "@/lib/accounts/schema";
import { formDataToObject } from "@/lib/validation/zod";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/password-policy";
import { TextInput } from "@/components/forms/text-input";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { AgreementCheckbox } from "../agreement-checkbox";
import { RegistrationCodeStep } from "../registration-code-step";

/**
 * Two steps (S5): the form is checked against the social insurance records and a code goes to
 * the mobile typed, which must be the one on file; the account is created when the code comes back.
 */
export function PersonRegistrationForm() {
  const router = useRouter();
  const [challenge, setChallenge] = useState<{ id: string; maskedMobile: string } | null>(null);
  // What step one sent, sent again with the code: the code confirms exactly that data.
  const typed = useRef<Record<string, unknown>>({});
  const form = useActionForm(requestPersonRegistrationCodeAction, {
    schema: personRegistrationSchema,
    onSuccess: (data, element) => {
      typed.current = formDataToObject(new FormData(element));
      setChallenge({ id: data.challengeId, maskedMobile: data.maskedMobile });
    },
  });
  const e = form.fieldErrors;
  return (
    <>
      <form onSubmit={form.onSubmit} noValidate hidden={!!challenge} aria-labelledby="register-step1" className="space-y-4">
        <h2 id="register-step1" className="text-base">第一步：填写并核验注册信息</h2>
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
          <TextInput name="mobile" label="手机号码" type="tel" inputMode="numeric" autoComplete="tel" required error={e.mobile} hint="须为在社会保险经办机构登记的本人手机号码，将向其发送注册验证码；未登记或已变更的，请到服务窗口办理或拨打 12333" />
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="mb-2 text-base font-semibold text-brand-900">账户信息</legend>
          <TextInput name="username" label="用户名" autoComplete="username" required error={e.username} hint={USERNAME_RULE_TEXT} />
          <TextInput name="password" label="密码" type="password" autoComplete="new-password" required error={e.password} hint={PASSWORD_RULE_TEXT} />
          <TextInput name="confirmPassword" label="确认密码" type="password" autoComplete="new-password" required error={e.confirmPassword} />
        </fieldset>
        <AgreementCheckbox error={e.agreement} />
        <SubmitButton pending={form.pending} pendingLabel="正在核验…">下一步：获取短信验证码</SubmitButton>
      </form>
      {challenge && (
        <RegistrationCodeStep
          sentTo={`验证码已发送至 ${challenge.maskedMobile}`}
          submit={(code) => registerPersonAction({ ...typed.current, challengeId: challenge.id, code })}
          resend={async () => {
            const res = await requestPersonRegistrationCodeAction(typed.current);
            if (!res.ok) return res.message;
            setChallenge({ id: res.data.challengeId, maskedMobile: res.data.maskedMobile });
            return null;
          }}
          onDone={() => router.push("/login?notice=registered")}
          onFormErrors={(errors, message) => {
            setChallenge(null);
            form.showErrors(errors, message);
          }}
          onBack={() => setChallenge(null)}
        />
      )}
    </>
  );
}
