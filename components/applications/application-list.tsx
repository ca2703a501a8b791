import Link from "next/link";
import type { UserActor } from "@/lib/auth/actor";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { listApplicableItems, listOwnApplications } from "@/lib/applications/queries";
import { pageParam, type SearchParams } from "@/lib/validation/search-params";
import { DataTable, type Column } from "@/components/ui/data-table";
import { HandlingBadge } from "@/components/catalogue/handling-badge";
import { StatusBadge } from "./status-badge";

type Row = Awaited<ReturnType<typeof listOwnApplications>>["items"][number];

/** 我的申报 (Q1): every application of the user (a unit handler: of the unit), and the items to apply for. */
export async function ApplicationList({ actor, params }: { actor: UserActor & { role: "PERSON" | "UNIT" }; params: SearchParams }) {
  const base = areaPath(actor.role, "applications");
  const [result, items] = await Promise.all([listOwnApplications(actor, pageParam(params)), listApplicableItems(actor.role)]);
  const columns: Column<Row>[] = [
    { header: "申请编号", cell: (a) => <Link href={`${base}/${a.id}`} className="font-mono">{a.applicationNo}</Link> },
    { header: "事项", cell: (a) => a.item.name },
    { header: "办理方式", cell: (a) => <HandlingBadge type={a.item.handlingType} /> },
    { header: "提交时间", cell: (a) => (a.submittedAt ? formatShanghai(a.submittedAt, "datetime") : "未提交"), className: "whitespace-nowrap" },
    { header: "承诺办结日期", cell: (a) => a.dueDate ?? "—", className: "whitespace-nowrap" },
    { header: "状态", cell: (a) => <StatusBadge status={a.status} /> },
  ];
  return (
    <div className="space-y-6">
      <h1>{actor.role === "UNIT" ? "单位网上申报" : "我的网上申报"}</h1>
      <section aria-labelledby="apply-heading" className="space-y-2">
        <h2 id="apply-heading">在线申报事项</h2>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((item) => (
            <li key={item.code} className="card flex items-center justify-between gap-2">
              <span>
                {item.name}
                <span className="ml-2"><HandlingBadge type={item.handlingType} promisedDays={item.promisedDays} /></span>
              </span>
              <Link href={`${base}/new?item=${item.code}`} className="btn btn-secondary whitespace-nowrap" aria-label={`申报${item.name}`}>申报</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="mine-heading" className="space-y-2">
        <h2 id="mine-heading">申报记录</h2>
        <DataTable
          caption="申报记录，最近的在前"
          columns={columns}
          rows={result.items}
          rowKey={(a) => a.id}
          empty="还没有申报记录"
          paging={{ basePath: base, params, page: result.page, pageSize: result.pageSize, total: result.total }}
        />
      </section>
    </div>
  );
}
