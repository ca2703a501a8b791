import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { getRightsOverview } from "@/lib/inquiry/person-rights";
import { PERSON_STATUS, REGISTRATION_STATUS, formatMonths, formatYearMonth, formatYuan, insuranceTypeLabel, label } from "@/lib/inquiry/labels";
import type { ContributionYearSummary, RegistrationRecord } from "@/lib/core";
import { DataTable, type Column } from "@/components/ui/data-table";
import { BarChart } from "@/components/inquiry/bar-chart";
import { RightsNav } from "@/components/inquiry/rights-nav";
import { orNotFound } from "@/components/or-not-found";

export const metadata = { title: "权益查询" };

const REGISTRATION_COLUMNS: Column<RegistrationRecord>[] = [
  { header: "险种", cell: (r) => insuranceTypeLabel(r.insuranceType) },
  { header: "参保单位", cell: (r) => r.unitName ?? "灵活就业" },
  { header: "参保状态", cell: (r) => label(REGISTRATION_STATUS, r.status) },
  { header: "参保起始", cell: (r) => formatYearMonth(r.startMonth), className: "whitespace-nowrap" },
  { header: "终止年月", cell: (r) => (r.endMonth ? formatYearMonth(r.endMonth) : "—"), className: "whitespace-nowrap" },
];

const averageBase = (y: ContributionYearSummary) => (y.pensionBaseMonths ? Math.round(y.pensionBaseFen / y.pensionBaseMonths) : 0);

const YEAR_COLUMNS: Column<ContributionYearSummary>[] = [
  { header: "年度", cell: (y) => <Link href={`${areaPath("PERSON", "rights/contributions")}?year=${y.year}`}>{y.year}</Link> },
  { header: "缴费月数", cell: (y) => y.months },
  { header: "养老保险月平均缴费基数（元）", cell: (y) => formatYuan(averageBase(y)), className: "text-right" },
  { header: "单位缴纳合计（元）", cell: (y) => formatYuan(y.unitFen), className: "text-right" },
  { header: "个人缴纳合计（元）", cell: (y) => formatYuan(y.personalFen), className: "text-right" },
  { header: "欠缴", cell: (y) => (y.arrearsMonths ? `${y.arrearsMonths} 个月，${formatYuan(y.arrearsFen)} 元` : "无") },
];

export default async function RightsOverviewPage() {
  const user = await requirePageRole(["PERSON"], "/person/rights");
  const o = await orNotFound(getRightsOverview(user));
  const chronological = [...o.years].reverse();

  return (
    <div className="space-y-6">
      <h1>权益查询</h1>
      <RightsNav current="rights" />
      <section aria-labelledby="summary" className="card">
        <h2 id="summary">参保概况</h2>
        <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-600">姓名</dt><dd>{o.person.name}</dd>
          <dt className="text-slate-600">个人编号</dt><dd>{o.person.personNo}</dd>
          <dt className="text-slate-600">人员状态</dt><dd>{label(PERSON_STATUS, o.person.status)}</dd>
          <dt className="text-slate-600">养老保险累计缴费年限</dt><dd>{formatMonths(o.paidMonths)}（{o.paidMonths} 个月）</dd>
          <dt className="text-slate-600">个人账户储存额</dt>
          <dd>{formatYuan(o.balanceFen)} 元{o.balanceYear && <span className="text-sm text-slate-600">（截至 {o.balanceYear} 年末，<Link href={areaPath("PERSON", "rights/account")}>查看历年记账</Link>）</span>}</dd>
          <dt className="text-slate-600">欠缴金额</dt><dd>{o.arrearsFen ? `${formatYuan(o.arrearsFen)} 元` : "无欠缴"}</dd>
        </dl>
      </section>

      <section aria-labelledby="registrations" className="space-y-2">
        <h2 id="registrations">参保登记</h2>
        <DataTable caption="各险种参保登记" columns={REGISTRATION_COLUMNS} rows={o.registrations} rowKey={(r) => `${r.insuranceType}-${r.startMonth}`} empty="暂无参保登记信息" />
      </section>

      <section aria-labelledby="years" className="space-y-2">
        <h2 id="years">历年缴费汇总</h2>
        <BarChart
          id="base-chart"
          title="养老保险月平均缴费基数（元）"
          description={`${chronological[0]?.year ?? ""} 年至 ${chronological.at(-1)?.year ?? ""} 年每年的养老保险月平均缴费基数`}
          points={chronological.map((y) => ({ label: String(y.year), value: averageBase(y) / 100 }))}
          format={(v) => `${formatYuan(v * 100)} 元`}
        />
        <DataTable caption="历年缴费汇总" columns={YEAR_COLUMNS} rows={o.years} rowKey={(y) => y.year} empty="暂无缴费记录" />
        <p className="text-sm text-slate-600">点击年度查看当年逐月明细；全部明细可在“缴费明细”页导出。</p>
      </section>
    </div>
  );
}
