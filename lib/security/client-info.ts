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
