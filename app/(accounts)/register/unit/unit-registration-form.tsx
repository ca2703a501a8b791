"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { registerUnitAction, requestUnitRegistrationCodeAction } from "@/lib/accounts/actions";
import type { UnitCodeRecipientOption } from "@/lib/accounts/register";
import { unitRegistrationStartSchema, USERNAME_RULE_TEXT } from "@/lib/accounts/schema";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/password-policy";
import { formDataToObject } from "@/lib/validation/zod";
import { TextInput } from "@/components/forms/text-input";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { FieldError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { AgreementCheckbox } from "../agreement-checkbox";
import { RegistrationCodeStep } from "../registration-code-step";

/**
 * Two steps (S5). Once the unit checks out, the form offers the mobiles the social insurance
 * records hold for it (legal representative, unit handler), masked; the code goes to the one
 * chosen, never to a number typed here, and the account is created when the code comes back.
 */
export function UnitRegistrationForm() {
  const router = useRouter();
  const [recipients, setRecipients] = useState<UnitCodeRecipientOption[] | null>(null);
  const [challenge, setChallenge] = useState<{ id: string; sentTo: string } | null>(null);
  const typed = useRef<Record<string, unknown>>({});
  const form = useActionForm(requestUnitRegistrationCodeAction, {
    schema: unitRegistrationStartSchema,
    onSuccess: (data, element) => {
      if (data.step === "choose") {
        setRecipients(data.recipients);
        form.setMessage("单位信息核验通过。请选择接收验证码的手机号码（社会保险登记信息中的号码），然后获取验证码。", "success");
        return;
      }
      typed.current = formDataToObject(new FormData(element));
      setChallenge({ id: data.challengeId, sentTo: `验证码已发送至${data.recipientLabel}手机 ${data.maskedMobile}` });
    },
  });
  const e = form.fieldErrors;
  return (
    <>
      <form onSubmit={form.onSubmit} noValidate hidden={!!challenge} aria-labelledby="register-step1" className="space-y-4">
        <h2 id="register-step1" className="text-base">第一步：填写并核验注册信息</h2>
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
        {recipients && (
          <fieldset className="space-y-2" aria-describedby={e.recipient ? "recipient-hint recipient-error" : "recipient-hint"}>
            <legend className="mb-1 text-base font-semibold text-brand-900">接收注册验证码的手机号码</legend>
            <p id="recipient-hint" className="text-sm text-slate-600">验证码只发送到社会保险登记信息中该单位的手机号码。号码已变更的，请到社保经办机构服务窗口办理或拨打 12333。</p>
            {recipients.map((r, i) => (
              <label key={r.value} className="flex items-center gap-2">
                <input type="radio" name="recipient" value={r.value} defaultChecked={i === 0} className="h-4 w-4 accent-brand-700" />
                <span>{r.label}</span>
              </label>
            ))}
            <FieldError id="recipient" error={e.recipient} />
          </fieldset>
        )}
        <SubmitButton pending={form.pending} pendingLabel="正在核验…">{recipients ? "获取短信验证码" : "下一步：核验单位信息"}</SubmitButton>
      </form>
      {challenge && (
        <RegistrationCodeStep
          sentTo={challenge.sentTo}
          submit={(code) => registerUnitAction({ ...typed.current, challengeId: challenge.id, code })}
          resend={async () => {
            const res = await requestUnitRegistrationCodeAction(typed.current);
            if (!res.ok) return res.message;
            if (res.data.step === "code") setChallenge({ id: res.data.challengeId, sentTo: `验证码已发送至${res.data.recipientLabel}手机 ${res.data.maskedMobile}` });
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
