import { requirePageRole } from "@/lib/auth/session";
import { ROLE_LABELS, areaPath } from "@/lib/auth/roles";
import { searchUsers } from "@/lib/accounts/manage-users";
import { formatShanghai } from "@/lib/calendar";
import { pageParam, textParam, type SearchParams } from "@/lib/validation/search-params";
import { Pager } from "@/components/layout/pager";
import { LockedAccounts, type AccountRow } from "./locked-accounts";

export const metadata = { title: "账户解锁" };

/**
 * U6, S3: STAFF unlock insured persons' and units' accounts locked after five wrong passwords,
 * and let accounts paused for ten wrong SMS codes today receive codes again. Without a search it
 * lists the accounts locked or paused right now; only PERSON and UNIT accounts appear.
 */
export default async function StaffUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePageRole(["STAFF", "ADMIN"], "/staff/users");
  const params = await searchParams;
  const q = textParam(params, "q");
  const page = pageParam(params);
  const result = await searchUsers(staff, q ? { q, page } : { status: "BLOCKED", page });
  const rows: AccountRow[] = result.items.map((u) => ({
    id: u.id,
    username: u.username,
    name: u.name,
    roleLabel: ROLE_LABELS[u.role],
    idNumber: u.idNumber ?? "—",
    mobile: u.mobile,
    unitName: u.unitName ?? "—",
    statusText:
      u.status === "DISABLED"
        ? "已停用"
        : [u.lockedUntil ? `锁定至 ${formatShanghai(u.lockedUntil, "datetime")}` : null, u.smsCodesPaused ? "今日暂停发送短信验证码" : null].filter(Boolean).join("；") || "正常",
    canUnlock: u.status === "ACTIVE" && !!u.lockedUntil,
    canResumeSmsCodes: u.status === "ACTIVE" && u.smsCodesPaused,
    disabled: u.status === "DISABLED",
  }));

  return (
    <div className="space-y-4">
      <h1>账户解锁</h1>
      <p className="text-sm text-slate-700">参保人或单位经办人连续5次输错密码，账户会被锁定30分钟；当日累计输错10次短信验证码，当日将暂停向该账户发送验证码。核实本人身份后，可在此提前解锁或恢复发送。</p>
      <form method="get" role="search" aria-label="查询账户" className="card flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor="q" className="block font-medium">查询账户</label>
          <input id="q" name="q" defaultValue={q} className="input" aria-describedby="q-hint" />
          <p id="q-hint" className="text-xs text-slate-600">用户名、姓名、单位名称，或完整的身份证号、信用代码、手机号；留空则列出当前被锁定的账户</p>
        </div>
        <button type="submit" className="btn">查询</button>
      </form>
      <h2>{q ? `“${q}”的查询结果` : "当前被锁定或暂停发送验证码的账户"}（{result.total}）</h2>
      <LockedAccounts rows={rows} emptyText={q ? "没有符合条件的账户" : "当前没有被锁定或暂停发送验证码的账户"} />
      <Pager basePath={areaPath("STAFF", "users")} params={params} page={result.page} pageSize={result.pageSize} total={result.total} />
    </div>
  );
}
