import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { PUSH_LABELS } from "@/lib/middle-platform/codes";
import { MAX_PUSH_ATTEMPTS } from "@/lib/middle-platform/pushes";
import { middlePlatformStatus, type PushRow } from "@/lib/middle-platform/queries";
import { retryMiddlePlatformPushAction } from "@/lib/middle-platform/actions";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ActionButton } from "@/components/forms/action-button";

export const metadata = { title: "中台对接" };

const STATUS_TEXT: Record<PushRow["status"], string> = { PENDING: "待送达", FAILED: "已停止重试", DONE: "已送达" };

/**
 * X5: the docking with the provincial middle platform (“爱山东”业务中台) as staff watch it —
 * pushes waiting or failed with the reason, those delivered after retries, and 立即重试.
 */
export default async function MiddlePlatformPage() {
  const user = await requirePageRole(["STAFF", "ADMIN"], "/staff/middle-platform");
  const status = await middlePlatformStatus(user);
  const apps = areaPath("STAFF", "applications");
  const common: Column<PushRow>[] = [
    { header: "申请编号", cell: (r) => (r.applicationNo ? <Link href={`${apps}/${r.applicationId}`} className="font-mono">{r.applicationNo}</Link> : "—") },
    { header: "申报流水号", cell: (r) => <span className="font-mono">{r.serialNo}</span> },
    { header: "推送", cell: (r) => `${PUSH_LABELS[r.kind]}（${r.step}）` },
    { header: "生成时间", cell: (r) => formatShanghai(r.createdAt, "datetime"), className: "whitespace-nowrap" },
    { header: "投递次数", cell: (r) => r.attempts },
  ];
  const openColumns: Column<PushRow>[] = [
    ...common,
    { header: "状态", cell: (r) => <span data-testid={`push-status-${r.id}`}>{STATUS_TEXT[r.status]}</span> },
    { header: "失败原因", cell: (r) => r.lastError ?? "尚未投递" },
    { header: "下次重试", cell: (r) => (r.status === "PENDING" ? formatShanghai(r.nextAttemptAt, "datetime") : "—"), className: "whitespace-nowrap" },
    {
      header: "操作",
      cell: (r) => (
        <ActionButton action={retryMiddlePlatformPushAction} input={{ id: r.id }} successMessage="{outcome}">
          立即重试
        </ActionButton>
      ),
    },
  ];
  const doneColumns: Column<PushRow>[] = [
    ...common,
    { header: "送达时间", cell: (r) => (r.doneAt ? formatShanghai(r.doneAt, "datetime") : "—"), className: "whitespace-nowrap" },
    { header: "说明", cell: (r) => (r.attempts > 1 ? `重试后送达（第 ${r.attempts} 次）` : "首次送达") },
  ];
  return (
    <div className="space-y-4">
      <h1>省政务服务中台对接</h1>
      <p className="text-sm text-slate-700">
        本平台作为“爱山东”政务服务业务中台的审批系统：中台推送申报流水号后，系统自动获取申请信息和材料并列入办件队列；受理、补正告知、特别程序、审核、办结和审批结果文件自动推送回中台。
        推送失败时按 30 秒、1 分钟、2 分钟……（最长 1 小时）自动重试，连续 {MAX_PUSH_ATTEMPTS} 次失败后停止，需在此处理后点“立即重试”。同一流水号的推送按发生顺序送达。
      </p>
      <dl className="card grid gap-2 sm:grid-cols-5" aria-label="对接概况">
        <div><dt className="text-sm text-slate-700">中台申报件</dt><dd className="text-xl font-semibold">{status.counts.inbound}</dd></div>
        <div><dt className="text-sm text-slate-700">待送达</dt><dd className="text-xl font-semibold" data-testid="count-pending">{status.counts.pending}</dd></div>
        <div><dt className="text-sm text-slate-700">已停止重试</dt><dd className="text-xl font-semibold" data-testid="count-failed">{status.counts.failed}</dd></div>
        <div><dt className="text-sm text-slate-700">已送达</dt><dd className="text-xl font-semibold">{status.counts.done}</dd></div>
        <div><dt className="text-sm text-slate-700">重试后送达</dt><dd className="text-xl font-semibold" data-testid="count-retried">{status.counts.retried}</dd></div>
      </dl>
      <h2>待送达和失败的推送（{status.open.length}）</h2>
      <DataTable caption="待送达和失败的推送，最早的在前" columns={openColumns} rows={status.open} rowKey={(r) => r.id} empty="没有待送达的推送" />
      <h2>最近送达的推送</h2>
      <DataTable caption="最近送达的推送，最新的在前" columns={doneColumns} rows={status.delivered} rowKey={(r) => r.id} empty="暂无" />
    </div>
  );
}
