import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { ROLES, ROLE_LABELS, areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { searchUsers, type UserStatusFilter } from "@/lib/accounts/manage-users";
import { choiceParam, pageParam, textParam, type SearchParams } from "@/lib/validation/search-params";
import { Pager } from "@/components/layout/pager";
import { UserStatus } from "@/components/accounts/user-status";

export const metadata = { title: "用户管理" };

const STATUS_OPTIONS: { value: UserStatusFilter; label: string }[] = [
  { value: "ACTIVE", label: "正常" },
  { value: "LOCKED", label: "密码错误锁定中" },
  { value: "DISABLED", label: "已停用（管理员锁定）" },
];

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requirePageRole(["ADMIN"], "/admin/users");
  const params = await searchParams;
  const q = textParam(params, "q");
  const role = choiceParam(params, "role", ROLES);
  const status = choiceParam(params, "status", STATUS_OPTIONS.map((s) => s.value));
  const page = pageParam(params);
  const result = await searchUsers(admin, { q, role, status, page });
  const query = { q, role: role ?? "", status: status ?? "" };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1>用户管理</h1>
        <Link href={areaPath("ADMIN", "users/new")} className="btn">开设后台账户</Link>
      </div>
      <form method="get" role="search" aria-label="查询用户" className="card grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="q" className="block font-medium">关键字</label>
          <input id="q" name="q" defaultValue={q} className="input" aria-describedby="q-hint" />
          <p id="q-hint" className="text-xs text-slate-600">用户名、姓名、单位名称，或完整的身份证号、信用代码、手机号</p>
        </div>
        <div className="space-y-1">
          <label htmlFor="role" className="block font-medium">角色</label>
          <select id="role" name="role" defaultValue={role ?? ""} className="input">
            <option value="">全部</option>
            {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="status" className="block font-medium">状态</label>
          <select id="status" name="status" defaultValue={status ?? ""} className="input">
            <option value="">全部</option>
            {STATUS_OPTIONS.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
          </select>
        </div>
        <button type="submit" className="btn">查询</button>
      </form>

      <p className="text-sm text-slate-700" aria-live="polite">共 {result.total} 个账户</p>
      <div className="overflow-x-auto">
        <table className="table">
          <thead>
            <tr><th scope="col">用户名</th><th scope="col">姓名</th><th scope="col">角色</th><th scope="col">证件号码</th><th scope="col">手机号码</th><th scope="col">单位</th><th scope="col">状态</th><th scope="col">注册时间</th></tr>
          </thead>
          <tbody>
            {result.items.map((u) => (
              <tr key={u.id}>
                <td><Link href={areaPath("ADMIN", `users/${u.id}`)}>{u.username}</Link></td>
                <td>{u.name}</td>
                <td>{ROLE_LABELS[u.role]}</td>
                <td>{u.idNumber ?? "—"}</td>
                <td>{u.mobile}</td>
                <td>{u.unitName ?? "—"}</td>
                <td><UserStatus status={u.status} lockedUntil={u.lockedUntil} /></td>
                <td className="whitespace-nowrap">{formatShanghai(u.createdAt, "date")}</td>
              </tr>
            ))}
            {result.items.length === 0 && <tr><td colSpan={8}>没有符合条件的账户</td></tr>}
          </tbody>
        </table>
      </div>
      <Pager basePath={areaPath("ADMIN", "users")} query={query} page={result.page} pageSize={result.pageSize} total={result.total} />
    </div>
  );
}
