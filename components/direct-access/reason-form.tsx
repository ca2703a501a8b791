"use client";

import type { ActionResult } from "@/lib/actions/define-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

/** One decision with a text (reason, note, reply) about one record, refreshing the page after it. */
export function ReasonForm({ id, action, field = "reason", label, hint, button, variant = "primary", required = true, extra, confirm }: {
  id: string;
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  field?: "reason" | "note" | "reply";
  label: string;
  hint?: string;
  button: string;
  variant?: "primary" | "secondary" | "danger";
  required?: boolean;
  extra?: Record<string, unknown>;
  confirm?: string;
}) {
  const form = useActionForm(action, { prepare: (v) => ({ ...v, ...extra, id }), refresh: true, onSuccess: (_d, f) => f.reset() });
  const fieldId = `${field}-${button}`;
  return (
    <form
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) return e.preventDefault();
        form.onSubmit(e);
      }}
      noValidate
      className="card space-y-2"
      aria-label={button}
    >
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <Field id={fieldId} label={label} hint={hint} error={form.fieldErrors[field]} required={required}>
        {(a11y) => <textarea {...a11y} name={field} rows={2} className="input" />}
      </Field>
      <SubmitButton pending={form.pending} variant={variant}>{button}</SubmitButton>
    </form>
  );
}
