"use client";

import { publishPolicyNoticeAction } from "@/lib/messaging/actions";
import { NOTICE_AUDIENCES, publishNoticeSchema } from "@/lib/messaging/notice-schema";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextInput } from "@/components/forms/text-input";
import { useActionForm } from "@/components/forms/use-action-form";

const AUDIENCE_OPTIONS = NOTICE_AUDIENCES.map((a) => ({ value: a, label: a === "ALL" ? "全部用户" : `全部${ROLE_LABELS[a as Role]}` }));

/** 政策推送 (K4): title, text and audience; each recipient finds it in their inbox. */
export function NoticeForm() {
  const form = useActionForm(publishPolicyNoticeAction, {
    schema: publishNoticeSchema,
    refresh: true,
    onSuccess: (data, el) => {
      form.setMessage(`已推送给 ${data.recipients} 位用户`, "success");
      el.reset();
    },
  });
  return (
    <form onSubmit={form.onSubmit} noValidate className="card space-y-3">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <TextInput name="title" label="标题" required maxLength={60} error={form.fieldErrors.title} />
      <Field id="body" label="正文" required error={form.fieldErrors.body}>
        {(a11y) => <textarea {...a11y} name="body" rows={5} maxLength={2000} className="input" />}
      </Field>
      <Select name="audience" label="推送对象" options={AUDIENCE_OPTIONS} defaultValue="ALL" required error={form.fieldErrors.audience} hint="面向全部用户的通知同时在“信息公开 · 政策法规”中公开" />
      <SubmitButton pending={form.pending} pendingLabel="正在推送…">推送通知</SubmitButton>
    </form>
  );
}
