"use client";

import { addDishonestyListingAction } from "@/lib/disclosure/actions";
import { addDishonestyListingSchema } from "@/lib/disclosure/schema";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextInput } from "@/components/forms/text-input";
import { useActionForm } from "@/components/forms/use-action-form";

/** 列入失信名单 (K3). */
export function ListingForm({ today }: { today: string }) {
  const form = useActionForm(addDishonestyListingAction, { schema: addDishonestyListingSchema, refresh: true, onSuccess: (_data, el) => el.reset() });
  return (
    <form onSubmit={form.onSubmit} noValidate className="card grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2"><FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage></div>
      <TextInput name="creditCode" label="统一社会信用代码" required maxLength={18} error={form.fieldErrors.creditCode} />
      <TextInput name="unitName" label="单位名称" required error={form.fieldErrors.unitName} />
      <Field id="reason" label="列入原因" required error={form.fieldErrors.reason} className="space-y-1 sm:col-span-2">
        {(a11y) => <textarea {...a11y} name="reason" rows={2} className="input" />}
      </Field>
      <TextInput name="source" label="认定机关或文书" required error={form.fieldErrors.source} />
      <TextInput name="listedOn" label="列入日期" type="date" required defaultValue={today} error={form.fieldErrors.listedOn} />
      <div><SubmitButton pending={form.pending}>列入失信名单</SubmitButton></div>
    </form>
  );
}
