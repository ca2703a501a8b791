import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { getUnitBills } from "@/lib/inquiry/unit-rights";
import { BILL_STATUS, UNIT_STATUS, formatYearMonth, formatYuan, insuranceTypeLabel, label } from "@/lib/inquiry/labels";
import type { UnitBillMonth, UnitBillRecord } from "@/lib/core";
import { singleParam, type SearchParams } from "@/lib/validation/search-params";
import { DataTable, type Column } from "@/components/ui/data-table";
import { orNotFound } from "@/components/or-not-found";

export const metadata = { title: "单位缴费" };

const DETAIL_COLUMNS: Column<UnitBillRecord>[] = [
  { header: "险种", cell: (b) => insuranceTypeLabel(b.insuranceType) },
  { header: "缴费人数", cell: (b) => b.headcount },
  { header: "缴费基数合计（元）", cell: (b) => formatYuan(b.baseFen), className: "text-right" },
  { header: "单位缴纳（元）", cell: (b) => formatYuan(b.unitFen), className: "text-right" },
  { header: "个人缴纳（元）", cell: (b) => formatYuan(b.personalFen), className: "text-right" },
  { header: "状态", cell: (b) => label(BILL_STATUS, b.status) },
];

const int = (v: string | undefined) => (v && /^\d{4,6}$/.test(v) ? Number(v) : undefined);

/** 单位参保登记 and 月度缴费核定 (Q3): one year's months, and one month by insurance type. */
export default async function UnitBillsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageRole(["UNIT"], "/unit/bills");
  const params = await searchParams;
  const data = await orNotFound(getUnitBills(user, { year: int(singleParam(params, "year")), yearMonth: int(singleParam(params, "month")) }));
  const u = data.unit;
  const monthHref = (ym: number) => `${areaPath("UNIT", "bills")}?year=${data.year}&month=${ym}`;
  const monthColumns: Column<UnitBillMonth>[] = [
    { header: "费款所属期", cell: (m) => (m.yearMonth === data.yearMonth ? <strong>{formatYearMonth(m.yearMonth)}</strong> : <Link href={monthHref(m.yearMonth)}>{formatYearMonth(m.yearMonth)}</Link>) },
    { header: "养老保险缴费人数", cell: (m) => m.headcount },
    { header: "单位缴纳（元）", cell: (m) => formatYuan(m.unitFen), className: "text-right" },
    { header: "个人缴纳（元）", cell: (m) => formatYuan(m.personalFen), className: "text-right" },
    { header: "应缴合计（元）", cell: (m) => formatYuan(m.unitFen + m.personalFen), className: "text-right" },
    { header: "状态", cell: (m) => (m.unpaidTypes ? <span className="font-semibold text-danger-600">{m.unpaidTypes} 个险种未缴</span> : "已缴") },
  ];

  return (
    <div className="space-y-6">
      <h1>单位参保与缴费</h1>
      <section aria-labelledby="registration" className="card">
        <h2 id="registration">单位参保登记</h2>
        <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr_auto_1fr]">
          <dt className="text-slate-600">单位名称</dt><dd>{u.name}</dd>
          <dt className="text-slate-600">单位编号</dt><dd>{u.unitNo}</dd>
          <dt className="text-slate-600">统一社会信用代码</dt><dd>{u.creditCode}</dd>
          <dt className="text-slate-600">参保状态</dt><dd>{label(UNIT_STATUS, u.status)}</dd>
          <dt className="text-slate-600">行业</dt><dd>{u.industry}</dd>
          <dt className="text-slate-600">登记日期</dt><dd>{u.registeredOn}</dd>
        </dl>
      </section>

      <form method="get" role="search" aria-label="选择年度" className="card flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="year" className="block font-medium">年度</label>
          <select id="year" name="year" defaultValue={data.year ?? ""} className="input">
            {data.years.map((y) => <option key={y} value={y}>{y} 年</option>)}
          </select>
        </div>
        <button type="submit" className="btn">查询</button>
      </form>

      <section aria-labelledby="months" className="space-y-2">
        <h2 id="months">{data.year ?? ""} 年月度缴费核定</h2>
        <DataTable caption="月度缴费核定" columns={monthColumns} rows={data.months} rowKey={(m) => m.yearMonth} empty="该年度没有缴费核定记录" />
      </section>

      {data.yearMonth !== null && (
        <section aria-labelledby="detail" className="space-y-2">
          <h2 id="detail">{formatYearMonth(data.yearMonth)} 分险种明细</h2>
          <DataTable caption="分险种缴费核定" columns={DETAIL_COLUMNS} rows={data.detail} rowKey={(b) => b.insuranceType} empty="无明细" />
        </section>
      )}
    </div>
  );
}
