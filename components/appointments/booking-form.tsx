"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { bookAppointmentAction } from "@/lib/appointments/actions";
import { bookAppointmentSchema } from "@/lib/appointments/schema";
import type { BookingConfirmation } from "@/lib/appointments/book-appointment";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { FieldError, errorIdOf } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

export interface SlotOption {
  startTime: string;
  endTime: string;
  remaining: number;
  available: boolean;
}

interface Props {
  centreId: number;
  itemId: number;
  date: string;
  dayLabel: string;
  centreName: string;
  itemName: string;
  slots: SlotOption[];
  listPath: string;
  newPath: string;
}

/** Step 3: pick a slot and confirm; the booking number shows at once on success (A4). */
export function BookingForm({ centreId, itemId, date, dayLabel, centreName, itemName, slots, listPath, newPath }: Props) {
  const [confirmation, setConfirmation] = useState<BookingConfirmation | null>(null);
  const successRef = useRef<HTMLDivElement>(null);
  const form = useActionForm(bookAppointmentAction, { schema: bookAppointmentSchema, onSuccess: (data) => setConfirmation(data) });
  useEffect(() => {
    if (confirmation) successRef.current?.focus();
  }, [confirmation]);

  if (confirmation) {
    return (
      <div ref={successRef} tabIndex={-1} role="status" className="card border-ok-600 bg-green-50" data-testid="booking-success">
        <h3 className="text-lg font-semibold text-ok-600">预约成功</h3>
        <p className="mt-2">
          预约号：<strong className="font-mono text-2xl tracking-wider text-brand-900" data-testid="booking-no">{confirmation.bookingNo}</strong>
        </p>
        <dl className="mt-2 grid grid-cols-[5rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-600">事项</dt>
          <dd>{confirmation.itemName}</dd>
          <dt className="text-slate-600">网点</dt>
          <dd>{confirmation.centreName}（{confirmation.centreAddress}）</dd>
          <dt className="text-slate-600">时间</dt>
          <dd>{confirmation.date}（{confirmation.weekday}）{confirmation.startTime}–{confirmation.endTime}</dd>
        </dl>
        <p className="mt-2 text-sm">预约信息已发送到您的站内消息和注册手机。请携带有效身份证件和所需材料按时到场，不能前往请在时段开始前取消。</p>
        <p className="mt-3 flex flex-wrap gap-3">
          <Link href={listPath} className="btn">查看我的预约</Link>
          <Link href={newPath} className="btn btn-secondary">继续预约其他事项</Link>
        </p>
      </div>
    );
  }

  const slotError = form.fieldErrors.startTime;
  const bookable = slots.some((s) => s.available);
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <input type="hidden" name="centreId" value={centreId} />
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="date" value={date} />
      <fieldset aria-describedby={slotError ? errorIdOf("startTime") : undefined}>
        <legend className="font-medium">{dayLabel} 可选时段</legend>
        {!bookable && <p className="mt-1 text-sm text-warn-600">该日各时段均已约满，请选择其他日期。</p>}
        <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-6">
          {slots.map((s) => (
            <label
              key={s.startTime}
              className={`flex cursor-pointer flex-col rounded border px-2 py-2 text-center text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 ${s.available ? "border-slate-300 bg-white" : "cursor-not-allowed border-slate-200 bg-slate-100 text-slate-500"}`}
            >
              <span className="flex items-center justify-center gap-1">
                <input type="radio" name="startTime" value={s.startTime} disabled={!s.available} className="accent-brand-700" />
                <span className="font-semibold">{s.startTime}–{s.endTime}</span>
              </span>
              <span>{s.available ? `余 ${s.remaining} 个` : s.remaining > 0 ? "已过时" : "已约满"}</span>
            </label>
          ))}
        </div>
        <FieldError id="startTime" error={slotError} />
      </fieldset>
      <p className="text-sm text-slate-700">
        确认预约：{dayLabel}到 <strong>{centreName}</strong> 办理 <strong>{itemName}</strong>。
      </p>
      <SubmitButton pending={form.pending} pendingLabel="正在预约…" disabled={!bookable}>确认预约</SubmitButton>
    </form>
  );
}
