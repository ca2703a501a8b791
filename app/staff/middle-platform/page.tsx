import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import {
  MP_ERRORS, MP_RESULT_MEANING, MP_SPECIAL_PROCEDURE_MEANING, MP_STATUS_MEANING, MP_STEP_MEANING, FETCH_PATHS, INBOUND_PATHS, PUSH_LABELS, PUSH_PATHS, type PushKind,
} from "@/lib/middle-platform/codes";
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
      <dl className="card grid gap-2 sm:grid-cols-5">
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
      <DockingGuide />
    </div>
  );
}

function CodeTable({ caption, codes }: { caption: string; codes: Record<string, string> }) {
  return (
    <table className="table text-sm">
      <caption className="text-left font-medium">{caption}</caption>
      <thead><tr><th scope="col">代码</th><th scope="col">含义</th></tr></thead>
      <tbody>{Object.entries(codes).sort(([a], [b]) => a.localeCompare(b)).map(([code, meaning]) => <tr key={code}><td className="font-mono">{code}</td><td>{meaning}</td></tr>)}</tbody>
    </table>
  );
}

/** The docking design as staff and administrators read it; the same as README “省政务服务中台对接”, rendered from the code sets themselves. */
function DockingGuide() {
  return (
    <section aria-labelledby="guide-heading" className="card space-y-3">
      <h2 id="guide-heading">对接说明</h2>
      <h3>接口</h3>
      <ul className="list-disc pl-6 text-sm">
        <li>审批系统接收申报流水号：中台调用 <code>POST {INBOUND_PATHS.serialNumbers}</code>，本系统随即调用获取申请详细信息（<code>{FETCH_PATHS.detail}</code>）和获取申请材料信息（<code>{FETCH_PATHS.materials}</code>），按事项要求校验后生成办件，进入办件队列“待受理”。</li>
        <li>补正：办件“待补正”时，中台再次推送同一流水号即表示申请人已在“爱山东”补正；本系统重新获取申请信息和材料，替换原内容后退回办件队列（已受理的仍为已受理），承诺时限重新计算。其他状态下重复推送不改变办件，只返回当前状态。</li>
        <li>审批系统接收网上申报撤销：中台调用 <code>POST {INBOUND_PATHS.withdrawals}</code>；受理前撤回，受理后拒绝（错误码 WITHDRAW_REFUSED，并返回当前状态代码）。</li>
        {(Object.keys(PUSH_PATHS) as PushKind[]).map((k) => <li key={k}>{PUSH_LABELS[k]}：本系统调用 <code>POST {PUSH_PATHS[k]}</code></li>)}
      </ul>
      <p className="text-sm">办件状态变化（受理、要求补正、预审通过、审核通过、办结、不予办理、撤回）与对应推送在同一事务中登记；每条推送以“流水号:推送类型:环节”为唯一标识（pushId），中台据此去重。中台申报件的申请人通过“爱山东”获知进度，本平台不另发站内消息和短信。</p>
      <h3>公共请求头与加密</h3>
      <p className="text-sm">双向调用均带 X-Mp-App-Id（接入者标识）、X-Mp-Timestamp（毫秒时间戳，与服务器时间相差不超过 300 秒）、X-Mp-Nonce（16–64 位随机串，不得重复）、X-Mp-Signature（HMAC-SM3，对“接入者标识、时间戳、随机串、方法、路径、请求体 SM3 摘要”以换行连接后签名）。姓名（name）、证件号码（idNumber）、手机号码（mobile）字段以 SM4-CBC 加密（Base64 的“IV‖密文”）。</p>
      <h3>错误码</h3>
      <CodeTable caption="接口错误码（code 为 0 表示成功）" codes={Object.fromEntries(Object.entries(MP_ERRORS).map(([code, e]) => [code, `HTTP ${e.status}：${e.message}`]))} />
      <div className="grid gap-3 md:grid-cols-2">
        <CodeTable caption="办件状态代码" codes={MP_STATUS_MEANING} />
        <CodeTable caption="办理环节代码" codes={MP_STEP_MEANING} />
        <CodeTable caption="特别程序种类代码" codes={MP_SPECIAL_PROCEDURE_MEANING} />
        <CodeTable caption="办结结果代码" codes={MP_RESULT_MEANING} />
      </div>
    </section>
  );
}
