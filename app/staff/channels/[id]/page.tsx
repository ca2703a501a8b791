import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/session";
import { formatShanghai } from "@/lib/calendar";
import { CHANNEL_TYPES, channelServiceName } from "@/lib/channels/schemas";
import { CHANNEL_STATUS_LABELS, channelDetail } from "@/lib/channels/queries";
import { changeChannelStatusAction, rejectChannelAction } from "@/lib/channels/actions";
import { AppError } from "@/lib/errors/app-error";
import { ApproveChannelForm, KeyEnvelope } from "@/components/channels/forms";
import { ReasonForm } from "@/components/direct-access/reason-form";

export const metadata = { title: "渠道详情" };

const EVENT_LABELS: Record<string, string> = {
  SUBMITTED: "提交申请", APPROVED: "审核通过", REJECTED: "不予通过", KEY_REVEALED: "查看密钥信封", SUSPENDED: "暂停", RESUMED: "恢复", DEREGISTERED: "注销（密钥已吊销）",
};

/** X1: one channel for STAFF/ADMIN: review, key envelope (once), suspension, deregistration, timeline. */
export default async function ChannelPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageRole(["STAFF", "ADMIN"], `/staff/channels/${id}`);
  const channel = await channelDetail(id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const activeKey = channel.keys.find((k) => k.status === "ACTIVE");
  return (
    <div className="space-y-6">
      <h1>{channel.name}</h1>
      <dl className="card grid gap-x-6 gap-y-1 sm:grid-cols-[9rem_1fr]">
        <dt className="text-slate-600">申请编号</dt><dd className="font-mono">{channel.applicationNo}</dd>
        <dt className="text-slate-600">渠道编码</dt><dd className="font-mono" data-testid="channel-code">{channel.channelCode ?? "审核通过后生成"}</dd>
        <dt className="text-slate-600">渠道类型</dt><dd>{CHANNEL_TYPES[channel.type]}</dd>
        <dt className="text-slate-600">运营机构</dt><dd>{channel.orgName}（{channel.creditCode}）</dd>
        <dt className="text-slate-600">联系人</dt><dd>{channel.contactName} {channel.contactMobile} {channel.contactEmail}</dd>
        <dt className="text-slate-600">状态</dt><dd data-testid="channel-status">{CHANNEL_STATUS_LABELS[channel.status]}{channel.statusReason && `：${channel.statusReason}`}{channel.reviewNote && `（${channel.reviewNote}）`}</dd>
        <dt className="text-slate-600">申请的服务</dt><dd>{channel.requested.map(channelServiceName).join("、")}</dd>
        <dt className="text-slate-600">准予的服务</dt><dd>{channel.granted.length ? channel.granted.map(channelServiceName).join("、") : "—"}</dd>
        <dt className="text-slate-600">SM2 公钥</dt><dd className="break-all font-mono text-xs">{channel.signPublicKey}</dd>
        <dt className="text-slate-600">审核期限</dt><dd>{channel.dueDate}（5 个工作日）</dd>
      </dl>

      {channel.status === "SUBMITTED" && (
        <section className="grid gap-4 md:grid-cols-2" aria-label="审核">
          <ApproveChannelForm id={channel.id} requested={channel.requested} />
          <ReasonForm id={channel.id} action={rejectChannelAction} label="不予通过的理由" button="不予通过" variant="danger" />
        </section>
      )}

      {activeKey && !activeKey.revealedAt && <KeyEnvelope id={channel.id} />}

      {(channel.status === "ACTIVE" || channel.status === "SUSPENDED") && (
        <section className="grid gap-4 md:grid-cols-2" aria-label="渠道管理">
          {channel.status === "ACTIVE" ? (
            <ReasonForm id={channel.id} action={changeChannelStatusAction} extra={{ change: "SUSPEND" }} label="暂停的理由" button="暂停渠道" variant="secondary" />
          ) : (
            <ReasonForm id={channel.id} action={changeChannelStatusAction} extra={{ change: "RESUME" }} label="恢复的说明" button="恢复渠道" variant="secondary" />
          )}
          <ReasonForm id={channel.id} action={changeChannelStatusAction} extra={{ change: "DEREGISTER" }} label="注销的理由" button="注销渠道" variant="danger" confirm="注销后渠道密钥立即吊销，参保人未使用的授权一并撤销，且不能恢复。确定注销？" />
        </section>
      )}

      <section className="space-y-2">
        <h2>密钥</h2>
        <ul className="text-sm">
          {channel.keys.map((k) => (
            <li key={k.id}>指纹 <span className="font-mono">{k.fingerprint}</span>，{k.status === "REVOKED" ? `已于 ${k.revokedAt ? formatShanghai(k.revokedAt, "datetime") : ""} 吊销` : "有效"}{k.revealedAt ? `，信封已于 ${formatShanghai(k.revealedAt, "datetime")} 发出` : "，信封尚未查看"}</li>
          ))}
          {channel.keys.length === 0 && <li>审核通过后生成。</li>}
        </ul>
      </section>

      <section className="space-y-2">
        <h2>办理记录</h2>
        <ol className="space-y-1 text-sm">
          {channel.events.map((e) => (
            <li key={e.id}><time dateTime={e.at.toISOString()}>{formatShanghai(e.at, "datetime")}</time> {EVENT_LABELS[e.kind] ?? e.kind}{e.note && `：${e.note}`}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
