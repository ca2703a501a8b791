import Link from "next/link";
import { listCreditRatings, listDishonestyListings } from "@/lib/disclosure/credit";
import { DataTable, type Column } from "@/components/ui/data-table";
import { CREDIT_RATING_COLUMNS } from "@/components/disclosure/credit-columns";

export const metadata = { title: "信用信息" };

type Listing = Awaited<ReturnType<typeof listDishonestyListings>>[number];

const LISTING_COLUMNS: Column<Listing>[] = [
  { header: "统一社会信用代码", cell: (l) => <span className="font-mono">{l.creditCode}</span> },
  { header: "单位名称", cell: (l) => l.unitName },
  { header: "列入原因", cell: (l) => l.reason },
  { header: "认定依据", cell: (l) => l.source },
  { header: "列入日期", cell: (l) => l.listedOn, className: "whitespace-nowrap" },
];

/** 信用信息 (K3, LD/T 01 §5.6.3): unit credit ratings and the dishonesty blacklist in force today. */
export default async function CreditPage() {
  const [listings, ratings] = await Promise.all([listDishonestyListings(new Date()), listCreditRatings()]);
  return (
    <div className="space-y-4">
      <p><Link href="/disclosure">← 信息公开</Link></p>
      <h1>信用信息</h1>
      <h2 className="text-lg">社会保险领域失信名单</h2>
      <DataTable caption="失信名单" columns={LISTING_COLUMNS} rows={listings} rowKey={(l) => l.id} empty="目前没有列入失信名单的单位。" />
      <h2 className="text-lg">单位信用等级</h2>
      <p className="text-sm text-slate-600">A 级守信、B 级基本守信、C 级失信、D 级严重失信。</p>
      <DataTable caption="单位信用等级" columns={CREDIT_RATING_COLUMNS} rows={ratings} rowKey={(r) => r.id} empty="暂无公开的信用等级。" />
    </div>
  );
}
