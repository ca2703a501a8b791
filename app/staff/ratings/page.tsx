import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { listFollowUpQueue } from "@/lib/evaluation/follow-up";
import { SCORE_LABELS } from "@/lib/evaluation/labels";
import { choiceParam, pageParam, type SearchParams } from "@/lib/validation/search-params";
import { Pager } from "@/components/layout/pager";
import { FollowUpForm } from "@/components/consultation/staff-forms";

export const metadata = { title: "差评回访" };

/** K5: every rating of 1–2 waits here until STAFF record how it was followed up. */
export default async function StaffRatingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const staff = await requirePageRole(["STAFF", "ADMIN"], "/staff/ratings");
  const params = await searchParams;
  const status = choiceParam(params, "status", ["PENDING", "DONE"] as const) ?? "PENDING";
  const result = await listFollowUpQueue(staff, { status, page: pageParam(params) });
  return (
    <div className="space-y-4">
      <h1>差评回访</h1>
      <nav aria-label="回访状态" className="flex gap-3 text-sm">
        <Link href={`${areaPath("STAFF", "ratings")}?status=PENDING`} aria-current={status === "PENDING" ? "page" : undefined}>待回访</Link>
        <Link href={`${areaPath("STAFF", "ratings")}?status=DONE`} aria-current={status === "DONE" ? "page" : undefined}>已回访</Link>
      </nav>
      <p className="text-sm text-slate-700">共 {result.total} 条</p>
      {result.rows.length === 0 && <p>没有需要回访的差评。</p>}
      <ul className="space-y-3">
        {result.rows.map((r) => (
          <li key={r.id} className="card space-y-2" data-testid="follow-up">
            <p>
              <strong>{r.score} 分（{SCORE_LABELS[r.score]}）</strong>
              <span className="ml-2 text-sm text-slate-600">{formatShanghai(r.createdAt, "datetime")}</span>
            </p>
            <p className="text-sm">
              评价对象：
              {r.letter ? <Link href={areaPath("STAFF", `consult/${r.subjectId}`)} className="font-mono">信件 {r.letter.ticketNo}</Link> : `${r.kind} ${r.subjectId}`}
              {r.letter && `「${r.letter.title}」`}
            </p>
            <p>评价内容：{r.comment || "（未填写）"}</p>
            {r.followUp === "PENDING" ? <FollowUpForm id={r.id} /> : <p className="text-sm">回访情况：{r.followUpNote}</p>}
          </li>
        ))}
      </ul>
      <Pager basePath={areaPath("STAFF", "ratings")} params={params} page={result.page} pageSize={result.pageSize} total={result.total} />
    </div>
  );
}
