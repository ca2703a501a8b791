import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai, shanghaiToday } from "@/lib/calendar";
import { listConsultationQueue, type ConsultationQueueFilter } from "@/lib/consultation/queries";
import { CONSULTATION_KIND_LABELS, CONSULTATION_TOPIC_LABELS, type ConsultationKind, type ConsultationTopic } from "@/lib/consultation/labels";
import { choiceParam, pageParam, type SearchParams } from "@/lib/validation/search-params";
import { DataTable, type Column } from "@/components/ui/data-table";

export const metadata = { title: "信件办理" };

const FILTERS: { value: ConsultationQueueFilter; label: string }[] = [
  { value: "OPEN", label: "待答复" },
  { value: "OVERDUE", label: "已超期" },
  { value: "CLOSED", label: "已办结" },
];

type Row = Awaited<ReturnType<typeof listConsultationQueue>>["rows"][number];

/** K1: the STAFF queue of the online mailbox, the nearest deadline first. */
export default async function StaffConsultPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePageRole(["STAFF", "ADMIN"], "/staff/consult");
  const params = await searchParams;
  const status = choiceParam(params, "status", FILTERS.map((f) => f.value)) ?? "OPEN";
  const today = shanghaiToday(new Date());
  const result = await listConsultationQueue(staff, { status, page: pageParam(params), today });
  const columns: Column<Row>[] = [
    { header: "信件编号", cell: (r) => <Link href={areaPath("STAFF", `consult/${r.id}`)} className="font-mono">{r.ticketNo}</Link> },
    { header: "类型", cell: (r) => CONSULTATION_KIND_LABELS[r.kind as ConsultationKind] },
    { header: "业务类别", cell: (r) => CONSULTATION_TOPIC_LABELS[r.topic as ConsultationTopic] },
    { header: "标题", cell: (r) => r.title },
    { header: "来信时间", cell: (r) => formatShanghai(r.createdAt, "datetime"), className: "whitespace-nowrap" },
    {
      header: "答复时限",
      cell: (r) => (r.status === "OPEN" && r.dueDate < today ? <strong className="text-danger-600">{r.dueDate}（已超期）</strong> : r.dueDate),
      className: "whitespace-nowrap",
    },
  ];
  return (
    <div className="space-y-4">
      <h1>信件办理</h1>
      <nav aria-label="信件状态" className="flex gap-3 text-sm">
        {FILTERS.map((f) => (
          <Link key={f.value} href={`${areaPath("STAFF", "consult")}?status=${f.value}`} aria-current={f.value === status ? "page" : undefined} className={f.value === status ? "font-bold" : ""}>
            {f.label}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-700">共 {result.total} 封</p>
      <DataTable
        caption="信件列表"
        columns={columns}
        rows={result.rows}
        rowKey={(r) => r.id}
        empty="没有符合条件的信件。"
        paging={{ basePath: areaPath("STAFF", "consult"), params, page: result.page, pageSize: result.pageSize, total: result.total }}
      />
    </div>
  );
}
