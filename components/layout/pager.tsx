import Link from "next/link";

/** Previous / next page links for a list whose filters live in the query string. */
export function Pager({ basePath, query, page, pageSize, total }: { basePath: string; query: Record<string, string>; page: number; pageSize: number; total: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (p: number) => {
    const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v));
    params.set("page", String(p));
    return `${basePath}?${params.toString()}`;
  };
  return (
    <nav aria-label="分页" className="flex items-center gap-3 text-sm">
      {page > 1 ? <Link href={href(page - 1)} rel="prev">上一页</Link> : <span className="text-slate-400">上一页</span>}
      <span aria-current="page">第 {page} / {pages} 页</span>
      {page < pages ? <Link href={href(page + 1)} rel="next">下一页</Link> : <span className="text-slate-400">下一页</span>}
    </nav>
  );
}
