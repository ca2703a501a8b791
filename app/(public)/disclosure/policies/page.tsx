import Link from "next/link";
import { formatShanghai } from "@/lib/calendar";
import { listPublicNotices } from "@/lib/messaging/publish-notice";

export const metadata = { title: "政策法规" };

/** 政策法规 (K3, LD/T 01 §5.6.1): the policy notices pushed to all users, published here too. */
export default async function PoliciesPage() {
  const notices = await listPublicNotices();
  return (
    <div className="space-y-4">
      <p><Link href="/disclosure">← 信息公开</Link></p>
      <h1>政策法规</h1>
      {notices.length === 0 && <p>暂无公开的政策通知。</p>}
      <ul className="space-y-3">
        {notices.map((n) => (
          <li key={n.id} className="card">
            <article aria-labelledby={`n-${n.id}`} className="space-y-1">
              <h2 id={`n-${n.id}`} className="text-base font-bold">{n.title}</h2>
              <p className="text-sm text-slate-600">发布时间：{formatShanghai(n.publishedAt, "date")}</p>
              <p className="whitespace-pre-wrap">{n.body}</p>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
