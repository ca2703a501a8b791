/**
 * The `next` parameter of /login: followed only when it is a path on this site, so a crafted
 * link cannot send a user who just logged in to another site (open redirect).
 */
const BASE = "http://portal.invalid";

export function safeNextPath(next: unknown): string | null {
  if (typeof next !== "string" || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return null;
  // Control characters and backslashes are how browsers get tricked into reading "//host".
  if (/[\u0000-\u001f\\]/.test(next)) return null;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  if (url.pathname === "/login" || url.pathname.startsWith("/api/")) return null;
  return url.pathname + url.search + url.hash;
}
