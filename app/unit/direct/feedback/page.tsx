import { requirePageRole } from "@/lib/auth/session";
import { formatShanghai } from "@/lib/calendar";
import { FEEDBACK_KINDS, type FeedbackKind } from "@/lib/direct-access/labels";
import { unitFeedback } from "@/lib/direct-access/queries";
import { FeedbackForm } from "@/components/direct-access/small-forms";
import { pageUnitContext, UNBOUND_MESSAGE } from "../unit-context";

export const metadata = { title: "政企直连意见建议" };

/** E8 / DB3702 §10.3: service needs, problems and suggestions from the unit, with the platform's replies. */
export default async function UnitFeedbackPage() {
  const user = await requirePageRole(["UNIT"], "/unit/direct/feedback");
  const unit = pageUnitContext(user);
  if (!unit) return <p>{UNBOUND_MESSAGE}</p>;
  const rows = await unitFeedback(unit);
  return (
    <div className="space-y-4">
      <h1>意见建议</h1>
      <p className="text-sm text-slate-700">欢迎提出服务事项需求、使用中遇到的问题和改进建议。</p>
      <FeedbackForm />
      <ul className="space-y-3">
        {rows.map((r) => (
          <li key={r.id} className="card">
            <p className="font-semibold">[{FEEDBACK_KINDS[r.kind as FeedbackKind] ?? r.kind}] {r.title}</p>
            <p className="text-xs text-slate-600">{formatShanghai(r.createdAt, "datetime")}</p>
            <p className="whitespace-pre-wrap">{r.body}</p>
            {r.reply ? <p className="mt-2 rounded bg-brand-50 p-2">平台答复：{r.reply}</p> : <p className="text-sm text-slate-600">待答复</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
