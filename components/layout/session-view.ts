import { headers } from "next/headers";
import { getSessionSnapshot } from "@/lib/auth/session";
import { PAGE_CACHE_RENDER_HEADER, sessionViewOf, type SessionView } from "@/lib/auth/session-view";

/**
 * The session as this render may show it: "unknown" when the page is being rendered for the page
 * cache (for nobody; the browser asks /api/session), else the signed-in user or null.
 */
export async function currentSessionView(): Promise<SessionView | null | "unknown"> {
  if ((await headers()).get(PAGE_CACHE_RENDER_HEADER) === "1") return "unknown";
  return sessionViewOf(await getSessionSnapshot());
}
