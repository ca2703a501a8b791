"use client";

import { publishConsultationAction, replyConsultationAction } from "@/lib/consultation/actions";
import { publishConsultationSchema, replyConsultationSchema } from "@/lib/consultation/schema";
import { answerBadRatingAction } from "@/lib/evaluation/actions";
import { answerBadRatingSchema } from "@/lib/evaluation/schema";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

function TextArea({ name, label, error, rows = 5, defaultValue, required = true, hint }: { name: string; label: string; error?: string; rows?: number; defaultValue?: string; required?: boolean; hint?: string }) {
  return (
    <Field id={name} label={label} error={error} required={required} hint={hint}>
      {(a11y) => <textarea {...a11y} name={name} rows={rows} className="input" defaultValue={defaultValue} />}
    </Field>
  );
}

/** 答复 (K1): complaints and reports also need the handling result. */
export function ReplyForm({ id, needsResult }: { id: string; needsResult: boolean }) {
  const form = useActionForm(replyConsultationAction, { schema: replyConsultationSchema, refresh: true });
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <input type="hidden" name="id" value={id} />
      <TextArea name="reply" label="答复内容" error={form.fieldErrors.reply} />
      {needsResult && <TextArea name="handlingResult" label="处理结果" rows={3} error={form.fieldErrors.handlingResult} hint="投诉、举报须写明核查情况与处理结果" />}
      <SubmitButton pending={form.pending}>答复并办结</SubmitButton>
    </form>
  );
}

/**
 * 公开答复 (K1): the fields start as the automatically masked copy; STAFF edit out anything
 * else that identifies the asker. The server refuses a copy that still holds an ID number,
 * a mobile number or the asker's name.
 */
export function PublishForm({ id, question, answer }: { id: string; question: string; answer: string }) {
  const form = useActionForm(publishConsultationAction, { schema: publishConsultationSchema, refresh: true });
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <input type="hidden" name="id" value={id} />
      <TextArea name="question" label="公开的问题" rows={3} defaultValue={question} error={form.fieldErrors.question} hint="已自动遮盖证件号码、手机号码和姓名；请再删去地址、单位名称等可识别个人的内容" />
      <TextArea name="answer" label="公开的答复" rows={5} defaultValue={answer} error={form.fieldErrors.answer} />
      <SubmitButton pending={form.pending}>公开到常见问题</SubmitButton>
    </form>
  );
}

/** 差评回访 (K5). */
export function FollowUpForm({ id }: { id: string }) {
  const form = useActionForm(answerBadRatingAction, { schema: answerBadRatingSchema, refresh: true });
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <input type="hidden" name="id" value={id} />
      <TextArea name="note" label="回访情况" rows={2} error={form.fieldErrors.note} />
      <SubmitButton pending={form.pending}>提交回访</SubmitButton>
    </form>
  );
}
