import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { findItemForEdit, parseMaterials } from "@/lib/catalogue/catalogue";
import { materialLinesOf } from "@/lib/catalogue/schema";
import { ServiceItemForm } from "@/components/catalogue/service-item-form";

export const metadata = { title: "编辑服务事项" };

export default async function EditServiceItemPage({ params }: { params: Promise<{ code: string }> }) {
  const code = decodeURIComponent((await params).code);
  await requirePageRole(["ADMIN"], `/admin/catalogue/${code}`);
  const item = await findItemForEdit(code);
  if (!item) notFound();
  return (
    <div className="space-y-4">
      <nav aria-label="当前位置" className="text-sm">
        <Link href={areaPath("ADMIN", "catalogue")}>事项管理</Link> <span aria-hidden="true">›</span> {item.name}
      </nav>
      <h1>编辑服务事项：{item.name}</h1>
      <p className="text-sm text-slate-600">事项编码 {item.code}（不可修改）</p>
      <div className="card">
        <ServiceItemForm
          item={{
            code: item.code,
            name: item.name,
            category: item.category,
            description: item.description,
            applicantType: item.applicantType,
            handlingType: item.handlingType,
            promisedDays: item.promisedDays,
            legalDays: item.legalDays,
            materials: materialLinesOf(parseMaterials(item.materials)),
            resultDelivery: item.resultDelivery,
            legalBasis: item.legalBasis,
            fees: item.fees,
            serviceHours: item.serviceHours,
            consultChannel: item.consultChannel,
            complaintChannel: item.complaintChannel,
            bookable: item.bookable,
            published: item.published,
            sortOrder: item.sortOrder,
          }}
        />
      </div>
    </div>
  );
}
