import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { ROLES, ROLE_LABELS, areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { searchUsers, type UserListRow, type UserStatusFilter } from "@/lib/accounts/manage-users";
import { choiceParam, pageParam, textParam, type SearchParams } from "@/lib/validation/search-params";
import { DataTable, type Column } from "@/components/ui/data-table";
import { UserStatus } from "@/components/accounts/user-status";

export const metadata = { title: "用户管理" };

const STATUS_OPTIONS: { value: UserStatusFilter; label: string }[] = [
  { value: "ACTIVE", label: "正常" },
  { value: "LOCKED", label: "密码错误锁定中" },
  { value: "DISABLED", label: "已停用（管理员锁定）" },
];

const USER_COLUMNS: Column<UserListRow>[] = [
  { header: "用户名", cell: (u) => <Link href={areaPath("ADMIN", `users/${u.id}`)}>{u.username}</Link> },
  { header: "姓名", cell: (u) => u.name },
  { header: "角色", cell: (u) => ROLE_LABELS[u.role] },
  { header: "证件号码", cell: (u) => u.idNumber ?? "—" },
  { header: "手机号码", cell: (u) => u.mobile },
  { header: "单位", cell: (u) => u.unitName ?? "—" },
  { header: "状态", cell: (u) => <UserStatus status={u.status} lockedUntil={u.lockedUntil} /> },
  { header: "注册时间", cell: (u) => formatShanghai(u.createdAt, "date"), className: "whitespace-nowrap" },
];

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requirePageRole(["ADMIN"], "/admin/users");
  const params = await searchParams;
  const q = textParam(params, "q");
  const role = choiceParam(params, "role", ROLES);
  const status = choiceParam(params, "status", STATUS_OPTIONS.map((s) => s.value));
  const page = pageParam(params);
  const result = await searchUsers(admin, { q, role, status, page });

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
      <DataTable
        caption="账户查询结果"
        columns={USER_COLUMNS}
        rows={result.items}
        rowKey={(u) => u.id}
        empty="没有符合条件的账户"
        paging={{ basePath: areaPath("ADMIN", "users"), params, page: result.page, pageSize: result.pageSize, total: result.total }}
      />
    </div>
  );
}
