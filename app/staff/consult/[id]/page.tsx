import Link from "next/link";
import { AttachmentList } from "@/components/consultation/attachment-list";
import { requirePageRole } from "@/lib/auth/session";
import { orNotFound } from "@/components/or-not-found";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai, shanghaiToday } from "@/lib/calendar";
import { getConsultationForStaff } from "@/lib/consultation/queries";
import { maskPersonalData } from "@/lib/consultation/anonymise";
import { askerNames } from "@/lib/consultation/publish-consultation";
import { CONSULTATION_KIND_LABELS, CONSULTATION_STATUS_LABELS, CONSULTATION_TOPIC_LABELS, needsHandlingResult, type ConsultationKind, type ConsultationTopic } from "@/lib/consultation/labels";
import { PublishForm, ReplyForm } from "@/components/consultation/staff-forms";

export const metadata = { title: "信件详情" };

export default async function StaffConsultationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await requirePageRole(["STAFF", "ADMIN"], `/staff/consult/${id}`);
  const letter = await orNotFound(getConsultationForStaff(staff, id));
  const names = letter.status === "CLOSED" && !letter.article ? await askerNames(letter.userId) : [];
  const overdue = letter.status === "OPEN" && letter.dueDate < shanghaiToday(new Date());
  return (
    <div className="space-y-4">
      <p><Link href={areaPath("STAFF", "consult")}>← 返回信件办理</Link></p>
      <h1>{letter.title}</h1>
      <dl className="card grid grid-cols-[6rem_1fr] gap-y-1 text-sm">
        <dt className="text-slate-600">信件编号</dt>
        <dd className="font-mono">{letter.ticketNo}</dd>
        <dt className="text-slate-600">类型</dt>
        <dd>{CONSULTATION_KIND_LABELS[letter.kind as ConsultationKind]} · {CONSULTATION_TOPIC_LABELS[letter.topic as ConsultationTopic]}</dd>
        <dt className="text-slate-600">来信人</dt>
        <dd>{letter.user.name}（{letter.user.username}）</dd>
        <dt className="text-slate-600">来信时间</dt>
        <dd>{formatShanghai(letter.createdAt, "datetime")}</dd>
        <dt className="text-slate-600">答复时限</dt>
        <dd className={overdue ? "font-bold text-danger-600" : ""}>{letter.dueDate} 前{overdue && "（已超期）"}</dd>
        <dt className="text-slate-600">状态</dt>
        <dd>{CONSULTATION_STATUS_LABELS[letter.status]}</dd>
      </dl>
      <section aria-labelledby="asked" className="space-y-1">
        <h2 id="asked" className="text-lg">来信内容</h2>
        <p className="whitespace-pre-wrap">{letter.body}</p>
        <AttachmentList attachments={letter.attachments} />
      </section>
      {letter.status === "OPEN" ? (
        <section aria-labelledby="answer" className="card space-y-2">
          <h2 id="answer" className="text-lg">答复</h2>
          <ReplyForm id={letter.id} needsResult={needsHandlingResult(letter.kind)} />
        </section>
      ) : (
        <section aria-labelledby="answer" className="card space-y-2">
          <h2 id="answer" className="text-lg">答复</h2>
          <p className="whitespace-pre-wrap">{letter.reply}</p>
          {letter.handlingResult && <p className="whitespace-pre-wrap"><strong>处理结果：</strong>{letter.handlingResult}</p>}
        </section>
      )}
      {letter.status === "CLOSED" && (
        <section aria-labelledby="publish" className="card space-y-2">
          <h2 id="publish" className="text-lg">公开答复</h2>
          {letter.article ? (
            <p role="status">已公开到常见问题（编号 {letter.article.id}）。</p>
          ) : (
            <PublishForm id={letter.id} question={maskPersonalData(letter.body, names)} answer={maskPersonalData(letter.reply ?? "", names)} />
          )}
        </section>
      )}
    </div>
  );
}
