import { requirePageRole } from "@/lib/auth/session";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { listNotices } from "@/lib/messaging/publish-notice";
import { DataTable, type Column } from "@/components/ui/data-table";
import { NoticeForm } from "./notice-form";

export const metadata = { title: "政策推送" };

type Row = Awaited<ReturnType<typeof listNotices>>[number];

const COLUMNS: Column<Row>[] = [
  { header: "推送时间", cell: (n) => formatShanghai(n.publishedAt, "datetime"), className: "whitespace-nowrap" },
  { header: "标题", cell: (n) => n.title },
  { header: "推送对象", cell: (n) => (n.audience === "ALL" ? "全部用户" : ROLE_LABELS[n.audience as Role]) },
  { header: "送达人数", cell: (n) => n.recipients },
];

/** K4 (LD/T 01 §5.4.4 a): ADMIN push policy notices into users' inboxes. */
export default async function NoticesPage() {
  await requirePageRole(["ADMIN"], "/admin/notices");
  const notices = await listNotices();
  return (
    <div className="space-y-4">
      <h1>政策推送</h1>
      <NoticeForm />
      <h2 className="text-lg">已推送的通知</h2>
      <DataTable caption="已推送的通知" columns={COLUMNS} rows={notices} rowKey={(n) => n.id} empty="尚未推送通知。" />
    </div>
  );
}
