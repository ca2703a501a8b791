"use client";

import { useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/define-action";
import type { FieldErrors } from "@/lib/errors/app-error";
import { smsCodeField } from "@/lib/accounts/schema";
import { TextInput } from "@/components/forms/text-input";
import { SubmitButton } from "@/components/forms/submit-button";
import { FormMessage, type FormMessageTone } from "@/components/forms/form-message";

/**
 * Step two of registration (S5): the code sent in step one. The form of step one stays mounted
 * (hidden) meanwhile, so going back, or an answer about the form rather than the code, finds
 * every typed value where it was.
 */
export function RegistrationCodeStep({
  sentTo,
  submit,
  resend,
  onDone,
  onFormErrors,
  onBack,
}: {
  sentTo: ReactNode;
  submit: (code: string) => Promise<ActionResult<unknown>>;
  /** Asks step one again; resolves with the refusal's message, or null when a new code went out. */
  resend: () => Promise<string | null>;
  onDone: () => void;
  /** An answer about the form, not the code: back to step one with it. */
  onFormErrors: (fieldErrors: FieldErrors, message: string) => void;
  onBack: () => void;
}) {
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<{ tone: FormMessageTone; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const input = useRef<HTMLInputElement>(null);

  function refuse(text: string, fieldError?: string) {
    setError(fieldError);
    setMessage({ tone: "error", text });
    input.current?.focus();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = smsCodeField.safeParse(String(new FormData(event.currentTarget).get("code") ?? ""));
    if (!parsed.success) return refuse("请输入短信验证码", parsed.error.issues[0]?.message);
    setError(undefined);
    setMessage(null);
    startTransition(async () => {
      const res = await submit(parsed.data);
      if (res.ok) return onDone();
      if (res.fieldErrors?.code) return refuse(res.message, res.fieldErrors.code);
      onFormErrors(res.fieldErrors ?? {}, res.message);
    });
  }

  function askAgain() {
    setError(undefined);
    startTransition(async () => {
      const refusal = await resend();
      setMessage(refusal ? { tone: "error", text: refusal } : { tone: "success", text: "新的验证码已发送，请查收" });
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="register-step2" className="space-y-4">
      <h2 id="register-step2" className="text-base">第二步：输入短信验证码</h2>
      <p className="text-sm">{sentTo}，5分钟内有效。输入验证码后即完成注册。</p>
      <FormMessage tone={message?.tone}>{message?.text}</FormMessage>
      <TextInput
        ref={input}
        name="code"
        id="register-code"
        label="短信验证码"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        autoFocus
        hint="6位数字"
        error={error}
      />
      <SubmitButton pending={pending} pendingLabel="正在注册…">完成注册</SubmitButton>
      <div className="flex justify-between text-sm">
        <button type="button" className="text-brand-700 underline" onClick={onBack} disabled={pending}>返回修改注册信息</button>
        <button type="button" className="text-brand-700 underline" onClick={askAgain} disabled={pending}>重新获取验证码</button>
      </div>
    </form>
  );
}
