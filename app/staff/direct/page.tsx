import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { serviceName } from "@/lib/direct-access/labels";
import { recentDecisions, reviewQueue } from "@/lib/direct-access/queries";
import { DataTable, type Column } from "@/components/ui/data-table";
import { AccessStatusBadge } from "@/components/direct-access/access-detail";

export const metadata = { title: "政企直连审核" };

type Row = Awaited<ReturnType<typeof reviewQueue>>[number];

/** The reviewer's home (E3): applications waiting, due within 5 working days, overdue ones flagged and first. */
export default async function StaffDirectPage() {
  await requirePageRole(["STAFF", "ADMIN"], "/staff/direct");
  const now = new Date();
  const [queue, decided] = await Promise.all([reviewQueue(now), recentDecisions()]);
  const overdue = queue.filter((r) => r.overdue).length;
  const dueToday = queue.filter((r) => r.dueToday).length;
  const base = areaPath("STAFF", "direct");
  const columns: Column<Row>[] = [
    { header: "申请编号", cell: (r) => <Link href={`${base}/applications/${r.id}`} className="font-mono">{r.applicationNo}</Link> },
    { header: "单位", cell: (r) => r.unitName },
    { header: "HR 系统", cell: (r) => r.hrSystemName },
    { header: "申请服务", cell: (r) => r.services.map(serviceName).join("、") },
    { header: "提交时间", className: "whitespace-nowrap", cell: (r) => formatShanghai(r.submittedAt, "datetime") },
    {
      header: "审核期限", className: "whitespace-nowrap",
      cell: (r) => r.overdue ? <span className="font-semibold text-danger-600">{r.dueDate} 已超期</span> : r.dueToday ? <span className="font-semibold text-warn-600">{r.dueDate} 今日到期</span> : r.dueDate,
    },
  ];
  return (
    <div className="space-y-6">
      <h1>政企直连审核</h1>
      <ul className="grid gap-3 sm:grid-cols-3" aria-label="待办概况">
        <li className="card"><p className="text-sm text-slate-600">待审核</p><p className="text-2xl font-semibold">{queue.length}</p></li>
        <li className="card"><p className="text-sm text-slate-600">今日到期</p><p className="text-2xl font-semibold text-warn-600">{dueToday}</p></li>
        <li className="card"><p className="text-sm text-slate-600">已超期</p><p className="text-2xl font-semibold text-danger-600">{overdue}</p></li>
      </ul>
      <p className="text-sm text-slate-700">接入申请应在提交后 5 个工作日内审核完毕（DB3702 §8.5.1）；失信名单中的单位不能审核通过。</p>
      <DataTable caption="待审核的接入申请" columns={columns} rows={queue} rowKey={(r) => r.id} empty="目前没有待审核的接入申请。" />
      <section className="space-y-2">
        <h2>最近处理</h2>
        <ul className="space-y-1 text-sm">
          {decided.map((d) => (
            <li key={d.id}><Link href={`${base}/applications/${d.id}`} className="font-mono underline">{d.applicationNo}</Link> {d.unitName} <AccessStatusBadge status={d.status} /> {formatShanghai(d.updatedAt, "datetime")}</li>
          ))}
        </ul>
      </section>
      <nav aria-label="政企直连管理" className="flex gap-4">
        <Link href={`${base}/enterprises`} className="underline">接入企业</Link>
        <Link href={`${base}/feedback`} className="underline">意见建议</Link>
      </nav>
    </div>
  );
}
