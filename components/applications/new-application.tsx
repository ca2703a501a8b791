import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { areaPath } from "@/lib/auth/roles";
import { itemAppliesTo } from "@/lib/catalogue/labels";
import { itemDefinition } from "@/lib/applications/items";
import { findApplicableItem } from "@/lib/applications/queries";
import { HandlingBadge } from "@/components/catalogue/handling-badge";
import { Steps } from "@/components/ui/steps";
import { ApplicationForm } from "./application-form";

export const APPLY_STEPS = ["填写信息", "上传材料", "核对确认", "提交"] as const;

/** Step 1 of applying (P1): the item's form, with a request key that makes the first save idempotent (P2). */
export async function NewApplication({ role, itemCode }: { role: "PERSON" | "UNIT"; itemCode: string }) {
  const item = await findApplicableItem(itemCode);
  const definition = itemDefinition(itemCode);
  if (!item || !definition || !itemAppliesTo(item.applicantType, role)) notFound();
  const base = areaPath(role, "applications");
  return (
    <div className="space-y-4">
      <p><Link href={base}>← 返回申报记录</Link></p>
      <h1 className="flex flex-wrap items-center gap-2">{item.name} <HandlingBadge type={item.handlingType} promisedDays={item.promisedDays} /></h1>
      <Steps label="申报步骤" steps={APPLY_STEPS} current={1} />
      <p className="text-sm text-slate-700">
        {item.description} 办理前可查看<Link href={`/guide/${item.code}`}>办事指南</Link>。
        {definition.materials.length > 0 && <>保存后可上传材料：{definition.materials.map((m) => m.name).join("、")}。</>}
      </p>
      <div className="card">
        <ApplicationForm itemCode={item.code} requestKey={randomUUID()} values={{}} basePath={base} />
      </div>
    </div>
  );
}
