import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { ROLES } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { listMessagePage } from "@/lib/messaging/inbox";
import { markAllMessagesReadAction, markMessageReadAction } from "@/lib/messaging/actions";
import { pageParam, type SearchParams } from "@/lib/validation/search-params";
import { AreaNav } from "@/components/layout/area-nav";
import { Pager } from "@/components/layout/pager";
import { ActionButton } from "@/components/forms/action-button";

export const metadata = { title: "我的消息" };

const CATEGORY_LABELS: Record<string, string> = {
  APPOINTMENT: "预约",
  APPLICATION: "办件",
  POLICY: "政策",
  CONTRIBUTION: "缴费",
  ACCOUNT: "账户",
  SYSTEM: "系统",
};

/** 站内消息 (K4, LD/T 01 §5.4.4): the signed-in user's own messages only. */
export default async function InboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageRole(ROLES, "/inbox");
  const params = await searchParams;
  const { rows: messages, total, unread, page, pageSize } = await listMessagePage(user.id, pageParam(params));
  return (
    <div>
      <AreaNav role={user.role} />
      <div className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1>我的消息</h1>
          {unread > 0 && (
            <ActionButton action={markAllMessagesReadAction} input={{}} successMessage="已全部标为已读">
              全部标为已读
            </ActionButton>
          )}
        </div>
        <p role="status" className="text-sm text-slate-600">
          {total === 0 ? "暂无消息。" : `共 ${total} 条，未读 ${unread} 条。`}
        </p>
        <ul className="space-y-3">
          {messages.map((m) => (
            <li key={m.id} className={`card ${m.readAt ? "" : "border-l-4 border-l-brand-600"}`}>
              <article aria-labelledby={`msg-${m.id}`}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h2 id={`msg-${m.id}`} className={`text-base ${m.readAt ? "font-normal" : "font-bold"}`}>
                    <span className="mr-2 rounded bg-brand-50 px-1.5 text-xs text-brand-800">{CATEGORY_LABELS[m.category] ?? "通知"}</span>
                    {!m.readAt && <span className="sr-only">未读：</span>}
                    {m.title}
                  </h2>
                  <time dateTime={m.createdAt.toISOString()} className="text-sm text-slate-600">{formatShanghai(m.createdAt, "datetime")}</time>
                </div>
                <p className="mt-1 text-sm">{m.body}</p>
                <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
                  {m.link && <Link href={m.link}>查看详情</Link>}
                  {!m.readAt && (
                    <ActionButton action={markMessageReadAction} input={{ id: m.id }} successMessage="已标为已读">
                      标为已读
                    </ActionButton>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
        <Pager basePath="/inbox" params={params} page={page} pageSize={pageSize} total={total} />
      </div>
    </div>
  );
}
