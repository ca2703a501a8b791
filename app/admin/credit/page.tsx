import { requirePageRole } from "@/lib/auth/session";
import { shanghaiToday } from "@/lib/calendar";
import { listDishonestyListings } from "@/lib/disclosure/credit";
import { removeDishonestyListingAction } from "@/lib/disclosure/actions";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ActionButton } from "@/components/forms/action-button";
import { ListingForm } from "./listing-form";

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

/** K3: ADMIN keep the dishonesty blacklist that the public page and the enterprise-access review read. */
export default async function AdminCreditPage() {
  await requirePageRole(["ADMIN"], "/admin/credit");
  const now = new Date();
  const listings = await listDishonestyListings(now, { removed: true });
  return (
    <div className="space-y-4">
      <h1>失信名单维护</h1>
      <ListingForm today={shanghaiToday(now)} />
      <DataTable caption="失信名单（含已移出）" columns={COLUMNS} rows={listings} rowKey={(l) => l.id} empty="名单为空。" />
    </div>
  );
}
