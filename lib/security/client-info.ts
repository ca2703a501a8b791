/**
 * Client address and user agent of a request (S2). The address is decided by the server entry
 * (scripts/server.mjs) from the socket and the trusted proxy hops, and passed in its own header,
 * which it always overwrites; X-Forwarded-For is never read here, because a client can write it.
 * Rate limits, login logs, sessions and the trace all take the address from this one function.
 */
export interface ClientInfo {
  ip: string;
  userAgent: string;
}

/** Same name as CLIENT_IP_HEADER in scripts/server.mjs (a test checks they agree). */
export const CLIENT_IP_HEADER = "x-portal-client-ip";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string {
  if (source instanceof Headers) return source.get(name) ?? "";
  const v = source[name] ?? source[name.toLowerCase()];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
}

export function clientInfoFromHeaders(source: HeaderSource): ClientInfo {
  // "unknown" only when the app runs without scripts/server.mjs (e.g. plain `next start`).
  const ip = header(source, CLIENT_IP_HEADER).trim() || "unknown";
  return { ip: ip.slice(0, 64), userAgent: header(source, "user-agent").slice(0, 300) };
}

/** A short, readable browser summary instead of the whole user-agent string. */
export function summarizeUserAgent(userAgent: string): string {
  if (!userAgent) return "未知";
  const browser =
    /MicroMessenger/.test(userAgent) ? "微信" :
    /Edg\//.test(userAgent) ? "Edge" :
    /Firefox\//.test(userAgent) ? "Firefox" :
    /Chrome\//.test(userAgent) ? "Chrome" :
    /Safari\//.test(userAgent) ? "Safari" : userAgent.slice(0, 24);
  const os =
    /Windows/.test(userAgent) ? "Windows" :
    /Android/.test(userAgent) ? "Android" :
    /iPhone|iPad/.test(userAgent) ? "iOS" :
    /Mac OS X/.test(userAgent) ? "macOS" :
    /Linux/.test(userAgent) ? "Linux" : "";
  return os ? `${browser}（${os}）` : browser;
}
