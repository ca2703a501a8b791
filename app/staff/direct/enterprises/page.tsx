import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { ENTERPRISE_STATUS_LABELS } from "@/lib/direct-access/labels";
import { listEnterprises } from "@/lib/direct-access/queries";
import { DataTable, type Column } from "@/components/ui/data-table";

export const metadata = { title: "接入企业" };

type Row = Awaited<ReturnType<typeof listEnterprises>>[number];

export default async function EnterprisesPage() {
  await requirePageRole(["STAFF", "ADMIN"], "/staff/direct/enterprises");
  const rows = await listEnterprises();
  const base = areaPath("STAFF", "direct/enterprises");
  const columns: Column<Row>[] = [
    { header: "系统编码", cell: (e) => <Link href={`${base}/${e.id}`} className="font-mono">{e.reqAppCode}</Link> },
    { header: "单位", cell: (e) => e.unitName },
    { header: "状态", cell: (e) => ENTERPRISE_STATUS_LABELS[e.status] },
    { header: "测试验收", cell: (e) => e.acceptedAt ? `已通过 ${formatShanghai(e.acceptedAt, "date")}` : `${e.grants.filter((g) => g.sandboxPassedAt).length}/${e.grants.length}` },
    { header: "限流（次/分钟）", cell: (e) => e.rateLimitPerMinute ?? "默认" },
  ];
  return (
    <div className="space-y-4">
      <h1>接入企业</h1>
      <DataTable caption="接入企业" columns={columns} rows={rows} rowKey={(e) => e.id} empty="暂无接入企业。" />
    </div>
  );
}
