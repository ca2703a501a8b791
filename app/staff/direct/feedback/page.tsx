import { requirePageRole } from "@/lib/auth/session";
import { formatShanghai } from "@/lib/calendar";
import { FEEDBACK_KINDS, type FeedbackKind } from "@/lib/direct-access/labels";
import { replyFeedbackAction } from "@/lib/direct-access/actions";
import { listFeedback } from "@/lib/direct-access/queries";
import { ReasonForm } from "@/components/direct-access/reason-form";

export const metadata = { title: "政企直连意见建议" };

/** E8 / DB3702 §10.3: the units' feedback, unanswered first. */
export default async function StaffFeedbackPage() {
  await requirePageRole(["STAFF", "ADMIN"], "/staff/direct/feedback");
  const rows = await listFeedback();
  return (
    <div className="space-y-4">
      <h1>意见建议</h1>
      {rows.length === 0 && <p>暂无意见建议。</p>}
      <ul className="space-y-3">
        {rows.map((r) => (
          <li key={r.id} className="card space-y-1">
            <p className="font-semibold">[{FEEDBACK_KINDS[r.kind as FeedbackKind] ?? r.kind}] {r.title}</p>
            <p className="text-xs text-slate-600">{formatShanghai(r.createdAt, "datetime")}</p>
            <p className="whitespace-pre-wrap">{r.body}</p>
            {r.reply ? <p className="rounded bg-brand-50 p-2">已答复：{r.reply}</p> : <ReasonForm id={r.id} action={replyFeedbackAction} field="reply" label="答复" button="答复" />}
          </li>
        ))}
      </ul>
    </div>
  );
}
