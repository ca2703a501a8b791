import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { listPublishedArticles, searchKnowledge } from "@/lib/knowledge/knowledge-base";
import { CONSULTATION_TOPICS, CONSULTATION_TOPIC_LABELS, type ConsultationTopic } from "@/lib/consultation/labels";
import { choiceParam, pageParam, textParam, type SearchParams } from "@/lib/validation/search-params";
import { Pager } from "@/components/layout/pager";
import { KnowledgeSearchBox } from "@/components/consultation/knowledge-suggestions";

export const metadata = { title: "咨询投诉" };

/**
 * 咨询投诉 (K1, K2; LD/T 01 §5.5): the intelligent-answer box first, then the way to write a
 * letter, then the common questions, including letters STAFF published in anonymised form.
 */
export default async function ConsultPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const user = await getSessionUser();
  const askHref = user && (user.role === "PERSON" || user.role === "UNIT") ? areaPath(user.role, "consult/new") : `/login?next=${encodeURIComponent("/person/consult/new")}`;
  const q = textParam(params, "q");
  const category = choiceParam(params, "category", CONSULTATION_TOPICS);
  const found = q ? await searchKnowledge(q, 10) : null;
  const list = await listPublishedArticles({ category, page: pageParam(params) });
  return (
    <div className="space-y-6">
      <h1>咨询投诉</h1>
      <p className="text-slate-700">先在知识库中查找答案；仍未解决的，可写信提出咨询、建议、投诉或举报，经办机构在答复时限内答复（LD/T 01 §5.5）。</p>
      <section aria-labelledby="smart" className="space-y-2">
        <h2 id="smart" className="text-lg">智能问答</h2>
        <KnowledgeSearchBox askHref={askHref} />
      </section>

      <section aria-labelledby="faq" className="space-y-3">
        <h2 id="faq" className="text-lg">常见问题</h2>
        <form method="get" role="search" aria-label="搜索常见问题" className="flex flex-wrap items-end gap-2">
          <div className="space-y-1">
            <label htmlFor="q" className="block text-sm font-medium">关键字</label>
            <input id="q" name="q" defaultValue={q} className="input" />
          </div>
          <div className="space-y-1">
            <label htmlFor="category" className="block text-sm font-medium">业务类别</label>
            <select id="category" name="category" defaultValue={category ?? ""} className="input">
              <option value="">全部</option>
              {CONSULTATION_TOPICS.map((t) => <option key={t} value={t}>{CONSULTATION_TOPIC_LABELS[t]}</option>)}
            </select>
          </div>
          <button type="submit" className="btn btn-secondary">搜索</button>
        </form>
        {found && (
          <div className="space-y-2">
            <p aria-live="polite" className="text-sm">“{q}”的搜索结果：{found.length} 条</p>
            <ArticleList articles={found} />
          </div>
        )}
        {!found && (
          <>
            <ArticleList articles={list.rows} />
            <Pager basePath="/consult" params={params} page={list.page} pageSize={list.pageSize} total={list.total} />
          </>
        )}
      </section>
      <p className="text-sm"><Link href="/disclosure">信息公开</Link> · 咨询电话 12333</p>
    </div>
  );
}

function ArticleList({ articles }: { articles: { id: number; category: string; question: string; answer: string; source: string; createdAt?: Date }[] }) {
  if (articles.length === 0) return <p>暂无相关问题。</p>;
  return (
    <ul className="space-y-2" data-testid="faq-list">
      {articles.map((a) => (
        <li key={a.id} className="card">
          <details>
            <summary className="cursor-pointer font-medium">
              <span className="mr-2 rounded bg-brand-50 px-1.5 text-xs text-brand-800">{CONSULTATION_TOPIC_LABELS[a.category as ConsultationTopic] ?? "其他"}</span>
              {a.question}
            </summary>
            <p className="mt-2 whitespace-pre-wrap text-sm">{a.answer}</p>
            {a.source === "MAILBOX" && <p className="mt-1 text-xs text-slate-600">网友来信公开答复{a.createdAt ? ` · ${formatShanghai(a.createdAt, "date")}` : ""}</p>}
          </details>
        </li>
      ))}
    </ul>
  );
}
