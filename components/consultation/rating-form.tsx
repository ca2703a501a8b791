"use client";

import { rateServiceAction } from "@/lib/evaluation/actions";
import { rateServiceSchema } from "@/lib/evaluation/schema";
import { SCORE_LABELS, type RatedKind } from "@/lib/evaluation/labels";
import { Field, errorIdOf, FieldError } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

/** 好差评 (K5): 1–5 with an optional comment, once the service is closed. */
export function RatingForm({ kind, subjectId }: { kind: RatedKind; subjectId: string }) {
  const form = useActionForm(rateServiceAction, { schema: rateServiceSchema, refresh: true });
  const scoreError = form.fieldErrors.score;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="subjectId" value={subjectId} />
      <fieldset aria-describedby={scoreError ? errorIdOf("score") : undefined}>
        <legend className="font-medium">评分<span className="ml-0.5 text-danger-600" aria-hidden="true">*</span></legend>
        <div className="mt-2 flex flex-wrap gap-3">
          {[5, 4, 3, 2, 1].map((score) => (
            <label key={score} className="flex items-center gap-1 rounded border border-slate-300 px-2 py-1 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" name="score" value={score} />
              {score} 分 · {SCORE_LABELS[score]}
            </label>
          ))}
        </div>
        <FieldError id="score" error={scoreError} />
      </fieldset>
      <Field id="comment" label="评价内容（选填）" error={form.fieldErrors.comment}>
        {(a11y) => <textarea {...a11y} name="comment" rows={3} maxLength={500} className="input" />}
      </Field>
      <SubmitButton pending={form.pending}>提交评价</SubmitButton>
    </form>
  );
}
