"use client";

import { useRef, useState, useTransition, type FormEvent } from "react";
import { getSession, signIn } from "next-auth/react";
import { requestLoginCodeAction } from "@/lib/accounts/actions";
import { loginPasswordSchema, smsCodeField } from "@/lib/accounts/schema";
import { ROLE_HOME } from "@/lib/auth/roles";
import { TextInput } from "@/components/forms/text-input";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";

/**
 * Two steps (U5): user name or ID number / credit code + password → a 6-digit code sent to the
 * registered mobile → next-auth's "sms-code" provider. The first step stays mounted (hidden)
 * during the second, so going back keeps what was typed.
 */
export function LoginForm({ next }: { next: string | null }) {
  const [challenge, setChallenge] = useState<{ id: string; maskedMobile: string } | null>(null);
  const credentials = useRef<{ identifier: string; password: string } | null>(null);

  const passwordStep = useActionForm(requestLoginCodeAction, {
    schema: loginPasswordSchema,
    onSuccess: (data, form) => {
      const values = new FormData(form);
      credentials.current = { identifier: String(values.get("identifier") ?? ""), password: String(values.get("password") ?? "") };
      setChallenge({ id: data.challengeId, maskedMobile: data.maskedMobile });
    },
  });

  const [codeError, setCodeError] = useState<string | undefined>();
  const [codeMessage, setCodeMessage] = useState<{ tone: "error" | "success" | "info"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const codeInput = useRef<HTMLInputElement>(null);

  function submitCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!challenge) return;
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    const parsed = smsCodeField.safeParse(code);
    if (!parsed.success) {
      setCodeError(parsed.error.issues[0]?.message);
      setCodeMessage({ tone: "error", text: "请输入短信验证码" });
      codeInput.current?.focus();
      return;
    }
    setCodeError(undefined);
    setCodeMessage(null);
    startTransition(async () => {
      // A refused credentials sign-in still answers ok: true; the reason is in `error`.
      const res = await signIn("sms-code", { challengeId: challenge.id, code: parsed.data, redirect: false });
      if (!res || res.error) {
        const text = res?.error && res.error !== "CredentialsSignin" ? res.error : "验证码不正确或已失效，请重新获取";
        setCodeError(text);
        setCodeMessage({ tone: "error", text });
        codeInput.current?.focus();
        return;
      }
      const session = await getSession();
      window.location.assign(next ?? (session?.user.role ? ROLE_HOME[session.user.role] : "/"));
    });
  }

  function resend() {
    const saved = credentials.current;
    if (!saved) return;
    setCodeError(undefined);
    startTransition(async () => {
      const res = await requestLoginCodeAction(saved);
      if (res.ok) {
        setChallenge({ id: res.data.challengeId, maskedMobile: res.data.maskedMobile });
        setCodeMessage({ tone: "success", text: `新的验证码已发送至 ${res.data.maskedMobile}` });
      } else {
        setCodeMessage({ tone: "error", text: res.message });
      }
    });
  }

  function back() {
    setChallenge(null);
    setCodeError(undefined);
    setCodeMessage(null);
  }

  return (
    <>
      <form onSubmit={passwordStep.onSubmit} noValidate hidden={!!challenge} aria-labelledby="login-step1" className="space-y-4">
        <h2 id="login-step1" className="text-base">第一步：输入账号和密码</h2>
        <FormMessage tone={passwordStep.message?.tone}>{passwordStep.message?.text}</FormMessage>
        <TextInput
          name="identifier"
          label="用户名 / 证件号码 / 统一社会信用代码"
          autoComplete="username"
          required
          error={passwordStep.fieldErrors.identifier}
        />
        <TextInput name="password" label="密码" type="password" autoComplete="current-password" required error={passwordStep.fieldErrors.password} />
        <SubmitButton pending={passwordStep.pending} pendingLabel="正在验证…" className="btn w-full">
          下一步：获取短信验证码
        </SubmitButton>
      </form>

      {challenge && (
        <form onSubmit={submitCode} noValidate aria-labelledby="login-step2" className="space-y-4">
          <h2 id="login-step2" className="text-base">第二步：输入短信验证码</h2>
          <p className="text-sm">验证码已发送至 {challenge.maskedMobile}，5分钟内有效。</p>
          <FormMessage tone={codeMessage?.tone}>{codeMessage?.text}</FormMessage>
          <TextInput
            ref={codeInput}
            name="code"
            label="短信验证码"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            pattern="\d{6}"
            required
            autoFocus
            hint="6位数字"
            error={codeError}
          />
          <SubmitButton pending={pending} pendingLabel="正在登录…" className="btn w-full">登录</SubmitButton>
          <div className="flex justify-between text-sm">
            <button type="button" className="text-brand-700 underline" onClick={back} disabled={pending}>返回修改账号</button>
            <button type="button" className="text-brand-700 underline" onClick={resend} disabled={pending}>重新获取验证码</button>
          </div>
        </form>
      )}
    </>
  );
}
