"use client";

import { setCreditRatingAction } from "@/lib/disclosure/actions";
import { setCreditRatingSchema } from "@/lib/disclosure/schema";
import { FormMessage } from "@/components/forms/form-message";
import { Select } from "@/components/forms/select";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextInput } from "@/components/forms/text-input";
import { useActionForm } from "@/components/forms/use-action-form";

const GRADES = [
  { value: "A", label: "A 级（守信）" },
  { value: "B", label: "B 级（基本守信）" },
  { value: "C", label: "C 级（失信）" },
  { value: "D", label: "D 级（严重失信）" },
];

/** 评定单位信用等级 (K3): publishes a grade, or replaces the unit's grade on file. */
export function RatingForm({ today }: { today: string }) {
  const form = useActionForm(setCreditRatingAction, { schema: setCreditRatingSchema, refresh: true, onSuccess: (_data, el) => el.reset() });
  return (
    <form onSubmit={form.onSubmit} noValidate className="card grid gap-3 sm:grid-cols-2" aria-label="评定单位信用等级">
      <div className="sm:col-span-2"><FormMessage tone={form.message?.tone}>{form.message?.text}</FormMessage></div>
      <TextInput name="creditCode" label="统一社会信用代码" required maxLength={18} error={form.fieldErrors.creditCode} />
      <TextInput name="unitName" label="单位名称" required error={form.fieldErrors.unitName} />
      <Select name="rating" label="信用等级" required placeholder="请选择" options={GRADES} error={form.fieldErrors.rating} />
      <TextInput name="ratedOn" label="评定日期" type="date" required defaultValue={today} error={form.fieldErrors.ratedOn} />
      <TextInput name="source" label="评定机关" required defaultValue="青岛市社会保险事业中心" error={form.fieldErrors.source} />
      <div className="self-end"><SubmitButton pending={form.pending}>发布信用等级</SubmitButton></div>
    </form>
  );
}
