"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { completePasswordResetAction, requestPasswordResetAction } from "@/lib/accounts/actions";
import { passwordResetCompleteSchema, passwordResetRequestSchema } from "@/lib/accounts/schema";
import { PASSWORD_RULE_TEXT } from "@/lib/auth/password-policy";
import { TextInput } from "@/components/forms/text-input";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";

/** Two steps (U6): account + registered mobile → SMS code + new password. */
export function ForgotPasswordForm() {
  const router = useRouter();
  const [challenge, setChallenge] = useState<{ id: string; maskedMobile: string } | null>(null);

  const request = useActionForm(requestPasswordResetAction, {
    schema: passwordResetRequestSchema,
    onSuccess: (data) => setChallenge({ id: data.challengeId, maskedMobile: data.maskedMobile }),
  });
  const complete = useActionForm(completePasswordResetAction, {
    schema: passwordResetCompleteSchema,
    prepare: (values) => ({ ...values, challengeId: challenge?.id ?? "" }),
    onSuccess: () => router.push("/login?notice=reset"),
  });

  return (
    <>
      <form onSubmit={request.onSubmit} noValidate hidden={!!challenge} aria-labelledby="reset-step1" className="space-y-4">
        <h2 id="reset-step1" className="text-base">第一步：验证账户和手机号</h2>
        <FormMessage tone={request.message?.tone}>{request.message?.text}</FormMessage>
        <TextInput name="identifier" id="reset-identifier" label="用户名 / 证件号码 / 统一社会信用代码" autoComplete="username" required error={request.fieldErrors.identifier} />
        <TextInput name="mobile" id="reset-mobile" label="注册手机号码" type="tel" inputMode="numeric" autoComplete="tel" required error={request.fieldErrors.mobile} />
        <SubmitButton pending={request.pending} pendingLabel="正在发送…" className="btn w-full">获取短信验证码</SubmitButton>
      </form>

      {challenge && (
        <form onSubmit={complete.onSubmit} noValidate aria-labelledby="reset-step2" className="space-y-4">
          <h2 id="reset-step2" className="text-base">第二步：设置新密码</h2>
          <p className="text-sm">
            如账户和手机号码与注册信息一致，验证码已发送至 {challenge.maskedMobile}，5分钟内有效。未收到的，请核对账户和手机号码；当日获取或输错验证码次数过多时将暂停发送，请次日再试或拨打 12333 咨询。
          </p>
          <FormMessage tone={complete.message?.tone}>{complete.message?.text}</FormMessage>
          <TextInput name="code" id="reset-code" label="短信验证码" inputMode="numeric" autoComplete="one-time-code" maxLength={6} required autoFocus error={complete.fieldErrors.code} />
          <TextInput name="password" id="reset-password" label="新密码" type="password" autoComplete="new-password" required hint={PASSWORD_RULE_TEXT} error={complete.fieldErrors.password} />
          <TextInput name="confirmPassword" id="reset-confirm" label="确认新密码" type="password" autoComplete="new-password" required error={complete.fieldErrors.confirmPassword} />
          <SubmitButton pending={complete.pending} pendingLabel="正在保存…" className="btn w-full">确认修改</SubmitButton>
          <button type="button" className="text-sm text-brand-700 underline" onClick={() => setChallenge(null)}>返回上一步重新获取验证码</button>
        </form>
      )}
    </>
  );
}
