"use client";

import type { ActionResult } from "@/lib/actions/define-action";
import {
  acceptApplicationAction, approveApplicationAction, preApproveApplicationAction, rejectApplicationAction, requestCorrectionAction,
} from "@/lib/applications/actions";
import { ActionButton } from "@/components/forms/action-button";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

function ReasonForm({ id, action, field, label, hint, button, variant = "primary", required = true }: {
  id: string;
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  field: "reason" | "originals" | "note";
  label: string;
  hint?: string;
  button: string;
  variant?: "primary" | "secondary" | "danger";
  required?: boolean;
}) {
  const form = useActionForm(action, { prepare: (v) => ({ ...v, id }), refresh: true, onSuccess: (_d, f) => f.reset() });
  const fieldId = `${field}-${button}`;
  return (
    <form onSubmit={form.onSubmit} noValidate className="card space-y-2" aria-label={button}>
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <Field id={fieldId} label={label} hint={hint} error={form.fieldErrors[field]} required={required}>
        {(a11y) => <textarea {...a11y} name={field} rows={2} className="input" />}
      </Field>
      <SubmitButton pending={form.pending} variant={variant}>{button}</SubmitButton>
    </form>
  );
}

/** The staff's decisions on one application; which appear depends on its mode and status (P4, P5). */
export function StaffActions({ id, status, mode }: { id: string; status: string; mode: string }) {
  const open = ["SUBMITTED", "ACCEPTED", "PRE_APPROVED"].includes(status);
  if (!open) return <p className="text-sm text-slate-600">该申请当前无需经办操作。</p>;
  return (
    <div className="space-y-3">
      {mode === "COMMITMENT" && status === "SUBMITTED" && (
        <ActionButton action={acceptApplicationAction} input={{ id }} successMessage="已受理" variant="primary">受理</ActionButton>
      )}
      {mode === "APPOINTMENT" && status === "SUBMITTED" && (
        <ReasonForm id={id} action={preApproveApplicationAction} field="originals" label="需携带的原件" hint="申请人预约到窗口时须携带的原件" button="预审通过" />
      )}
      {((mode === "COMMITMENT" && status === "ACCEPTED") || (mode === "APPOINTMENT" && status === "PRE_APPROVED")) && (
        <ReasonForm id={id} action={approveApplicationAction} field="note" label="办理意见" hint="可不填，默认为“准予办理”" button="审核通过并办结" required={false} />
      )}
      {(status === "SUBMITTED" || status === "ACCEPTED") && (
        <ReasonForm id={id} action={requestCorrectionAction} field="reason" label="补正内容" hint="告知申请人需要补正的信息或材料" button="要求补正" variant="secondary" />
      )}
      <ReasonForm id={id} action={rejectApplicationAction} field="reason" label="不予办理理由" hint="申请人将看到此理由" button="不予办理" variant="danger" />
    </div>
  );
}
