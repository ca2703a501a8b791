import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { listAllItems } from "@/lib/catalogue/catalogue";
import { APPLICANT_LABELS, type ApplicantType } from "@/lib/catalogue/labels";
import { formatShanghai } from "@/lib/calendar";
import { HandlingBadge } from "@/components/catalogue/handling-badge";

export const metadata = { title: "事项管理" };

/** C3: ADMIN's list of every service item, published or not. */
export default async function CatalogueAdminPage() {
  await requirePageRole(["ADMIN"], "/admin/catalogue");
  const items = await listAllItems();
  return (
    <div className="space-y-4">
      <h1>事项管理</h1>
      <p className="text-slate-700">编辑服务事项与办事指南的内容。修改立即在“办事指南”公开，并记入操作留痕。</p>
      <div className="overflow-x-auto">
        <table className="table">
          <caption className="sr-only">服务事项，共 {items.length} 个</caption>
          <thead>
            <tr>
              <th scope="col">编码</th>
              <th scope="col">名称</th>
              <th scope="col">类别</th>
              <th scope="col">办事对象</th>
              <th scope="col">办理类型</th>
              <th scope="col">预约</th>
              <th scope="col">状态</th>
              <th scope="col">更新时间</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td className="font-mono">{item.code}</td>
                <td>{item.name}</td>
                <td>{item.category}</td>
                <td>{APPLICANT_LABELS[item.applicantType as ApplicantType] ?? item.applicantType}</td>
                <td><HandlingBadge type={item.handlingType} promisedDays={item.promisedDays} /></td>
                <td>{item.bookable ? "可预约" : "—"}</td>
                <td>{item.published ? "已公开" : <span className="text-warn-600">未公开</span>}</td>
                <td className="whitespace-nowrap">{formatShanghai(item.updatedAt, "datetime")}</td>
                <td className="whitespace-nowrap">
                  <Link href={areaPath("ADMIN", `catalogue/${item.code}`)} aria-label={`编辑 ${item.name}`}>编辑</Link>
                  {item.published && <> · <Link href={`/guide/${item.code}`} aria-label={`查看 ${item.name} 的办事指南`}>查看</Link></>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
