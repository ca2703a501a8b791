import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { verifyOperationTraceNow } from "@/lib/audit/verify-trace";
import { listRecentTrace } from "@/lib/audit/recent-trace";
import { CHECKPOINT_EVERY_MS, CHECKPOINT_EVERY_ROWS, latestTraceCheckpoint } from "@/lib/audit/checkpoint";
import { searchLoginLogs } from "@/lib/accounts/login-log";
import { choiceParam, pageParam, textParam, type SearchParams } from "@/lib/validation/search-params";
import { FormMessage } from "@/components/forms/form-message";
import { DataTable, type Column } from "@/components/ui/data-table";
import { LoginOutcomeText } from "@/components/accounts/login-outcome";

export const metadata = { title: "留痕校验" };

const dt = (d: Date) => formatShanghai(d, "datetime");

type TraceRow = Awaited<ReturnType<typeof listRecentTrace>>[number];
type LoginRow = Awaited<ReturnType<typeof searchLoginLogs>>["items"][number];

const TRACE_COLUMNS: Column<TraceRow>[] = [
  { header: "链序号", cell: (r) => r.chainSeq ?? <span className="text-slate-600">待链接</span> },
  { header: "时间", cell: (r) => dt(r.at), className: "whitespace-nowrap" },
  { header: "操作人", cell: (r) => <>{r.actorRole}{r.actorId ? <span className="block text-xs text-slate-600">{r.actorId.slice(0, 10)}…</span> : null}</> },
  { header: "操作", cell: (r) => r.action },
  { header: "对象", cell: (r) => <>{r.entity}<span className="block text-xs text-slate-600">{r.entityId.slice(0, 12)}</span></> },
  { header: "摘要（已脱敏）", cell: (r) => r.summary, className: "max-w-xs break-all font-mono text-xs" },
  { header: "IP", cell: (r) => r.ip },
  { header: "哈希", cell: (r) => (r.hash ? <span title={r.hash}>{r.hash.slice(0, 12)}…</span> : "—"), className: "font-mono text-xs" },
];

const LOGIN_COLUMNS: Column<LoginRow>[] = [
  { header: "时间", cell: (l) => dt(l.at), className: "whitespace-nowrap" },
  { header: "用户名", cell: (l) => l.username || "—" },
  { header: "结果", cell: (l) => <LoginOutcomeText outcome={l.outcome} /> },
  { header: "说明", cell: (l) => l.reason },
  { header: "IP 地址", cell: (l) => l.ip },
  { header: "浏览器", cell: (l) => l.browser },
];

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageRole(["ADMIN"], "/admin/audit");
  const params = await searchParams;
  const tab = choiceParam(params, "tab", ["logins"]) ?? "trace";
  return (
    <div className="space-y-4">
      <h1>留痕校验与登录日志</h1>
      <nav aria-label="日志类型">
        <ul className="flex gap-2 border-b border-brand-100 text-sm">
          <li><Link href={areaPath("ADMIN", "audit")} aria-current={tab === "trace" ? "page" : undefined} className={`block px-3 py-2 ${tab === "trace" ? "border-b-2 border-brand-700 font-semibold" : ""}`}>操作留痕</Link></li>
          <li><Link href={`${areaPath("ADMIN", "audit")}?tab=logins`} aria-current={tab === "logins" ? "page" : undefined} className={`block px-3 py-2 ${tab === "logins" ? "border-b-2 border-brand-700 font-semibold" : ""}`}>登录日志</Link></li>
        </ul>
      </nav>
      {tab === "trace" ? <TraceTab /> : <LoginsTab params={params} />}
    </div>
  );
}

async function TraceTab() {
  // Verification chains what has been committed first, so the table below shows those rows chained.
  const report = await verifyOperationTraceNow();
  const [rows, checkpoint] = await Promise.all([listRecentTrace(), latestTraceCheckpoint()]);
  return (
    <>
      <section aria-labelledby="verify" className="card space-y-2">
        <h2 id="verify">哈希链校验结果</h2>
        {report.ok ? (
          <FormMessage tone="success">
            校验通过：共 {report.checked} 条留痕记录，SM3 哈希链完整，{report.checkpoints} 个签名检查点全部相符，未发现篡改、删除或顺序变动。
          </FormMessage>
        ) : (
          <FormMessage tone="error">
            校验未通过：第 {report.brokenAtSeq} 条处链接断开。{report.reason}。此前 {report.checked} 条记录完整。
          </FormMessage>
        )}
        {report.unchained ? (
          <p className="text-sm">
            另有 {report.unchained.count} 条留痕记录刚刚写入、尚未链接（最早一条写入于 {dt(report.unchained.oldestAt)}），将在几秒内链接并纳入校验。
          </p>
        ) : null}
        <p className="text-sm text-slate-600">留痕记录随业务操作在同一事务中写入，随后由平台每 5 秒按写入完成的顺序依次链接：每条记录都包含上一条记录的 SM3 哈希，改动、删除或调换任何一条都会使链条从该处断开（LD/T 01 §6.2.5、§6.3.2）。平台每 {CHECKPOINT_EVERY_MS / 60_000} 分钟（或每 {CHECKPOINT_EVERY_ROWS} 条记录）用数据库之外保存的平台 SM2 私钥对链头签名，形成签名检查点，改写记录后重算哈希或截去链尾也能被发现。命令行校验：npm run audit:verify。</p>
      </section>
      <section aria-labelledby="checkpoint" className="card space-y-2">
        <h2 id="checkpoint">签名检查点</h2>
        {checkpoint ? (
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="font-medium">最新检查点</dt>
            <dd>第 {checkpoint.seq} 条记录，{dt(checkpoint.createdAt)} 签名</dd>
            <dt className="font-medium">该条记录哈希</dt>
            <dd className="break-all font-mono text-xs">{checkpoint.lastHash}</dd>
            <dt className="font-medium">签名公钥指纹</dt>
            <dd className="font-mono text-xs">{checkpoint.keyFingerprint}</dd>
          </dl>
        ) : (
          <p className="text-sm">尚无签名检查点：有新的留痕记录后，{CHECKPOINT_EVERY_MS / 60_000} 分钟内自动生成。</p>
        )}
        <p className="text-sm">
          <a href="/admin/audit/checkpoints" download className="btn">下载全部签名检查点（JSON）</a>
        </p>
        <p className="text-sm text-slate-600">请将下载的文件保存在平台之外（如离线介质），日后可用其中的平台公钥独立核对检查点。下载操作会记入操作留痕。</p>
      </section>
      <section aria-labelledby="latest" className="space-y-2">
        <h2 id="latest">最近 50 条操作留痕</h2>
        <DataTable caption="最近 50 条操作留痕，最新的在前" columns={TRACE_COLUMNS} rows={rows} rowKey={(r) => r.seq} empty="暂无留痕记录" />
      </section>
    </>
  );
}

async function LoginsTab({ params }: { params: SearchParams }) {
  const q = textParam(params, "q");
  const result = choiceParam(params, "result", ["success", "failure"]);
  const page = pageParam(params);
  const logs = await searchLoginLogs({ q, result, page });
  return (
    <section aria-labelledby="logins" className="space-y-3">
      <h2 id="logins">全部登录日志</h2>
      <form method="get" role="search" aria-label="查询登录日志" className="card grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <input type="hidden" name="tab" value="logins" />
        <div className="space-y-1">
          <label htmlFor="log-q" className="block font-medium">用户名</label>
          <input id="log-q" name="q" defaultValue={q} className="input" />
        </div>
        <div className="space-y-1">
          <label htmlFor="log-result" className="block font-medium">结果</label>
          <select id="log-result" name="result" defaultValue={result ?? ""} className="input">
            <option value="">全部</option>
            <option value="success">成功</option>
            <option value="failure">未成功</option>
          </select>
        </div>
        <button type="submit" className="btn">查询</button>
      </form>
      <p className="text-sm text-slate-700">共 {logs.total} 条</p>
      <DataTable
        caption="登录日志，最新的在前"
        columns={LOGIN_COLUMNS}
        rows={logs.items}
        rowKey={(l) => l.id}
        empty="暂无记录"
        paging={{ basePath: areaPath("ADMIN", "audit"), params, page: logs.page, pageSize: logs.pageSize, total: logs.total }}
      />
    </section>
  );
}
