import Link from "next/link";
import { AttachmentList } from "@/components/consultation/attachment-list";
import { areaPath, type Role } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import type { getMyConsultation } from "@/lib/consultation/queries";
import { CONSULTATION_KIND_LABELS, CONSULTATION_STATUS_LABELS, CONSULTATION_TOPIC_LABELS, type ConsultationKind, type ConsultationTopic } from "@/lib/consultation/labels";
import { ServiceRating } from "@/components/evaluation/service-rating";

/** One of the user's own letters: what was asked, the answer, and the rating (K1, K5). */
export function ConsultationDetail({ role, letter }: { role: Role; letter: Awaited<ReturnType<typeof getMyConsultation>> }) {
  return (
    <div className="space-y-4">
      <p><Link href={areaPath(role, "consult")}>← 返回我的咨询投诉</Link></p>
      <h1>{letter.title}</h1>
      <dl className="card grid grid-cols-[6rem_1fr] gap-y-1 text-sm">
        <dt className="text-slate-600">信件编号</dt>
        <dd className="font-mono" data-testid="ticket-no">{letter.ticketNo}</dd>
        <dt className="text-slate-600">类型</dt>
        <dd>{CONSULTATION_KIND_LABELS[letter.kind as ConsultationKind]} · {CONSULTATION_TOPIC_LABELS[letter.topic as ConsultationTopic]}</dd>
        <dt className="text-slate-600">提交时间</dt>
        <dd>{formatShanghai(letter.createdAt, "datetime")}</dd>
        <dt className="text-slate-600">答复时限</dt>
        <dd>{letter.dueDate} 前</dd>
        <dt className="text-slate-600">状态</dt>
        <dd>{CONSULTATION_STATUS_LABELS[letter.status]}</dd>
      </dl>
      <section aria-labelledby="asked" className="space-y-1">
        <h2 id="asked" className="text-lg">来信内容</h2>
        <p className="whitespace-pre-wrap">{letter.body}</p>
        <AttachmentList attachments={letter.attachments} />
      </section>
      {letter.status === "CLOSED" && (
        <section aria-labelledby="reply" className="card space-y-2 border-l-4 border-l-ok-600">
          <h2 id="reply" className="text-lg">答复</h2>
          <p className="whitespace-pre-wrap" data-testid="reply">{letter.reply}</p>
          {letter.handlingResult && (
            <p className="whitespace-pre-wrap"><strong>处理结果：</strong>{letter.handlingResult}</p>
          )}
          {letter.repliedAt && <p className="text-sm text-slate-600">答复时间：{formatShanghai(letter.repliedAt, "datetime")}</p>}
        </section>
      )}
      {letter.status === "CLOSED" && <ServiceRating kind="CONSULTATION" subjectId={letter.id} />}
    </div>
  );
}
