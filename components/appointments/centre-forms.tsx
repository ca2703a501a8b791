"use client";

import type { ZodType } from "zod";
import type { ActionResult } from "@/lib/actions/define-action";
import { addCentreClosedDayAction, saveCentreWindowAction, updateCentreSettingsAction } from "@/lib/appointments/actions";
import { centreSettingsSchema, centreWindowSchema, closedDaySchema } from "@/lib/appointments/schema";
import { saveCalendarDayAction } from "@/lib/calendar/actions";
import { calendarDaySchema } from "@/lib/calendar/schema";
import { Checkbox } from "@/components/forms/checkbox";
import { FormMessage } from "@/components/forms/form-message";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextInput } from "@/components/forms/text-input";
import { useActionForm } from "@/components/forms/use-action-form";

/** ADMIN forms of /admin/centres (A2). Each keeps typed values on errors and refreshes the page on success. */

function useRefreshingForm<T>(action: (input: unknown) => Promise<ActionResult<T>>, schema: ZodType, success: (data: T) => string, reset = false) {
  const form = useActionForm(action, {
    schema,
    refresh: true,
    onSuccess: (data, element) => {
      if (reset) element.reset();
      form.setMessage(success(data), "success");
    },
  });
  return form;
}

const cancelledText = (n: number) => (n > 0 ? `，已取消该日 ${n} 个预约并通知预约人` : "");

export interface CentreSettingsValues {
  centreId: number;
  name: string;
  address: string;
  phone: string;
  hoursText: string;
  amOpen: string;
  amClose: string;
  pmOpen: string;
  pmClose: string;
  slotMinutes: number;
  seatsPerWindowPerSlot: number;
  published: boolean;
}

export function CentreSettingsForm({ centre }: { centre: CentreSettingsValues }) {
  const form = useRefreshingForm(updateCentreSettingsAction, centreSettingsSchema, () => "已保存；尚未开始的日期按新设置提供名额");
  const e = form.fieldErrors;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <input type="hidden" name="centreId" value={centre.centreId} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput name="name" label="网点名称" defaultValue={centre.name} required error={e.name} />
        <TextInput name="phone" label="咨询电话" defaultValue={centre.phone} required error={e.phone} />
      </div>
      <TextInput name="address" label="地址" defaultValue={centre.address} required error={e.address} />
      <TextInput name="hoursText" label="办公时间（公开显示）" defaultValue={centre.hoursText} required error={e.hoursText} />
      <fieldset className="grid gap-4 sm:grid-cols-4">
        <legend className="mb-1 font-medium">预约时段</legend>
        <TextInput name="amOpen" label="上午开始" type="time" defaultValue={centre.amOpen} required error={e.amOpen} />
        <TextInput name="amClose" label="上午结束" type="time" defaultValue={centre.amClose} required error={e.amClose} />
        <TextInput name="pmOpen" label="下午开始" type="time" defaultValue={centre.pmOpen} required error={e.pmOpen} />
        <TextInput name="pmClose" label="下午结束" type="time" defaultValue={centre.pmClose} required error={e.pmClose} />
        <Select
          name="slotMinutes"
          label="每个时段"
          defaultValue={String(centre.slotMinutes)}
          options={[15, 20, 30, 60].map((m) => ({ value: String(m), label: `${m} 分钟` }))}
          required
          error={e.slotMinutes}
        />
        <TextInput name="seatsPerWindowPerSlot" label="每窗口每时段名额" type="number" min={1} max={10} defaultValue={centre.seatsPerWindowPerSlot} required error={e.seatsPerWindowPerSlot} />
      </fieldset>
      <Checkbox name="published" label="公开并开放预约" defaultChecked={centre.published} error={e.published} />
      <SubmitButton pending={form.pending} pendingLabel="正在保存…">保存网点设置</SubmitButton>
    </form>
  );
}

export function WindowForm({ centreId, window }: { centreId: number; window?: { id: number; number: string; name: string; appointmentOnly: boolean; active: boolean } }) {
  const form = useRefreshingForm(saveCentreWindowAction, centreWindowSchema, () => (window ? "窗口已保存" : "窗口已添加"), !window);
  const e = form.fieldErrors;
  const idp = window ? `w${window.id}-` : "new-";
  return (
    <form onSubmit={form.onSubmit} noValidate className="grid items-end gap-3 sm:grid-cols-[7rem_1fr_auto_auto_auto]">
      <input type="hidden" name="centreId" value={centreId} />
      {window && <input type="hidden" name="windowId" value={window.id} />}
      <TextInput id={`${idp}number`} name="number" label="窗口号" defaultValue={window?.number ?? ""} readOnly={!!window} required error={e.number} />
      <TextInput id={`${idp}name`} name="name" label="窗口名称" defaultValue={window?.name ?? ""} required error={e.name} />
      <Checkbox id={`${idp}appointmentOnly`} name="appointmentOnly" label="预约专窗" defaultChecked={window?.appointmentOnly ?? false} />
      <Checkbox id={`${idp}active`} name="active" label="在用" defaultChecked={window?.active ?? true} />
      <SubmitButton pending={form.pending} pendingLabel="保存中…" variant={window ? "secondary" : "primary"}>{window ? "保存" : "添加窗口"}</SubmitButton>
      {form.message && <div className="sm:col-span-5"><FormMessage tone={form.message.tone}>{form.message.text}</FormMessage></div>}
    </form>
  );
}

export function ClosedDayForm({ centreId, minDate }: { centreId: number; minDate: string }) {
  const form = useRefreshingForm(addCentreClosedDayAction, closedDaySchema, (d: { cancelledBookings: number }) => `已设为闭厅日${cancelledText(d.cancelledBookings)}`, true);
  const e = form.fieldErrors;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <input type="hidden" name="centreId" value={centreId} />
      <div className="grid items-end gap-3 sm:grid-cols-[12rem_1fr_auto]">
        <TextInput id="closed-date" name="date" label="日期" type="date" min={minDate} required error={e.date} />
        <TextInput id="closed-reason" name="reason" label="闭厅原因" placeholder="如：业务系统升级" required error={e.reason} hint="将显示给公众和受影响的预约人" />
        <SubmitButton pending={form.pending} pendingLabel="保存中…">添加闭厅日</SubmitButton>
      </div>
    </form>
  );
}

export function CalendarDayForm() {
  const form = useRefreshingForm(saveCalendarDayAction, calendarDaySchema, (d: { cancelledBookings: number }) => `日历已保存${cancelledText(d.cancelledBookings)}`);
  const e = form.fieldErrors;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <div className="grid items-end gap-3 sm:grid-cols-[12rem_10rem_1fr_auto_auto]">
        <TextInput id="cal-date" name="date" label="日期" type="date" required error={e.date} />
        <Select id="cal-kind" name="kind" label="类型" options={[{ value: "HOLIDAY", label: "放假" }, { value: "WORKDAY", label: "调休上班" }]} required error={e.kind} />
        <TextInput id="cal-name" name="name" label="名称" placeholder="如：国庆节 / 国庆节调休上班" required error={e.name} />
        <Checkbox id="cal-provisional" name="provisional" label="待国务院通知确认" />
        <SubmitButton pending={form.pending} pendingLabel="保存中…">保存</SubmitButton>
      </div>
      <p className="text-sm text-slate-600">同一日期再次保存即为修改。设为放假的日期若已有预约，将自动取消并通知预约人。</p>
    </form>
  );
}
