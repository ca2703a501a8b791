import Link from "next/link";
import { pageHref, type SearchParams } from "@/lib/validation/search-params";

/** Previous / next page links for a list whose filters live in the query string; the links keep them. */
export function Pager({ basePath, params, page, pageSize, total }: { basePath: string; params: SearchParams; page: number; pageSize: number; total: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label="分页" className="flex items-center gap-3 text-sm">
      {page > 1 ? <Link href={pageHref(basePath, params, page - 1)} rel="prev">上一页</Link> : <span className="text-slate-600">上一页</span>}
      <span aria-current="page">第 {page} / {pages} 页</span>
      {page < pages ? <Link href={pageHref(basePath, params, page + 1)} rel="next">下一页</Link> : <span className="text-slate-600">下一页</span>}
    </nav>
  );
}
