import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { CHANNEL_TYPES } from "@/lib/channels/schemas";
import { CHANNEL_STATUS_LABELS, listChannelsWithStatistics } from "@/lib/channels/queries";
import { errorRate } from "@/lib/direct-access/statistics";
import { DataTable, type Column } from "@/components/ui/data-table";

export const metadata = { title: "第三方渠道" };

type Row = Awaited<ReturnType<typeof listChannelsWithStatistics>>["channels"][number];

/** X1: every channel with its status and its calls of the last 30 days, applications first. */
export default async function StaffChannelsPage() {
  await requirePageRole(["STAFF", "ADMIN"], "/staff/channels");
  const now = new Date();
  const { channels, statistics } = await listChannelsWithStatistics(now);
  const columns: Column<Row>[] = [
    { header: "申请编号", cell: (r) => <Link href={`${areaPath("STAFF", "channels")}/${r.id}`} className="font-mono">{r.applicationNo}</Link> },
    { header: "渠道编码", cell: (r) => <span className="font-mono">{r.channelCode ?? "—"}</span> },
    { header: "渠道", cell: (r) => `${r.name}（${CHANNEL_TYPES[r.type]}）` },
    { header: "运营机构", cell: (r) => r.orgName },
    { header: "状态", cell: (r) => (r.status === "SUBMITTED" ? `${CHANNEL_STATUS_LABELS[r.status]}（${r.dueDate} 前）` : CHANNEL_STATUS_LABELS[r.status]) },
    { header: "近 30 日调用", className: "text-right", cell: (r) => r.calls.calls },
    { header: "通信失败率", className: "text-right", cell: (r) => errorRate(r.calls) },
    { header: "业务失败", className: "text-right", cell: (r) => r.calls.businessFailures },
    { header: "提交时间", className: "whitespace-nowrap", cell: (r) => formatShanghai(r.submittedAt, "datetime") },
  ];
  return (
    <div className="space-y-6">
      <h1>第三方渠道</h1>
      <p className="text-sm text-slate-700">
        合作银行、移动应用、自助服务终端和其他网站经审核接入后，凭参保人生成的授权码为其办理城乡居民养老保险查询和资格认证（DB34/T 4048）。
        渠道申请应在 5 个工作日内审核。近 30 日渠道调用共 {statistics.total} 次，通信失败 {statistics.totalErrors} 次。
      </p>
      <DataTable caption="渠道列表" columns={columns} rows={channels} rowKey={(r) => r.id} empty="还没有渠道提交接入申请。" />
      <section className="space-y-2">
        <h2>按服务统计（近 30 日）</h2>
        <ul className="text-sm">
          {statistics.byService.map((s) => <li key={s.key}><code>{s.key}</code>：{s.calls} 次，通信失败率 {errorRate(s)}，业务失败 {s.businessFailures} 次</li>)}
        </ul>
      </section>
    </div>
  );
}
