/**
 * 维护知识库 (K2, LD/T 01 §5.5.4 "improve the knowledge base"): STAFF add or edit a question
 * and answer, or withdraw it. The search index notices the change on its next query.
 */
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import type { SaveArticleInput } from "./schema";

export async function saveArticle(actor: UserActor, input: SaveArticleInput, now: Date): Promise<{ id: number }> {
  assertRole(actor, ["STAFF", "ADMIN"], "维护知识库");
  const { id, ...data } = input;
  return db.$transaction(async (tx) => {
    let article;
    if (id === undefined) {
      article = await tx.knowledgeArticle.create({ data: { ...data, source: "EDITOR", createdAt: now } });
    } else {
      if (!(await tx.knowledgeArticle.findUnique({ where: { id }, select: { id: true } }))) throw notFound("知识条目");
      article = await tx.knowledgeArticle.update({ where: { id }, data });
    }
    await appendTrace(tx, actor, {
      action: id === undefined ? "knowledge.create" : "knowledge.update",
      entity: "KnowledgeArticle",
      entityId: String(article.id),
      summary: { category: data.category, published: data.published },
    });
    return { id: article.id };
  });
}

export function listArticlesForEditing({ q }: { q: string }) {
  return db.knowledgeArticle.findMany({
    where: q ? { OR: [{ question: { contains: q } }, { answer: { contains: q } }] } : {},
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, category: true, question: true, answer: true, keywords: true, published: true, source: true, updatedAt: true },
  });
}
