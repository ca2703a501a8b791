"use client";

import { saveArticleAction } from "@/lib/knowledge/actions";
import { saveArticleSchema } from "@/lib/knowledge/schema";
import { CONSULTATION_TOPICS, CONSULTATION_TOPIC_LABELS } from "@/lib/consultation/labels";
import { Checkbox } from "@/components/forms/checkbox";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextInput } from "@/components/forms/text-input";
import { useActionForm } from "@/components/forms/use-action-form";

export interface ArticleDraft {
  id?: number;
  category: string;
  question: string;
  answer: string;
  keywords: string;
  published: boolean;
}

const TOPICS = CONSULTATION_TOPICS.map((t) => ({ value: t, label: CONSULTATION_TOPIC_LABELS[t] }));

/** 新增或修改知识条目 (K2). */
export function ArticleForm({ draft }: { draft: ArticleDraft }) {
  const form = useActionForm(saveArticleAction, {
    schema: saveArticleSchema,
    refresh: true,
    onSuccess: (): void => {
      form.setMessage("已保存，智能问答即时生效", "success");
    },
  });
  return (
    <form key={draft.id ?? "new"} onSubmit={form.onSubmit} noValidate className="card space-y-3">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      {draft.id && <input type="hidden" name="id" value={draft.id} />}
      <Select name="category" label="业务类别" options={TOPICS} defaultValue={draft.category} placeholder="请选择" required error={form.fieldErrors.category} />
      <TextInput name="question" label="问题" required defaultValue={draft.question} error={form.fieldErrors.question} />
      <Field id="answer" label="答案" required error={form.fieldErrors.answer}>
        {(a11y) => <textarea {...a11y} name="answer" rows={5} defaultValue={draft.answer} className="input" />}
      </Field>
      <TextInput name="keywords" label="检索关键词" defaultValue={draft.keywords} hint="用空格分隔的其他说法，如“退休金 养老钱”" error={form.fieldErrors.keywords} />
      <Checkbox name="published" label="公开（出现在常见问题和智能问答中）" defaultChecked={draft.published} />
      <SubmitButton pending={form.pending}>{draft.id ? "保存修改" : "新增条目"}</SubmitButton>
    </form>
  );
}
