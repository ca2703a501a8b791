import { formatShanghai } from "@/lib/calendar";
import type { LoginHistoryRow } from "@/lib/accounts/account-overview";
import { DataTable, type Column } from "@/components/ui/data-table";
import { LoginOutcomeText } from "./login-outcome";

const COLUMNS: Column<LoginHistoryRow>[] = [
  { header: "时间", cell: (h) => formatShanghai(h.at, "datetime") },
  { header: "结果", cell: (h) => <LoginOutcomeText outcome={h.outcome} /> },
  { header: "说明", cell: (h) => h.reason },
  { header: "IP 地址", cell: (h) => h.ip },
  { header: "浏览器", cell: (h) => h.browser },
];

/** One account's recent logins (U7), as the holder sees them on the account page and the administrator on the user page. */
export function LoginHistory({ rows }: { rows: LoginHistoryRow[] }) {
  return <DataTable caption="最近登录记录，最新的在前" columns={COLUMNS} rows={rows} rowKey={(h) => h.id} empty="暂无记录" />;
}
