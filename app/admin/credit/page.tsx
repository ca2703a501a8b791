import { requirePageRole } from "@/lib/auth/session";
import { shanghaiToday } from "@/lib/calendar";
import { listCreditRatings, listDishonestyListings } from "@/lib/disclosure/credit";
import { removeDishonestyListingAction } from "@/lib/disclosure/actions";
import { DataTable, type Column } from "@/components/ui/data-table";
import { CREDIT_RATING_COLUMNS } from "@/components/disclosure/credit-columns";
import { ActionButton } from "@/components/forms/action-button";
import { ListingForm } from "./listing-form";
import { RatingForm } from "./rating-form";

export const metadata = { title: "信用信息" };

type Listing = Awaited<ReturnType<typeof listDishonestyListings>>[number];

const COLUMNS: Column<Listing>[] = [
  { header: "统一社会信用代码", cell: (l) => <span className="font-mono">{l.creditCode}</span> },
  { header: "单位名称", cell: (l) => l.unitName },
  { header: "列入原因", cell: (l) => l.reason },
  { header: "列入日期", cell: (l) => l.listedOn, className: "whitespace-nowrap" },
  {
    header: "状态",
    cell: (l) =>
      l.removedOn ? (
        `已于 ${l.removedOn} 移出`
      ) : (
        <ActionButton action={removeDishonestyListingAction} input={{ id: l.id }} confirm={`确定将“${l.unitName}”移出失信名单？`} successMessage="已移出" variant="danger">
          移出名单
        </ActionButton>
      ),
  },
];

/** K3: ADMIN keep the dishonesty blacklist (read by the public page and the enterprise-access review) and the credit grades. */
export default async function AdminCreditPage() {
  await requirePageRole(["ADMIN"], "/admin/credit");
  const now = new Date();
  const [listings, ratings] = await Promise.all([listDishonestyListings(now, { removed: true }), listCreditRatings()]);
  return (
    <div className="space-y-4">
      <h1>信用信息维护</h1>
      <h2 className="text-lg">失信名单</h2>
      <ListingForm today={shanghaiToday(now)} />
      <DataTable caption="失信名单（含已移出）" columns={COLUMNS} rows={listings} rowKey={(l) => l.id} empty="名单为空。" />
      <h2 className="text-lg">单位信用等级</h2>
      <p className="text-sm text-slate-600">每个单位公开一个等级；再次评定同一单位即替换原等级（评定日期不得早于原等级）。</p>
      <RatingForm today={shanghaiToday(now)} />
      <DataTable caption="单位信用等级" columns={CREDIT_RATING_COLUMNS} rows={ratings} rowKey={(r) => r.id} empty="暂无信用等级。" />
    </div>
  );
}
