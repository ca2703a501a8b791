"use client";

import { revokeCertificateAction } from "@/lib/certificates/actions";
import { revokeCertificateSchema } from "@/lib/certificates/schema";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

/** D5: 作废证明 with a reason. */
export function RevokeForm({ code }: { code: string }) {
  const form = useActionForm(revokeCertificateAction, { schema: revokeCertificateSchema, refresh: true });
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <input type="hidden" name="code" value={code} />
      <Field id="reason" label="作废原因" error={form.fieldErrors.reason} required hint="作废后，任何人在“证明验证”页面核验此防伪码都会看到“已作废”">
        {(a11y) => <textarea {...a11y} name="reason" rows={3} className="input" />}
      </Field>
      <SubmitButton pending={form.pending}>作废此证明</SubmitButton>
    </form>
  );
}
