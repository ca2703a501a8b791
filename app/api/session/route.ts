import { getSessionUser } from "@/lib/auth/session";
import { countUnread } from "@/lib/messaging/inbox";
import type { SessionView } from "@/lib/auth/session-view";

/**
 * GET /api/session — who is signed in, for pages served from the page cache (issue 13): those
 * are rendered for nobody, and the header and entries fill in the signed-in state from here.
 * Never cached; anonymous callers get `{ user: null }`.
 */
export async function GET() {
  const user = await getSessionUser();
  const view: SessionView | null = user ? { name: user.name, role: user.role, unread: await countUnread(user.id) } : null;
  return Response.json({ user: view }, { headers: { "Cache-Control": "private, no-store" } });
}
