import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { APPLICATION_STATUSES, SOURCE_LABELS, STATUS_LABELS } from "@/lib/applications/labels";
import { listApplicationQueue, listOnlineItems } from "@/lib/applications/queries";
import { choiceParam, pageParam, singleParam, type SearchParams } from "@/lib/validation/search-params";
import { DataTable, type Column } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/applications/status-badge";

export const metadata = { title: "办件队列" };

type Row = Awaited<ReturnType<typeof listApplicationQueue>>["items"][number];

const QUEUE_STATUSES = APPLICATION_STATUSES.filter((s) => s !== "DRAFT");

/** 经办工作台 (P4): open applications by item and status, the ones closest to their due date first. */
export default async function ApplicationQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageRole(["STAFF", "ADMIN"], "/staff/applications");
  const params = await searchParams;
  const now = new Date();
  const items = await listOnlineItems();
  const itemCode = choiceParam(params, "item", items.map((i) => i.code));
  const status = choiceParam(params, "status", QUEUE_STATUSES);
  const overdue = singleParam(params, "overdue") === "1";
  const result = await listApplicationQueue({ itemCode, status, overdue, page: pageParam(params) }, now);
  const base = areaPath("STAFF", "applications");
  const columns: Column<Row>[] = [
    { header: "申请编号", cell: (a) => <Link href={`${base}/${a.id}`} className="font-mono">{a.applicationNo}</Link> },
    { header: "事项", cell: (a) => a.item.name },
    { header: "申请人", cell: (a) => a.applicant.unitName ? `${a.applicant.unitName}（${a.applicant.name}）` : a.applicant.name },
    { header: "来源", cell: (a) => SOURCE_LABELS[a.source] },
    { header: "提交时间", cell: (a) => (a.submittedAt ? formatShanghai(a.submittedAt, "datetime") : "—"), className: "whitespace-nowrap" },
    {
      header: "承诺办结日期",
      className: "whitespace-nowrap",
      cell: (a) => {
        if (!a.dueDate) return "—";
        const open = !["COMPLETED", "REJECTED", "WITHDRAWN"].includes(a.status);
        if (open && a.dueDate < result.today) return <span className="font-semibold text-danger-600">{a.dueDate} 已超期</span>;
        if (open && a.dueDate === result.today) return <span className="font-semibold text-warn-600">{a.dueDate} 今日到期</span>;
        return a.dueDate;
      },
    },
    { header: "状态", cell: (a) => <StatusBadge status={a.status} /> },
  ];
  return (
    <div className="space-y-4">
      <h1>办件队列</h1>
      <form method="get" role="search" aria-label="筛选办件" className="card grid gap-3 sm:grid-cols-[2fr_1fr_auto_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="item" className="block font-medium">事项</label>
          <select id="item" name="item" defaultValue={itemCode ?? ""} className="input">
            <option value="">全部事项</option>
            {items.map((i) => <option key={i.code} value={i.code}>{i.name}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="status" className="block font-medium">状态</label>
          <select id="status" name="status" defaultValue={status ?? ""} className="input">
            <option value="">待办（待受理、办理中、待核验、处理中）</option>
            {QUEUE_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
          </select>
        </div>
        <label className="flex items-center gap-2 pb-2">
          <input type="checkbox" name="overdue" value="1" defaultChecked={overdue} className="accent-brand-700" /> 只看已超期
        </label>
        <button type="submit" className="btn">筛选</button>
      </form>
      <p className="text-sm text-slate-700" aria-live="polite">共 {result.total} 件</p>
      <DataTable
        caption="办件队列，承诺办结日期最早的在前"
        columns={columns}
        rows={result.items}
        rowKey={(a) => a.id}
        empty="没有符合条件的办件"
        paging={{ basePath: base, params, page: result.page, pageSize: result.pageSize, total: result.total }}
      />
    </div>
  );
}
