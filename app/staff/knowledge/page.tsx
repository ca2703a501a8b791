import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai } from "@/lib/calendar";
import { listArticlesForEditing } from "@/lib/knowledge/save-article";
import { CONSULTATION_TOPIC_LABELS, type ConsultationTopic } from "@/lib/consultation/labels";
import { singleParam, textParam, type SearchParams } from "@/lib/validation/search-params";
import { DataTable, type Column } from "@/components/ui/data-table";
import { ArticleForm, type ArticleDraft } from "./article-form";

export const metadata = { title: "知识库维护" };

type Row = Awaited<ReturnType<typeof listArticlesForEditing>>[number];

const EMPTY: ArticleDraft = { category: "", question: "", answer: "", keywords: "", published: true };

/** K2 (LD/T 01 §5.5.4): STAFF keep the questions and answers the intelligent-answer box uses. */
export default async function KnowledgePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageRole(["STAFF", "ADMIN"], "/staff/knowledge");
  const params = await searchParams;
  const q = textParam(params, "q");
  const rows = await listArticlesForEditing({ q });
  const editId = Number(singleParam(params, "edit"));
  const editing = rows.find((r) => r.id === editId);
  const base = areaPath("STAFF", "knowledge");
  const columns: Column<Row>[] = [
    { header: "类别", cell: (r) => CONSULTATION_TOPIC_LABELS[r.category as ConsultationTopic] ?? r.category },
    { header: "问题", cell: (r) => r.question },
    { header: "来源", cell: (r) => (r.source === "MAILBOX" ? "来信公开" : "编辑") },
    { header: "状态", cell: (r) => (r.published ? "公开" : "未公开") },
    { header: "更新时间", cell: (r) => formatShanghai(r.updatedAt, "date"), className: "whitespace-nowrap" },
    { header: "操作", cell: (r) => <Link href={`${base}?edit=${r.id}${q ? `&q=${encodeURIComponent(q)}` : ""}`}>修改</Link> },
  ];
  return (
    <div className="space-y-4">
      <h1>知识库维护</h1>
      <h2 className="text-lg">{editing ? `修改条目 ${editing.id}` : "新增条目"}</h2>
      {editing && <p><Link href={base}>改为新增条目</Link></p>}
      <ArticleForm draft={editing ? { ...editing } : EMPTY} />
      <form method="get" role="search" aria-label="查找条目" className="flex flex-wrap items-end gap-2">
        <div className="space-y-1">
          <label htmlFor="q" className="block text-sm font-medium">关键字</label>
          <input id="q" name="q" defaultValue={q} className="input" />
        </div>
        <button type="submit" className="btn btn-secondary">查找</button>
      </form>
      <DataTable caption="知识条目" columns={columns} rows={rows} rowKey={(r) => r.id} empty="没有符合条件的条目。" />
    </div>
  );
}
