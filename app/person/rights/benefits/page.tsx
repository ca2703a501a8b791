import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { getBenefits } from "@/lib/inquiry/person-rights";
import { BENEFIT_STATUS, BENEFIT_TYPES, formatYearMonth, formatYuan, label } from "@/lib/inquiry/labels";
import type { BenefitPaymentRecord } from "@/lib/core";
import { pageParam, type SearchParams } from "@/lib/validation/search-params";
import { DataTable, type Column } from "@/components/ui/data-table";
import { RightsNav } from "@/components/inquiry/rights-nav";
import { orNotFound } from "@/components/or-not-found";

export const metadata = { title: "待遇发放" };

const COLUMNS: Column<BenefitPaymentRecord>[] = [
  { header: "待遇所属期", cell: (b) => formatYearMonth(b.yearMonth), className: "whitespace-nowrap" },
  { header: "待遇类别", cell: (b) => label(BENEFIT_TYPES, b.benefitType) },
  { header: "发放金额（元）", cell: (b) => formatYuan(b.amountFen), className: "text-right" },
  { header: "发放状态", cell: (b) => label(BENEFIT_STATUS, b.status) },
];

/** 待遇资格与发放 (Q2). */
export default async function BenefitsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageRole(["PERSON"], "/person/rights/benefits");
  const params = await searchParams;
  const b = await orNotFound(getBenefits(user, pageParam(params)));
  const drawing = b.latest?.status === "PAID";
  return (
    <div className="space-y-6">
      <h1>养老金与待遇发放</h1>
      <RightsNav current="rights/benefits" />
      <section aria-labelledby="qualification" className="card">
        <h2 id="qualification">待遇领取资格</h2>
        <p className="mt-2">
          {b.latest
            ? `${label(BENEFIT_TYPES, b.latest.benefitType)}：${drawing ? "正在领取" : "暂停发放"}，最近一期 ${formatYearMonth(b.latest.yearMonth)} 发放 ${formatYuan(b.latest.amountFen)} 元。`
            : b.status === "RETIRED" ? "已办理退休，暂无待遇发放记录。" : "您目前在职参保缴费，尚未领取社会保险待遇。"}
        </p>
      </section>
      <DataTable
        caption="待遇发放记录"
        columns={COLUMNS}
        rows={b.items}
        rowKey={(p) => `${p.benefitType}-${p.yearMonth}`}
        empty="暂无待遇发放记录"
        paging={{ basePath: areaPath("PERSON", "rights/benefits"), params, page: b.page, pageSize: b.pageSize, total: b.total }}
      />
    </div>
  );
}
