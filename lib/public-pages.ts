/**
 * The public pages are served from the page cache (scripts/page-cache.mjs, issue 13). A change to
 * what they show — the catalogue, centres, notices and policies, credit grades, the interface
 * registry — calls this after it commits, so this instance serves the new content at once;
 * another instance serves its copy until it expires (30 s). A no-op where no cache runs (tests,
 * development).
 */
interface PageCache {
  invalidate(): void;
}

export function publicPagesChanged(): void {
  (globalThis as Record<symbol, PageCache | null | undefined>)[Symbol.for("sbt.pageCache")]?.invalidate();
}
