import { requirePageRole } from "@/lib/auth/session";
import { getAccountHistory } from "@/lib/inquiry/person-rights";
import { formatYuan } from "@/lib/inquiry/labels";
import type { AccountYearRecord } from "@/lib/core";
import { DataTable, type Column } from "@/components/ui/data-table";
import { BarChart } from "@/components/inquiry/bar-chart";
import { RightsNav } from "@/components/inquiry/rights-nav";
import { orNotFound } from "@/components/or-not-found";

export const metadata = { title: "个人账户" };

const COLUMNS: Column<AccountYearRecord>[] = [
  { header: "年度", cell: (y) => y.year },
  { header: "上年结转（元）", cell: (y) => formatYuan(y.openingFen), className: "text-right" },
  { header: "当年记账（元）", cell: (y) => formatYuan(y.contributedFen), className: "text-right" },
  { header: "记账月数", cell: (y) => y.months },
  { header: "记账利率", cell: (y) => `${(y.rateBasisPts / 100).toFixed(2)}%` },
  { header: "当年利息（元）", cell: (y) => formatYuan(y.interestFen), className: "text-right" },
  { header: "年末储存额（元）", cell: (y) => formatYuan(y.closingFen), className: "text-right" },
];

/** 个人账户 (Q2): the balance and each year's interest at the published 记账利率. */
export default async function AccountPage() {
  const user = await requirePageRole(["PERSON"], "/person/rights/account");
  const { years, balanceFen } = await orNotFound(getAccountHistory(user));
  const chronological = [...years].reverse();
  return (
    <div className="space-y-6">
      <h1>个人账户</h1>
      <RightsNav current="rights/account" />
      <p className="card">基本养老保险个人账户储存额：<strong className="text-lg">{formatYuan(balanceFen)} 元</strong>
        {years[0] && <span className="text-sm text-slate-600">（截至 {years[0].year} 年末）</span>}
      </p>
      <BarChart
        id="account-chart"
        title="个人账户年末储存额（元）"
        description={`${chronological[0]?.year ?? ""} 年至 ${chronological.at(-1)?.year ?? ""} 年每年年末的个人账户储存额`}
        points={chronological.map((y) => ({ label: String(y.year), value: y.closingFen / 100 }))}
        format={(v) => `${formatYuan(v * 100)} 元`}
      />
      <DataTable caption="个人账户历年记账" columns={COLUMNS} rows={years} rowKey={(y) => y.year} empty="暂无个人账户记录" />
      <p className="text-sm text-slate-600">当年利息 = 上年结转 × 记账利率 + 当年记账 × 记账利率 ÷ 2。</p>
    </div>
  );
}
