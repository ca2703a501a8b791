/**
 * 答复信件 (K1): STAFF answers an open letter once; a complaint or report also needs the
 * handling result (LD/T 01 §5.5.5). The asker's inbox message is written with the answer.
 */
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { areaPath, type Role } from "@/lib/auth/roles";
import { shanghaiToday } from "@/lib/calendar";
import { postMessage } from "@/lib/messaging/inbox";
import { CONSULTATION_KIND_LABELS, needsHandlingResult, type ConsultationKind } from "./labels";
import type { ReplyConsultationInput } from "./schema";

export async function replyConsultation(actor: UserActor, input: ReplyConsultationInput, now: Date): Promise<{ ticketNo: string; onTime: boolean }> {
  assertRole(actor, ["STAFF", "ADMIN"], "答复信件");
  const letter = await db.consultation.findUnique({ where: { id: input.id }, include: { user: { select: { role: true } } } });
  if (!letter) throw notFound("信件");
  if (letter.status !== "OPEN") throw new AppError("CONFLICT", "该信件已答复办结");
  const handlingResult = input.handlingResult.trim();
  if (needsHandlingResult(letter.kind) && !handlingResult) {
    throw new AppError("VALIDATION", "投诉和举报须填写处理结果", { fieldErrors: { handlingResult: "请填写处理结果" } });
  }
  const onTime = shanghaiToday(now) <= letter.dueDate;
  await db.$transaction(async (tx) => {
    // Guarded: two staff answering at once, only the first answer stands.
    const { count } = await tx.consultation.updateMany({
      where: { id: letter.id, status: "OPEN" },
      data: { status: "CLOSED", reply: input.reply, handlingResult: handlingResult || null, repliedById: actor.id, repliedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", "该信件已答复办结");
    await postMessage(tx, {
      userId: letter.userId,
      category: "SYSTEM",
      title: `您的${CONSULTATION_KIND_LABELS[letter.kind as ConsultationKind] ?? "信件"}已答复：${letter.title}`,
      body: `信件编号 ${letter.ticketNo} 已答复办结。请查看答复内容，并对本次服务作出评价。`,
      link: areaPath(letter.user.role as Role, `consult/${letter.id}`),
    });
    await appendTrace(tx, actor, {
      action: "consultation.reply",
      entity: "Consultation",
      entityId: letter.id,
      summary: { ticketNo: letter.ticketNo, before: "OPEN", after: "CLOSED", onTime },
    });
  });
  return { ticketNo: letter.ticketNo, onTime };
}
