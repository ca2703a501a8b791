import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/session";
import { formatShanghai } from "@/lib/calendar";
import { ENTERPRISE_EVENT_LABELS, ENTERPRISE_STATUS_LABELS, ENVIRONMENT_LABELS, KEY_STATUS_LABELS, serviceName } from "@/lib/direct-access/labels";
import { directParameter } from "@/lib/direct-access/parameters";
import { staffEnterprise } from "@/lib/direct-access/queries";
import { AppError } from "@/lib/errors/app-error";
import { EnterpriseActions, RevokeKeyForm } from "@/components/direct-access/enterprise-actions";
import { RateLimitForm } from "@/components/direct-access/small-forms";

export const metadata = { title: "接入企业详情" };

/** One enterprise for STAFF/ADMIN (E7): keys by fingerprint only, acceptance, call log, events and sanctions. */
export default async function EnterprisePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageRole(["STAFF", "ADMIN"], `/staff/direct/enterprises/${id}`);
  const { enterprise, events, calls } = await staffEnterprise(id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const platformDefault = await directParameter("direct.defaultRateLimitPerMinute");
  return (
    <div className="space-y-6">
      <h1>{enterprise.unitName}</h1>
      <dl className="card grid gap-x-6 gap-y-1 sm:grid-cols-[8rem_1fr]">
        <dt className="text-slate-600">系统编码</dt><dd className="font-mono">{enterprise.reqAppCode}</dd>
        <dt className="text-slate-600">统一社会信用代码</dt><dd className="font-mono">{enterprise.creditCode}</dd>
        <dt className="text-slate-600">状态</dt><dd data-testid="enterprise-status">{ENTERPRISE_STATUS_LABELS[enterprise.status]}{enterprise.statusReason && `：${enterprise.statusReason}`}</dd>
        <dt className="text-slate-600">测试验收</dt><dd>{enterprise.acceptedAt ? `已于 ${formatShanghai(enterprise.acceptedAt, "datetime")} 通过` : "进行中"}</dd>
        <dt className="text-slate-600">限流</dt><dd>{enterprise.rateLimitPerMinute ?? `平台默认（${platformDefault}）`} 次/分钟</dd>
      </dl>

      <section className="space-y-2">
        <h2>密钥（仅显示指纹）</h2>
        <table className="w-full text-sm">
          <caption className="sr-only">密钥</caption>
          <thead><tr className="text-left"><th>类别</th><th>指纹</th><th>状态</th><th>生成时间</th><th></th></tr></thead>
          <tbody>
            {enterprise.keys.map((k) => (
              <tr key={k.id} className="border-t align-top">
                <td>{ENVIRONMENT_LABELS[k.environment]}</td>
                <td className="font-mono">{k.fingerprint}</td>
                <td>{KEY_STATUS_LABELS[k.status]}{k.graceUntil && k.status === "RETIRING" && `（至 ${formatShanghai(k.graceUntil, "datetime")}）`}</td>
                <td>{formatShanghai(k.createdAt, "datetime")}</td>
                <td>{k.status !== "REVOKED" && <RevokeKeyForm keyId={k.id} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="space-y-2">
        <h2>接口授权与测试验收</h2>
        <ul className="text-sm">
          {enterprise.grants.map((g) => <li key={g.serviceCode}>{serviceName(g.serviceCode)}（{g.serviceCode}）：{g.sandboxPassedAt ? `测试通过 ${formatShanghai(g.sandboxPassedAt, "datetime")}` : "未通过"}</li>)}
        </ul>
      </section>

      <section className="space-y-2">
        <h2>管理</h2>
        <EnterpriseActions id={enterprise.id} status={enterprise.status} isAdmin={user.role === "ADMIN"} hasFormal={enterprise.keys.some((k) => k.environment === "FORMAL")} />
        {user.role === "ADMIN" && <RateLimitForm id={enterprise.id} value={enterprise.rateLimitPerMinute} platformDefault={platformDefault} />}
      </section>

      <section className="space-y-2">
        <h2>管理记录</h2>
        <ul className="space-y-1 text-sm">
          {events.map((e) => <li key={e.id}>{formatShanghai(e.at, "datetime")} {ENTERPRISE_EVENT_LABELS[e.kind] ?? e.kind}{e.note && `：${e.note}`}</li>)}
        </ul>
      </section>

      <section className="space-y-2">
        <h2>最近调用</h2>
        {calls.length === 0 ? <p className="text-sm">暂无调用记录。</p> : (
          <table className="w-full text-sm">
            <caption className="sr-only">最近 50 次调用</caption>
            <thead><tr className="text-left"><th>时间</th><th>环境</th><th>接口</th><th>HTTP</th><th>业务码</th><th>说明</th><th>来源地址</th></tr></thead>
            <tbody>
              {calls.map((c) => (
                <tr key={c.id} className="border-t">
                  <td>{formatShanghai(c.createdAt, "datetime")}</td><td>{c.environment === "SANDBOX" ? "测试" : "正式"}</td>
                  <td>{c.serviceCode ?? "—"}</td><td>{c.httpStatus}</td><td className="font-mono">{c.bizCode ?? "—"}</td><td>{c.message ?? ""}</td><td>{c.clientIp ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
