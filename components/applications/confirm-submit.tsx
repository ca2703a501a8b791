"use client";

import { useRouter } from "next/navigation";
import { submitApplicationAction } from "@/lib/applications/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { FieldError, errorIdOf } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

/** 确认环节 (LD/T 01 §5.3.2): the applicant confirms having read the warnings, then submits. */
export function ConfirmSubmit({ id, detailPath }: { id: string; detailPath: string }) {
  const router = useRouter();
  const form = useActionForm(submitApplicationAction, {
    prepare: (v) => ({ ...v, id }),
    onSuccess: () => {
      router.push(`${detailPath}?submitted=1`);
      router.refresh();
    },
  });
  const error = form.fieldErrors.confirmed;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="confirmed" className="mt-1 accent-brand-700" aria-invalid={!!error} aria-describedby={error ? errorIdOf("confirmed") : undefined} />
        <span>我已阅读上述风险提示，确认所填信息和所传材料真实、准确、完整，愿意承担相应法律责任。</span>
      </label>
      <FieldError id="confirmed" error={error} />
      <SubmitButton pending={form.pending} pendingLabel="正在提交…">确认提交</SubmitButton>
    </form>
  );
}
