import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { SERVICE_CODES } from "@/lib/direct-connect/service-codes";
import { setServiceEnabledAction } from "@/lib/direct-access/actions";
import { listDirectParameters, directParameter } from "@/lib/direct-access/parameters";
import { reviewQueue } from "@/lib/direct-access/queries";
import { callStatistics, errorRate } from "@/lib/direct-access/statistics";
import { serviceName } from "@/lib/direct-access/labels";
import { ActionButton } from "@/components/forms/action-button";
import { BarChart } from "@/components/inquiry/bar-chart";
import { ParameterForm } from "@/components/direct-access/small-forms";

export const metadata = { title: "政企直连管理" };

const count = (n: number) => `${n} 次`;

/**
 * The ADMIN's home of direct connection (E7, E8): what needs attention (suspended enterprises,
 * error rates, overdue reviews, unanswered feedback), the statistics with charts, the interface
 * registry and the system parameters.
 */
export default async function AdminDirectPage() {
  await requirePageRole(["ADMIN"], "/admin/direct");
  const now = new Date();
  const days = await directParameter("direct.statisticsDays");
  const [stats, services, parameters, suspended, queue, unanswered] = await Promise.all([
    callStatistics(now, days),
    db.directService.findMany(),
    listDirectParameters(),
    db.directEnterprise.findMany({ where: { status: "SUSPENDED" }, select: { id: true, reqAppCode: true, unitName: true, statusReason: true } }),
    reviewQueue(now),
    db.directFeedback.count({ where: { repliedAt: null } }),
  ]);
  const enabled = new Map(services.map((s) => [s.code, s.enabled]));
  const overdue = queue.filter((q) => q.overdue).length;
  const noisy = stats.byEnterprise.filter((e) => e.calls >= 20 && e.errors / e.calls > 0.2);
  const staffBase = areaPath("STAFF", "direct");
  return (
    <div className="space-y-8">
      <h1>政企直连管理</h1>

      <section aria-labelledby="h-warn" className="space-y-2">
        <h2 id="h-warn">需要关注</h2>
        <ul className="space-y-1">
          <li>待审核接入申请 {queue.length} 件，其中已超期 <span className={overdue ? "font-semibold text-danger-600" : ""}>{overdue}</span> 件。<Link href={staffBase} className="underline">去审核</Link></li>
          <li>未答复的意见建议 {unanswered} 条。<Link href={`${staffBase}/feedback`} className="underline">去答复</Link></li>
          {suspended.map((e) => (
            <li key={e.id} className="text-warn-600">已暂停：<Link href={`${staffBase}/enterprises/${e.id}`} className="font-mono underline">{e.reqAppCode}</Link> {e.unitName}（{e.statusReason}）</li>
          ))}
          {noisy.map((e) => <li key={e.key} className="text-danger-600">错误率偏高：{e.label}，{days} 日内 {e.calls} 次调用，错误率 {errorRate(e)}</li>)}
        </ul>
        <p><Link href={`${staffBase}/enterprises`} className="underline">全部接入企业</Link></p>
      </section>

      <section aria-labelledby="h-stats" className="space-y-3">
        <h2 id="h-stats">调用统计（近 {days} 日：{stats.total} 次，通信错误 {stats.totalErrors} 次，错误率 {errorRate({ calls: stats.total, errors: stats.totalErrors })}）</h2>
        <BarChart id="calls-by-day" title="每日调用次数" description={`近 ${days} 日每日调用次数`} points={stats.byDay.map((d) => ({ label: d.key.slice(5), value: d.calls }))} format={count} />
        <table className="w-full text-sm">
          <caption className="text-left font-semibold">按日</caption>
          <thead><tr className="text-left"><th>日期</th><th>调用</th><th>通信错误</th><th>业务失败</th><th>错误率</th></tr></thead>
          <tbody>{stats.byDay.map((d) => <tr key={d.key} className="border-t"><td>{d.key}</td><td>{d.calls}</td><td>{d.errors}</td><td>{d.businessFailures}</td><td>{errorRate(d)}</td></tr>)}</tbody>
        </table>
        {stats.byService.length > 0 && <BarChart id="calls-by-service" title="各接口调用次数" description={`近 ${days} 日各接口调用次数`} points={stats.byService.map((s) => ({ label: s.key, value: s.calls }))} format={count} />}
        <table className="w-full text-sm">
          <caption className="text-left font-semibold">按接口</caption>
          <thead><tr className="text-left"><th>接口</th><th>调用</th><th>通信错误</th><th>业务失败</th><th>错误率</th></tr></thead>
          <tbody>{stats.byService.map((s) => <tr key={s.key} className="border-t"><td>{serviceName(s.key)}（{s.key}）</td><td>{s.calls}</td><td>{s.errors}</td><td>{s.businessFailures}</td><td>{errorRate(s)}</td></tr>)}</tbody>
        </table>
        <table className="w-full text-sm">
          <caption className="text-left font-semibold">按企业</caption>
          <thead><tr className="text-left"><th>企业</th><th>调用</th><th>通信错误</th><th>业务失败</th><th>错误率</th></tr></thead>
          <tbody>{stats.byEnterprise.map((e) => <tr key={e.key} className="border-t"><td>{e.label}</td><td>{e.calls}</td><td>{e.errors}</td><td>{e.businessFailures}</td><td>{errorRate(e)}</td></tr>)}</tbody>
        </table>
      </section>

      <section aria-labelledby="h-svc" className="space-y-2">
        <h2 id="h-svc">接口管理</h2>
        <table className="w-full text-sm">
          <caption className="sr-only">接口注册表</caption>
          <thead><tr className="text-left"><th>服务编码</th><th>名称</th><th>类别</th><th>状态</th><th></th></tr></thead>
          <tbody>
            {SERVICE_CODES.map((s) => {
              const on = enabled.get(s.code) ?? true;
              return (
                <tr key={s.code} className="border-t">
                  <td className="font-mono">{s.code}</td><td>{s.name}</td><td>{s.kind === "read" ? "查询" : "办理"}</td><td>{on ? "已启用" : "已停用"}</td>
                  <td><ActionButton action={setServiceEnabledAction} input={{ code: s.code, enabled: !on }} confirm={on ? `停用后所有企业调用“${s.name}”将被拒绝，确定吗？` : undefined} successMessage={on ? "已停用" : "已启用"}>{on ? "停用" : "启用"}</ActionButton></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="h-param" className="space-y-3">
        <h2 id="h-param">系统参数</h2>
        {parameters.map((p) => <ParameterForm key={p.key} paramKey={p.key} label={p.label} value={p.value} note={p.note} />)}
      </section>
    </div>
  );
}
