import Link from "next/link";
import type { UserActor } from "@/lib/auth/actor";
import { areaPath } from "@/lib/auth/roles";
import { itemDefinition } from "@/lib/applications/items";
import { EDITABLE_STATUSES } from "@/lib/applications/labels";
import type { findApplication } from "@/lib/applications/queries";
import { validateFieldValues } from "@/lib/applications/save-application-draft";
import { fieldErrorsOf } from "@/lib/validation/zod";
import { FormMessage } from "@/components/forms/form-message";
import { HandlingBadge } from "@/components/catalogue/handling-badge";
import { Steps } from "@/components/ui/steps";
import { ConfirmSubmit } from "./confirm-submit";
import { APPLY_STEPS } from "./new-application";

type Application = Awaited<ReturnType<typeof findApplication>>;

/** 核对确认 (P1, LD/T 01 §5.3.2): the summary, the risk warnings and the explicit confirmation. */
export function ConfirmApplication({ actor, app }: { actor: UserActor & { role: "PERSON" | "UNIT" }; app: Application }) {
  const definition = itemDefinition(app.item.code);
  const detail = `${areaPath(actor.role, "applications")}/${app.id}`;
  if (!definition || !EDITABLE_STATUSES.includes(app.status)) {
    return (
      <div className="space-y-3">
        <h1>核对申请</h1>
        <FormMessage tone="info">该申请已提交，不能再修改。</FormMessage>
        <p><Link href={detail}>查看办理进度</Link></p>
      </div>
    );
  }
  const parsed = validateFieldValues(definition, app.values);
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const missing = definition.materials.filter((m) => m.required && !app.materials.some((u) => u.materialName === m.name));
  const ready = parsed.success && missing.length === 0;
  return (
    <div className="space-y-4">
      <p><Link href={detail}>← 返回修改</Link></p>
      <h1 className="flex flex-wrap items-center gap-2">核对申请：{app.item.name} <HandlingBadge type={app.item.handlingType} promisedDays={app.item.promisedDays} /></h1>
      <Steps label="申报步骤" steps={APPLY_STEPS} current={3} />
      <p className="text-sm">申请编号 <span className="font-mono">{app.applicationNo}</span></p>
      <section aria-labelledby="summary-heading" className="card space-y-2">
        <h2 id="summary-heading">申请信息</h2>
        <dl className="grid grid-cols-[9rem_1fr] gap-y-1 text-sm">
          {definition.fields.map((f) => (
            <div key={f.name} className="contents">
              <dt className="text-slate-600">{f.label}</dt>
              <dd className="whitespace-pre-wrap break-words">
                {app.values[f.name] || "—"}
                {errors[f.name] && <span className="ml-2 font-medium text-danger-600">⚠ {errors[f.name]}</span>}
              </dd>
            </div>
          ))}
        </dl>
        <h3 className="font-semibold">材料</h3>
        <ul className="text-sm">
          {definition.materials.map((m) => {
            const uploaded = app.materials.filter((u) => u.materialName === m.name);
            return (
              <li key={m.name}>
                {m.name}{m.required ? "（必需）" : "（可选）"}：
                {uploaded.length ? uploaded.map((u) => u.originalName).join("、") : <span className={m.required ? "font-medium text-danger-600" : "text-slate-600"}>未上传</span>}
              </li>
            );
          })}
          {definition.materials.length === 0 && <li className="text-slate-600">本事项无需上传材料。</li>}
        </ul>
      </section>
      <section aria-labelledby="risk-heading" className="rounded border-l-4 border-warn-600 bg-amber-50 px-4 py-3">
        <h2 id="risk-heading" className="text-warn-600">风险提示</h2>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {definition.riskWarnings.map((w) => <li key={w}>{w}</li>)}
        </ul>
      </section>
      {ready ? (
        <ConfirmSubmit id={app.id} detailPath={detail} />
      ) : (
        <FormMessage tone="error">
          {!parsed.success && "申请信息不完整或有误。"}
          {missing.length > 0 && `请上传必需的材料：${missing.map((m) => m.name).join("、")}。`}
          <Link href={detail} className="ml-1">返回修改</Link>
        </FormMessage>
      )}
    </div>
  );
}
