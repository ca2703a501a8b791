/**
 * 差评回访 (K5, §7): STAFF answer every 1–2 rating; the queue is the pending ones, oldest
 * first, and the rater gets the answer in their inbox.
 */
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { postMessage } from "@/lib/messaging/inbox";
import type { AnswerBadRatingInput } from "./schema";

const PAGE_SIZE = 20;

export async function listFollowUpQueue(actor: UserActor, { status, page }: { status: "PENDING" | "DONE"; page: number }) {
  assertRole(actor, ["STAFF", "ADMIN"], "查看差评回访");
  const where = { followUp: status };
  const total = await db.serviceRating.count({ where });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db.serviceRating.findMany({
    where,
    orderBy: { createdAt: status === "PENDING" ? "asc" : "desc" },
    skip: (current - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  // Consultation ratings show the letter's number so STAFF can open it.
  const letters = await db.consultation.findMany({
    where: { id: { in: rows.filter((r) => r.kind === "CONSULTATION").map((r) => r.subjectId) } },
    select: { id: true, ticketNo: true, title: true },
  });
  const letterOf = new Map(letters.map((l) => [l.id, l]));
  return { rows: rows.map((r) => ({ ...r, letter: letterOf.get(r.subjectId) ?? null })), total, page: current, pageSize: PAGE_SIZE };
}

export async function answerBadRating(actor: UserActor, input: AnswerBadRatingInput, now: Date): Promise<void> {
  assertRole(actor, ["STAFF", "ADMIN"], "回访差评");
  const rating = await db.serviceRating.findUnique({ where: { id: input.id } });
  if (!rating) throw notFound("评价");
  await db.$transaction(async (tx) => {
    const { count } = await tx.serviceRating.updateMany({
      where: { id: rating.id, followUp: "PENDING" },
      data: { followUp: "DONE", followUpNote: input.note, followedUpById: actor.id, followedUpAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", "该评价无需回访或已回访");
    await postMessage(tx, {
      userId: rating.userId,
      category: "SYSTEM",
      title: "您的服务评价已有回访答复",
      body: `感谢您的评价。针对您反映的问题：${input.note}`,
    });
    await appendTrace(tx, actor, {
      action: "evaluation.follow-up",
      entity: "ServiceRating",
      entityId: rating.id,
      summary: { before: "PENDING", after: "DONE", score: rating.score },
    });
  });
}
