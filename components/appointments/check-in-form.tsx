"use client";

import { checkInAppointmentAction } from "@/lib/appointments/actions";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

/** A6: check a visitor in, assigning the window that serves them. */
export function CheckInForm({ appointmentId, bookingNo, windows }: { appointmentId: string; bookingNo: string; windows: { id: number; label: string }[] }) {
  const form = useActionForm(checkInAppointmentAction, { refresh: true });
  const selectId = `window-${appointmentId}`;
  return (
    <form onSubmit={form.onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="id" value={appointmentId} />
      <div>
        <label htmlFor={selectId} className="sr-only">为预约 {bookingNo} 分配窗口</label>
        <select id={selectId} name="windowId" defaultValue={windows[0]?.id ?? ""} aria-invalid={!!form.fieldErrors.windowId} className="input py-1">
          {windows.map((w) => (
            <option key={w.id} value={w.id}>{w.label}</option>
          ))}
        </select>
      </div>
      <SubmitButton pending={form.pending} pendingLabel="签到中…" className="btn px-3 py-1">签到</SubmitButton>
      {form.message && <div className="basis-full"><FormMessage tone={form.message.tone}>{form.message.text}</FormMessage></div>}
    </form>
  );
}
