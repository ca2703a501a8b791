import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { INSURANCE_TYPES, type ContributionRecord, type InsuranceType } from "@/lib/core";
import { getContributionYear } from "@/lib/inquiry/person-rights";
import { CONTRIBUTION_STATUS, formatYearMonth, formatYuan, insuranceTypeLabel, label } from "@/lib/inquiry/labels";
import { choiceParam, singleParam, type SearchParams } from "@/lib/validation/search-params";
import { DataTable, type Column } from "@/components/ui/data-table";
import { RightsNav } from "@/components/inquiry/rights-nav";
import { orNotFound } from "@/components/or-not-found";

export const metadata = { title: "缴费明细" };

const TYPES = Object.keys(INSURANCE_TYPES) as InsuranceType[];
const ALL = "all";
const DEFAULT_TYPE: InsuranceType = "110";

const COLUMNS: Column<ContributionRecord>[] = [
  { header: "费款所属期", cell: (r) => formatYearMonth(r.yearMonth), className: "whitespace-nowrap" },
  { header: "险种", cell: (r) => insuranceTypeLabel(r.insuranceType) },
  { header: "缴费基数（元）", cell: (r) => formatYuan(r.baseFen), className: "text-right" },
  { header: "单位缴纳（元）", cell: (r) => formatYuan(r.unitFen), className: "text-right" },
  { header: "个人缴纳（元）", cell: (r) => formatYuan(r.personalFen), className: "text-right" },
  { header: "缴费状态", cell: (r) => (r.status === "ARREARS" ? <strong className="text-danger-600">{label(CONTRIBUTION_STATUS, r.status)}</strong> : label(CONTRIBUTION_STATUS, r.status)) },
];

/**
 * 缴费明细 (Q2): one year at a time, as provincial halls show it; the whole history is an export
 * (Q5). 养老保险 by default (what 缴费年限 and the personal account are about, and a fifth of the
 * page of all five types); "全部险种" shows every type.
 */
export default async function ContributionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageRole(["PERSON"], "/person/rights/contributions");
  const params = await searchParams;
  const asked = Number(singleParam(params, "year"));
  const choice = choiceParam(params, "type", [...TYPES, ALL]) ?? DEFAULT_TYPE;
  const type = choice === ALL ? undefined : choice;
  const data = await orNotFound(getContributionYear(user, { year: Number.isInteger(asked) && asked > 1900 ? asked : undefined, insuranceType: type }));
  const t = data.totals;

  return (
    <div className="space-y-6">
      <h1>缴费明细</h1>
      <RightsNav current="rights/contributions" />
      <form method="get" role="search" aria-label="筛选缴费明细" className="card grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="year" className="block font-medium">年度</label>
          <select id="year" name="year" defaultValue={data.year ?? ""} className="input">
            {data.years.map((y) => <option key={y} value={y}>{y} 年</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="type" className="block font-medium">险种</label>
          <select id="type" name="type" defaultValue={choice} className="input">
            <option value={ALL}>全部险种</option>
            {TYPES.map((code) => <option key={code} value={code}>{INSURANCE_TYPES[code]}</option>)}
          </select>
        </div>
        <button type="submit" className="btn">查询</button>
      </form>

      {data.year !== null && (
        <section aria-labelledby="totals" className="card">
          <h2 id="totals">{data.year} 年合计{type ? `（${INSURANCE_TYPES[type]}）` : ""}</h2>
          {t ? (
            <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr_auto_1fr]">
              <dt className="text-slate-600">缴费月数</dt><dd>{t.months} 个月</dd>
              <dt className="text-slate-600">欠缴</dt>
              <dd className={t.arrearsMonths ? "font-semibold text-danger-600" : undefined}>{t.arrearsMonths ? `${t.arrearsMonths} 个月，${formatYuan(t.arrearsFen)} 元` : "无欠缴"}</dd>
              <dt className="text-slate-600">单位缴纳</dt><dd>{formatYuan(t.unitFen)} 元</dd>
              <dt className="text-slate-600">个人缴纳</dt><dd>{formatYuan(t.personalFen)} 元</dd>
            </dl>
          ) : (
            <p className="mt-2">{data.year} 年没有缴费记录。</p>
          )}
        </section>
      )}

      <DataTable caption={`${data.year ?? ""} 年逐月缴费明细`} columns={COLUMNS} rows={data.rows} rowKey={(r) => `${r.yearMonth}-${r.insuranceType}`} empty="所选年度没有缴费记录" />

      <section aria-labelledby="export" className="card space-y-2">
        <h2 id="export">导出全部缴费明细</h2>
        <p className="text-sm text-slate-700">历年全部明细以 CSV 文件下载（可用 Excel 打开），下载记录将留痕。</p>
        <a href={areaPath("PERSON", "rights/contributions/export")} className="btn btn-secondary" download>下载 CSV</a>
        <p className="text-sm text-slate-600">需要加盖电子印章的缴费证明，请在<Link href="/guide?for=PERSON">办事指南</Link>中办理“参保缴费证明”。</p>
      </section>
    </div>
  );
}
