"use client";

import { updateServiceItemAction } from "@/lib/catalogue/actions";
import { serviceItemSchema } from "@/lib/catalogue/schema";
import { APPLICANT_LABELS, APPLICANT_TYPES, HANDLING_LABELS, HANDLING_TYPES } from "@/lib/catalogue/labels";
import { Checkbox } from "@/components/forms/checkbox";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextInput } from "@/components/forms/text-input";
import { useActionForm } from "@/components/forms/use-action-form";

export interface ServiceItemFormValues {
  code: string;
  name: string;
  category: string;
  description: string;
  applicantType: string;
  handlingType: string;
  promisedDays: number | null;
  legalDays: number | null;
  materials: string;
  resultDelivery: string;
  legalBasis: string;
  fees: string;
  serviceHours: string;
  consultChannel: string;
  complaintChannel: string;
  bookable: boolean;
  published: boolean;
  sortOrder: number;
}

function TextArea({ name, label, defaultValue, error, rows = 3, hint, required = true }: { name: string; label: string; defaultValue: string; error?: string; rows?: number; hint?: string; required?: boolean }) {
  return (
    <Field id={name} label={label} error={error} hint={hint} required={required}>
      {(a11y) => <textarea {...a11y} name={name} defaultValue={defaultValue} rows={rows} className="input" />}
    </Field>
  );
}

/** C3: the ADMIN editor of one service item; typed values stay on errors (useActionForm). */
export function ServiceItemForm({ item }: { item: ServiceItemFormValues }) {
  const form = useActionForm(updateServiceItemAction, {
    schema: serviceItemSchema,
    refresh: true,
    onSuccess: () => {
      form.setMessage("已保存，办事指南已更新", "success");
    },
  });
  const e = form.fieldErrors;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage>
      <input type="hidden" name="code" value={item.code} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput name="name" label="事项名称" defaultValue={item.name} required error={e.name} />
        <TextInput name="category" label="事项类别" defaultValue={item.category} required error={e.category} />
        <Select name="applicantType" label="办事对象" defaultValue={item.applicantType} options={APPLICANT_TYPES.map((v) => ({ value: v, label: APPLICANT_LABELS[v] }))} required error={e.applicantType} />
        <Select name="handlingType" label="办理类型" defaultValue={item.handlingType} options={HANDLING_TYPES.map((v) => ({ value: v, label: HANDLING_LABELS[v] }))} required error={e.handlingType} />
        <TextInput name="promisedDays" label="承诺时限（工作日）" type="number" min={1} max={365} defaultValue={item.promisedDays ?? ""} hint="承诺办事项必填" error={e.promisedDays} />
        <TextInput name="legalDays" label="法定时限（工作日）" type="number" min={1} max={365} defaultValue={item.legalDays ?? ""} hint="没有法定时限的留空" error={e.legalDays} />
      </div>
      <TextArea name="description" label="事项说明" defaultValue={item.description} error={e.description} />
      <TextArea
        name="materials"
        label="申请材料"
        rows={5}
        required={false}
        defaultValue={item.materials}
        hint="每行一项：材料名称｜必需或可选｜份数｜备注，例如：居民身份证｜必需｜1｜原件"
        error={e.materials}
      />
      <TextInput name="resultDelivery" label="结果送达" defaultValue={item.resultDelivery} required error={e.resultDelivery} />
      <TextArea name="legalBasis" label="设定依据" defaultValue={item.legalBasis} error={e.legalBasis} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput name="fees" label="收费标准" defaultValue={item.fees} required error={e.fees} />
        <TextInput name="sortOrder" label="排序（小的在前）" type="number" min={0} defaultValue={item.sortOrder} required error={e.sortOrder} />
      </div>
      <TextInput name="serviceHours" label="办理时间" defaultValue={item.serviceHours} required error={e.serviceHours} />
      <TextInput name="consultChannel" label="咨询渠道" defaultValue={item.consultChannel} required error={e.consultChannel} />
      <TextInput name="complaintChannel" label="监督投诉渠道" defaultValue={item.complaintChannel} required error={e.complaintChannel} />
      <Checkbox name="bookable" label="可网上预约窗口办理" defaultChecked={item.bookable} error={e.bookable} />
      <Checkbox name="published" label="在办事指南中公开" defaultChecked={item.published} error={e.published} />
      <SubmitButton pending={form.pending} pendingLabel="正在保存…">保存</SubmitButton>
    </form>
  );
}
