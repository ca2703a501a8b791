import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { ENTERPRISE_STATUS_LABELS, ENVIRONMENT_LABELS, KEY_STATUS_LABELS, serviceName } from "@/lib/direct-access/labels";
import { requestFormalKeyAction } from "@/lib/direct-access/actions";
import { unitDirectOverview } from "@/lib/direct-access/queries";
import { ActionButton } from "@/components/forms/action-button";
import { AccessStatusBadge } from "@/components/direct-access/access-detail";
import { RevealKey } from "@/components/direct-access/reveal-key";
import { pageUnitContext, UNBOUND_MESSAGE } from "./unit-context";

export const metadata = { title: "政企直连" };

/** The unit's home of direct connection (E2–E5): where the application stands, the keys to take, the acceptance. */
export default async function UnitDirectPage() {
  const user = await requirePageRole(["UNIT"], "/unit/direct");
  const unit = pageUnitContext(user);
  if (!unit) return <div className="space-y-4"><h1>政企直连</h1><p>{UNBOUND_MESSAGE}</p></div>;
  const { application, enterprise } = await unitDirectOverview(unit);
  const base = areaPath("UNIT", "direct");
  const passed = enterprise?.grants.filter((g) => g.sandboxPassedAt).length ?? 0;
  return (
    <div className="space-y-6">
      <h1>政企直连</h1>
      <p className="text-slate-700">
        通过政企直连，单位的人力资源管理系统可直接调用平台接口办理社保、就业等业务（DB3702）。接口说明见
        <Link href="/developer" className="underline">开发者文档</Link>。
      </p>

      <section className="space-y-2" aria-labelledby="h-app">
        <h2 id="h-app">接入申请</h2>
        {!application && (
          <div className="card space-y-2">
            <p>本单位尚未申请接入。</p>
            <Link href={`${base}/apply`} className="btn inline-block">申请接入</Link>
          </div>
        )}
        {application && (
          <div className="card space-y-2">
            <p>
              申请编号 <Link href={`${base}/applications/${application.id}`} className="font-mono underline">{application.applicationNo}</Link>{" "}
              <AccessStatusBadge status={application.status} />
            </p>
            {application.status === "SUBMITTED" && <p>审核人员将在 {application.dueDate} 前完成审核。</p>}
            {application.status === "RETURNED" && (
              <p className="text-warn-600">
                申请已退回补充：{application.reviewNote}。<Link href={`${base}/apply`} className="font-semibold underline">修改并重新提交</Link>
              </p>
            )}
            {application.status === "REJECTED" && <p className="text-danger-600">审核不予通过：{application.reviewNote}</p>}
            {application.status === "REJECTED" && <Link href={`${base}/apply`} className="underline">重新申请</Link>}
          </div>
        )}
      </section>

      {enterprise && (
        <>
          <section className="space-y-2" aria-labelledby="h-ent">
            <h2 id="h-ent">接入信息</h2>
            <dl className="card grid gap-x-6 gap-y-1 sm:grid-cols-[8rem_1fr]">
              <dt className="text-slate-600">系统编码</dt><dd className="font-mono" data-testid="req-app-code">{enterprise.reqAppCode}</dd>
              <dt className="text-slate-600">行政区划</dt><dd className="font-mono" data-testid="area-code">{enterprise.areaCode}</dd>
              <dt className="text-slate-600">接入状态</dt><dd>{ENTERPRISE_STATUS_LABELS[enterprise.status]}{enterprise.statusReason && `：${enterprise.statusReason}`}</dd>
            </dl>
          </section>

          <section className="space-y-2" aria-labelledby="h-keys">
            <h2 id="h-keys">密钥</h2>
            <p className="text-sm text-slate-600">密钥以加密形式保存，只向本单位显示一次；此后只显示指纹。遗失或泄露请联系平台轮换。</p>
            <table className="w-full text-sm">
              <caption className="sr-only">本单位的密钥</caption>
              <thead><tr className="text-left"><th>类别</th><th>指纹</th><th>状态</th><th>生成时间</th><th>领取</th></tr></thead>
              <tbody>
                {enterprise.keys.map((k) => (
                  <tr key={k.id} className="border-t">
                    <td>{ENVIRONMENT_LABELS[k.environment]}</td>
                    <td className="font-mono">{k.fingerprint}</td>
                    <td>{KEY_STATUS_LABELS[k.status]}{k.status === "RETIRING" && k.graceUntil && `（${formatShanghai(k.graceUntil, "datetime")} 前有效）`}</td>
                    <td>{formatShanghai(k.createdAt, "datetime")}</td>
                    <td>
                      {k.revealedAt ? `已于 ${formatShanghai(k.revealedAt, "datetime")} 领取` : k.status === "REVOKED" ? "—" : <RevealKey keyId={k.id} label={ENVIRONMENT_LABELS[k.environment]} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section className="space-y-2" aria-labelledby="h-acc">
            <h2 id="h-acc">测试验收（{passed}/{enterprise.grants.length}）</h2>
            <p className="text-sm text-slate-600">用测试密钥在测试环境逐一调用申请的接口，每个接口有一次正确的调用（业务码 0000）即自动记为通过；全部通过后测试验收通过（DB3702 §8.6）。</p>
            <table className="w-full text-sm">
              <caption className="sr-only">各接口测试验收情况</caption>
              <thead><tr className="text-left"><th>接口</th><th>服务编码</th><th>测试结果</th></tr></thead>
              <tbody>
                {enterprise.grants.map((g) => (
                  <tr key={g.serviceCode} className="border-t">
                    <td>{serviceName(g.serviceCode)}</td>
                    <td className="font-mono">{g.serviceCode}</td>
                    <td>{g.sandboxPassedAt ? <span className="text-ok-600">已通过（{formatShanghai(g.sandboxPassedAt, "datetime")}）</span> : "尚无正确的测试调用"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {enterprise.acceptedAt && <p className="font-semibold text-ok-600">测试验收已于 {formatShanghai(enterprise.acceptedAt, "datetime")} 通过。</p>}
            {enterprise.acceptedAt && enterprise.status === "SANDBOX" && (
              <ActionButton action={requestFormalKeyAction} input={{}} variant="primary" successMessage="正式密钥已生成，请在上方领取">申领正式密钥</ActionButton>
            )}
          </section>
        </>
      )}

      <nav aria-label="政企直连" className="flex flex-wrap gap-4">
        <Link href={`${base}/calls`} className="underline">接口调用记录</Link>
        <Link href={`${base}/feedback`} className="underline">意见建议</Link>
        <Link href="/developer" className="underline">开发者文档</Link>
      </nav>
    </div>
  );
}
