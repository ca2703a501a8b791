import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { listAllItems } from "@/lib/catalogue/catalogue";
import { APPLICANT_LABELS, type ApplicantType } from "@/lib/catalogue/labels";
import { formatShanghai } from "@/lib/calendar";
import { HandlingBadge } from "@/components/catalogue/handling-badge";
import { DataTable, type Column } from "@/components/ui/data-table";

export const metadata = { title: "事项管理" };

type ItemRow = Awaited<ReturnType<typeof listAllItems>>[number];

const ITEM_COLUMNS: Column<ItemRow>[] = [
  { header: "编码", cell: (item) => item.code, className: "font-mono" },
  { header: "名称", cell: (item) => item.name },
  { header: "类别", cell: (item) => item.category },
  { header: "办事对象", cell: (item) => APPLICANT_LABELS[item.applicantType as ApplicantType] ?? item.applicantType },
  { header: "办理类型", cell: (item) => <HandlingBadge type={item.handlingType} promisedDays={item.promisedDays} /> },
  { header: "预约", cell: (item) => (item.bookable ? "可预约" : "—") },
  { header: "状态", cell: (item) => (item.published ? "已公开" : <span className="text-warn-600">未公开</span>) },
  { header: "更新时间", cell: (item) => formatShanghai(item.updatedAt, "datetime"), className: "whitespace-nowrap" },
  {
    header: "操作",
    className: "whitespace-nowrap",
    cell: (item) => (
      <>
        <Link href={areaPath("ADMIN", `catalogue/${item.code}`)} aria-label={`编辑 ${item.name}`}>编辑</Link>
        {item.published && <> · <Link href={`/guide/${item.code}`} aria-label={`查看 ${item.name} 的办事指南`}>查看</Link></>}
      </>
    ),
  },
];

/** C3: ADMIN's list of every service item, published or not. */
export default async function CatalogueAdminPage() {
  await requirePageRole(["ADMIN"], "/admin/catalogue");
  const items = await listAllItems();
  return (
    <div className="space-y-4">
      <h1>事项管理</h1>
      <p className="text-slate-700">编辑服务事项与办事指南的内容。修改立即在“办事指南”公开，并记入操作留痕。</p>
      <DataTable caption={`服务事项，共 ${items.length} 个`} columns={ITEM_COLUMNS} rows={items} rowKey={(item) => item.id} empty="尚无服务事项" />
    </div>
  );
}
