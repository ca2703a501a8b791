/** Client IP and user agent from request headers (behind a proxy: the first X-Forwarded-For hop). */
export interface ClientInfo {
  ip: string;
  userAgent: string;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(source: HeaderSource, name: string): string {
  if (source instanceof Headers) return source.get(name) ?? "";
  const v = source[name] ?? source[name.toLowerCase()];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
}

export function clientInfoFromHeaders(source: HeaderSource): ClientInfo {
  const forwarded = header(source, "x-forwarded-for").split(",")[0]?.trim();
  const ip = forwarded || header(source, "x-real-ip") || "unknown";
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
