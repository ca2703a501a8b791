"use client";

import { useMemo, useRef } from "react";
import { useRouter } from "next/navigation";
import { z } from "@/lib/validation/zod";
import { saveApplicationDraftAction } from "@/lib/applications/actions";
import { itemDefinition } from "@/lib/applications/items";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

interface Props {
  itemCode: string;
  requestKey: string;
  values: Record<string, string>;
  /** the application's pages, e.g. /person/applications */
  basePath: string;
}

/**
 * The item's form, built from its definition (P1): the same zod schema checks it here and on
 * the server. Saving keeps everything typed, valid or not; "保存并核对" also validates and moves
 * on to the summary.
 */
export function ApplicationForm({ itemCode, requestKey, values, basePath }: Props) {
  const router = useRouter();
  const definition = itemDefinition(itemCode)!;
  const intent = useRef<"draft" | "check">("check");
  // Checks the item's schema only when the user asks to go on; a draft is kept as typed.
  const schema = useMemo(
    () =>
      z.looseObject({ intent: z.string() }).superRefine((v, ctx) => {
        if (v.intent !== "check") return;
        const parsed = definition.schema.safeParse(v);
        if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      }),
    [definition],
  );
  const form = useActionForm(saveApplicationDraftAction, {
    schema,
    prepare: (v) => ({ ...v, itemCode, requestKey, intent: intent.current }),
    onSuccess: (data) => {
      router.push(intent.current === "check" ? `${basePath}/${data.id}/confirm` : `${basePath}/${data.id}?saved=1`);
      router.refresh();
    },
  });

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      {definition.fields.map((f) => (
        <Field key={f.name} id={f.name} label={f.label} hint={f.hint} error={form.fieldErrors[f.name]} required={f.required}>
          {(a11y) =>
            f.type === "textarea" ? (
              <textarea {...a11y} name={f.name} defaultValue={values[f.name] ?? ""} rows={3} className="input" />
            ) : f.type === "select" ? (
              <select {...a11y} name={f.name} defaultValue={values[f.name] ?? ""} className="input">
                <option value="">请选择</option>
                {f.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            ) : (
              <input {...a11y} name={f.name} type={f.type === "text" ? "text" : f.type} defaultValue={values[f.name] ?? ""} className="input" />
            )
          }
        </Field>
      ))}
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={form.pending} pendingLabel="正在保存…" onClick={() => (intent.current = "check")}>保存并核对提交</SubmitButton>
        <SubmitButton pending={form.pending} pendingLabel="正在保存…" variant="secondary" onClick={() => (intent.current = "draft")}>保存草稿</SubmitButton>
      </div>
    </form>
  );
}
