import Link from "next/link";
import type { SessionUser } from "@/lib/auth/actor";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { listMyConsultations } from "@/lib/consultation/queries";
import { CONSULTATION_KIND_LABELS, CONSULTATION_STATUS_LABELS, CONSULTATION_TOPIC_LABELS, type ConsultationKind, type ConsultationTopic } from "@/lib/consultation/labels";
import { DataTable, type Column } from "@/components/ui/data-table";

type Row = Awaited<ReturnType<typeof listMyConsultations>>[number];

/** 我的咨询投诉 (K1): the user's own letters, newest first. */
export async function MyConsultations({ user }: { user: SessionUser }) {
  const rows = await listMyConsultations(user);
  const columns: Column<Row>[] = [
    { header: "信件编号", cell: (r) => <Link href={areaPath(user.role, `consult/${r.id}`)} className="font-mono">{r.ticketNo}</Link> },
    { header: "类型", cell: (r) => CONSULTATION_KIND_LABELS[r.kind as ConsultationKind] ?? r.kind },
    { header: "业务类别", cell: (r) => CONSULTATION_TOPIC_LABELS[r.topic as ConsultationTopic] ?? r.topic },
    { header: "标题", cell: (r) => r.title },
    { header: "提交时间", cell: (r) => formatShanghai(r.createdAt, "datetime"), className: "whitespace-nowrap" },
    { header: "答复时限", cell: (r) => r.dueDate, className: "whitespace-nowrap" },
    { header: "状态", cell: (r) => CONSULTATION_STATUS_LABELS[r.status] ?? r.status },
  ];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1>我的咨询投诉</h1>
        <Link href={areaPath(user.role, "consult/new")} className="btn">写信咨询</Link>
      </div>
      <DataTable caption="我的信件" columns={columns} rows={rows} rowKey={(r) => r.id} empty="您还没有提交过咨询、建议、投诉或举报。" />
    </div>
  );
}
