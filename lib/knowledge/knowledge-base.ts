/**
 * The published knowledge base (K2) and its search index. The index is built in process from
 * the articles (a few hundred at most) and rebuilt when they change: each search first reads
 * the count and the latest update, which every instance sees, so an edit on one instance is
 * searched on all of them.
 */
import { db } from "@/lib/db";
import { KnowledgeIndex } from "./search";

let cached: { version: string; index: KnowledgeIndex } | null = null;

async function publishedIndex(): Promise<KnowledgeIndex> {
  const stats = await db.knowledgeArticle.aggregate({ where: { published: true }, _count: { _all: true }, _max: { updatedAt: true } });
  const version = `${stats._count._all}|${stats._max.updatedAt?.toISOString() ?? ""}`;
  if (cached?.version === version) return cached.index;
  const articles = await db.knowledgeArticle.findMany({ where: { published: true }, select: { id: true, question: true, answer: true, keywords: true } });
  cached = { version, index: new KnowledgeIndex(articles) };
  return cached.index;
}

export interface KnowledgeAnswer {
  id: number;
  category: string;
  question: string;
  answer: string;
  source: string;
}

/** The published articles that best answer the query, best first. */
export async function searchKnowledge(query: string, limit = 5): Promise<KnowledgeAnswer[]> {
  if (query.trim().length < 2) return [];
  const hits = (await publishedIndex()).search(query.slice(0, 200), limit);
  if (hits.length === 0) return [];
  const rows = await db.knowledgeArticle.findMany({
    where: { id: { in: hits.map((h) => h.id) }, published: true },
    select: { id: true, category: true, question: true, answer: true, source: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hits.flatMap((h) => byId.get(h.id) ?? []);
}

const PAGE_SIZE = 20;

/** The public list: published answers from the mailbox first (newest first), or one category. */
export async function listPublishedArticles({ category, source, page }: { category?: string; source?: "MAILBOX" | "EDITOR"; page: number }) {
  const where = { published: true, ...(category ? { category } : {}), ...(source ? { source } : {}) };
  const total = await db.knowledgeArticle.count({ where });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db.knowledgeArticle.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { id: true, category: true, question: true, answer: true, source: true, createdAt: true },
  });
  return { rows, total, page: current, pageSize: PAGE_SIZE };
}
