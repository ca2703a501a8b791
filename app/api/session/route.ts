import { getSessionSnapshot } from "@/lib/auth/session";
import { sessionViewOf } from "@/lib/auth/session-view";

/**
 * GET /api/session — who is signed in, for pages served from the page cache (issue 13): those
 * are rendered for nobody, and the header and entries fill in the signed-in state from here.
 * Never cached; anonymous callers get `{ user: null }`.
 */
export async function GET() {
  // The session check's one query already counts the unread messages.
  return Response.json({ user: sessionViewOf(await getSessionSnapshot()) }, { headers: { "Cache-Control": "private, no-store" } });
}
