import { requirePageRole } from "@/lib/auth/session";
import { getTransfers } from "@/lib/inquiry/person-rights";
import { REGION_NAMES, TRANSFER_STATUS, formatYuan, insuranceTypeLabel, label } from "@/lib/inquiry/labels";
import type { TransferRecord } from "@/lib/core";
import { DataTable, type Column } from "@/components/ui/data-table";
import { RightsNav } from "@/components/inquiry/rights-nav";
import { orNotFound } from "@/components/or-not-found";

export const metadata = { title: "转移接续" };

const region = (code: string) => REGION_NAMES[code] ?? code;

const COLUMNS: Column<TransferRecord>[] = [
  { header: "险种", cell: (t) => insuranceTypeLabel(t.insuranceType) },
  { header: "转出地", cell: (t) => region(t.fromRegion) },
  { header: "转入地", cell: (t) => region(t.toRegion) },
  { header: "转移基金（元）", cell: (t) => formatYuan(t.fundFen), className: "text-right" },
  { header: "转移缴费月数", cell: (t) => t.months },
  { header: "申请日期", cell: (t) => t.appliedOn, className: "whitespace-nowrap" },
  { header: "办结日期", cell: (t) => t.completedOn ?? "—", className: "whitespace-nowrap" },
  { header: "状态", cell: (t) => label(TRANSFER_STATUS, t.status) },
];

/** 转移接续 (Q2): records of insurance moved between regions. */
export default async function TransfersPage() {
  const user = await requirePageRole(["PERSON"], "/person/rights/transfers");
  const transfers = await orNotFound(getTransfers(user));
  return (
    <div className="space-y-6">
      <h1>转移接续</h1>
      <RightsNav current="rights/transfers" />
      <DataTable caption="转移接续记录" columns={COLUMNS} rows={transfers} rowKey={(t) => `${t.insuranceType}-${t.appliedOn}-${t.fromRegion}`} empty="暂无转移接续记录" />
    </div>
  );
}
