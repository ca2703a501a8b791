import type { ReactNode } from "react";
import type { SearchParams } from "@/lib/validation/search-params";
import { Pager } from "@/components/layout/pager";

export interface Column<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** classes of the column's cells, e.g. "whitespace-nowrap" */
  className?: string;
}

export interface Paging {
  /** the list page's own address */
  basePath: string;
  /** the page's search params as received: the page links keep them (the filters) */
  params: SearchParams;
  page: number;
  pageSize: number;
  total: number;
}

/**
 * A list as a table: a caption for screen readers, a column header per column, one row per
 * item, a message in place of the rows when there are none, and previous / next page links.
 * Server-rendered; paging is plain links, so it needs no JavaScript.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, empty, paging }: {
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  empty: string;
  paging?: Paging;
}) {
  return (
    <>
      {/* A table wider than the screen scrolls sideways; the keyboard can scroll it too (WCAG 2.1.1). */}
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
        <table className="table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>{columns.map((c) => <th key={c.header} scope="col">{c.header}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => <td key={c.header} className={c.className}>{c.cell(row)}</td>)}
              </tr>
            ))}
            {rows.length === 0 && <tr><td colSpan={columns.length}>{empty}</td></tr>}
          </tbody>
        </table>
      </div>
      {paging && <Pager {...paging} />}
    </>
  );
}
