/**
 * 公开答复 (K1 → K2): STAFF publishes an answered letter as an anonymised question and answer.
 * Only the edited copy is stored in the knowledge base; the letter itself stays private, and
 * the article keeps no link a visitor can follow back to it.
 */
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { personalDataIn } from "./anonymise";
import type { PublishConsultationInput } from "./schema";

/** The names a published copy must not contain: the asker's, and their unit's handler name. */
export async function askerNames(userId: string): Promise<string[]> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, username: true } });
  return user ? [user.name, user.username] : [];
}

export async function publishConsultation(actor: UserActor, input: PublishConsultationInput, now: Date): Promise<{ articleId: number }> {
  assertRole(actor, ["STAFF", "ADMIN"], "公开答复");
  const letter = await db.consultation.findUnique({ where: { id: input.id }, include: { article: { select: { id: true } } } });
  if (!letter) throw notFound("信件");
  if (letter.status !== "CLOSED") throw new AppError("CONFLICT", "信件答复后才能公开");
  if (letter.article) throw new AppError("CONFLICT", "该信件已公开");
  const names = await askerNames(letter.userId);
  const fieldErrors: Record<string, string> = {};
  for (const field of ["question", "answer"] as const) {
    const found = personalDataIn(input[field], names);
    if (found.length) fieldErrors[field] = `仍含有个人信息（${found.join("、")}），请脱敏后再公开`;
  }
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", "公开内容仍含有个人信息", { fieldErrors });

  const article = await db.$transaction(async (tx) => {
    const created = await tx.knowledgeArticle.create({
      data: { category: letter.topic, question: input.question, answer: input.answer, source: "MAILBOX", consultationId: letter.id, createdAt: now },
    });
    await appendTrace(tx, actor, {
      action: "consultation.publish",
      entity: "Consultation",
      entityId: letter.id,
      summary: { ticketNo: letter.ticketNo, articleId: created.id },
    });
    return created;
  });
  return { articleId: article.id };
}
