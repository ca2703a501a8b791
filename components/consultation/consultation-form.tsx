"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { submitConsultationAction } from "@/lib/consultation/actions";
import { submitConsultationSchema } from "@/lib/consultation/schema";
import { CONSULTATION_KINDS, CONSULTATION_KIND_LABELS, CONSULTATION_TOPICS, CONSULTATION_TOPIC_LABELS, REPLY_WORKING_DAYS } from "@/lib/consultation/labels";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextInput } from "@/components/forms/text-input";
import { useActionForm } from "@/components/forms/use-action-form";
import { SuggestionList, useKnowledgeSuggestions } from "./knowledge-suggestions";

/**
 * 写信 (K1): the suggested answers follow the title as it is typed (§5.5.2 a), so a question
 * the knowledge base already answers need not be sent; sending it anyway is always possible.
 */
export function ConsultationForm({ listPath }: { listPath: string }) {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const { answers, searched } = useKnowledgeSuggestions(title);
  const form = useActionForm(submitConsultationAction, {
    schema: submitConsultationSchema,
    onSuccess: (data) => router.push(`${listPath}/${data.id}`),
  });
  const kinds = CONSULTATION_KINDS.map((k) => ({ value: k, label: `${CONSULTATION_KIND_LABELS[k]}（${REPLY_WORKING_DAYS[k]} 个工作日内答复）` }));
  const topics = CONSULTATION_TOPICS.map((t) => ({ value: t, label: CONSULTATION_TOPIC_LABELS[t] }));
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <Select name="kind" label="信件类型" options={kinds} placeholder="请选择" required error={form.fieldErrors.kind} />
        <Select name="topic" label="业务类别" options={topics} placeholder="请选择" required error={form.fieldErrors.topic} />
      </div>
      <TextInput name="title" label="标题" required maxLength={60} error={form.fieldErrors.title} onChange={(e) => setTitle(e.target.value)} hint="简要写明您的问题，下方会推荐知识库中的相关答案" autoComplete="off" />
      <SuggestionList answers={answers} searched={searched} heading="提交前请先看看这些答案" />
      <Field id="body" label="内容" required error={form.fieldErrors.body} hint="请勿填写与问题无关的个人信息；答复后可能经脱敏公开">
        {(a11y) => <textarea {...a11y} name="body" rows={6} maxLength={2000} className="input" />}
      </Field>
      <Field id="attachments" label="附件（选填）" error={form.fieldErrors.attachments} hint="PDF、JPG 或 PNG，最多 3 个，每个不超过 2 MB">
        {(a11y) => <input {...a11y} type="file" name="attachments" multiple accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" className="block text-sm" />}
      </Field>
      <SubmitButton pending={form.pending}>提交信件</SubmitButton>
    </form>
  );
}
