"use client";

import { bookApplicationVisitAction } from "@/lib/applications/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { FieldError } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

interface Slot {
  startTime: string;
  endTime: string;
  remaining: number;
  available: boolean;
}

export function VisitSlotForm({ applicationId, centreId, date, slots }: { applicationId: string; centreId: number; date: string; slots: Slot[] }) {
  const form = useActionForm(bookApplicationVisitAction, { prepare: (v) => ({ ...v, applicationId, centreId, date }), refresh: true });
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <fieldset>
        <legend className="font-medium">{date} 可选时段</legend>
        <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
          {slots.map((s) => (
            <label key={s.startTime} className={`flex items-center gap-1 rounded border px-2 py-2 text-sm ${s.available ? "border-slate-300" : "border-slate-200 bg-slate-100 text-slate-500"}`}>
              <input type="radio" name="startTime" value={s.startTime} disabled={!s.available} className="accent-brand-700" />
              {s.startTime}–{s.endTime}（{s.available ? `余 ${s.remaining}` : "不可约"}）
            </label>
          ))}
        </div>
        <FieldError id="startTime" error={form.fieldErrors.startTime} />
      </fieldset>
      <SubmitButton pending={form.pending} pendingLabel="正在预约…">预约到窗口核验原件</SubmitButton>
    </form>
  );
}
