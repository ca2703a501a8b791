"use client";

import { setDirectParameterAction, setEnterpriseRateLimitAction, submitFeedbackAction } from "@/lib/direct-access/actions";
import { feedbackSchema } from "@/lib/direct-access/schema";
import { FEEDBACK_KINDS } from "@/lib/direct-access/labels";
import { FormMessage } from "@/components/forms/form-message";
import { Field } from "@/components/forms/field";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextInput } from "@/components/forms/text-input";
import { useActionForm } from "@/components/forms/use-action-form";

export function RateLimitForm({ id, value, platformDefault }: { id: string; value: number | null; platformDefault: number }) {
  const form = useActionForm(setEnterpriseRateLimitAction, { prepare: (v) => ({ ...v, id }), refresh: true });
  return (
    <form onSubmit={form.onSubmit} noValidate className="card space-y-2" aria-label="设置限流">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <TextInput name="rateLimitPerMinute" id="rateLimitPerMinute" label="每分钟最多请求次数" inputMode="numeric" defaultValue={value ?? ""} hint={`留空则使用平台默认值（${platformDefault} 次/分钟）`} error={form.fieldErrors.rateLimitPerMinute} />
      <SubmitButton pending={form.pending} variant="secondary">保存限流</SubmitButton>
    </form>
  );
}

export function ParameterForm({ paramKey, label, value, note }: { paramKey: string; label: string; value: string; note: string }) {
  const form = useActionForm(setDirectParameterAction, { prepare: (v) => ({ ...v, key: paramKey }), refresh: true });
  return (
    <form onSubmit={form.onSubmit} noValidate className="flex flex-wrap items-end gap-2" aria-label={label}>
      <TextInput name="value" id={`param-${paramKey}`} label={label} hint={note} defaultValue={value} inputMode="numeric" error={form.fieldErrors.value} />
      <SubmitButton pending={form.pending} variant="secondary">保存</SubmitButton>
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
    </form>
  );
}

export function FeedbackForm() {
  const form = useActionForm(submitFeedbackAction, { schema: feedbackSchema, refresh: true, onSuccess: (_d, f) => { f.reset(); form.setMessage("已提交，平台答复后会通知您", "success"); } });
  const kinds = Object.entries(FEEDBACK_KINDS).map(([value, label]) => ({ value, label }));
  return (
    <form onSubmit={form.onSubmit} noValidate className="card space-y-3" aria-label="提交意见建议">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <Select name="kind" label="类别" options={kinds} placeholder="请选择" required error={form.fieldErrors.kind} />
      <TextInput name="title" label="标题" required maxLength={60} error={form.fieldErrors.title} />
      <Field id="body" label="内容" required error={form.fieldErrors.body}>
        {(a11y) => <textarea {...a11y} name="body" rows={4} maxLength={2000} className="input" />}
      </Field>
      <SubmitButton pending={form.pending}>提交</SubmitButton>
    </form>
  );
}
