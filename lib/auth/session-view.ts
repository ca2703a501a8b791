/**
 * What the browser may know of its own session: enough for the header and the "进入…" entries,
 * nothing that identifies the person (no id, no mobile). Public pages come from the page cache
 * (scripts/page-cache.mjs) rendered for nobody, so they learn it from GET /api/session instead.
 */
import type { Role } from "./roles";
import type { SessionSnapshot } from "./session-check";

export interface SessionView {
  name: string;
  role: Role;
  /** unread messages in the inbox */
  unread: number;
}

export function sessionViewOf(snapshot: SessionSnapshot | null): SessionView | null {
  return snapshot ? { name: snapshot.user.name, role: snapshot.user.role, unread: snapshot.unread } : null;
}

/** Header of a request rendered for the page cache (set by proxy.ts only for the server's own fill request). */
export const PAGE_CACHE_RENDER_HEADER = "x-portal-page-cache";
