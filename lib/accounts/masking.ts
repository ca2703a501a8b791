/** Display masks for account data that the identity module does not cover. */

/** IPv4 keeps the first two octets (203.0.*.*); IPv6 keeps the first two groups. */
export function maskIp(ip: string): string {
  if (!ip || ip === "unknown") return ip || "";
  const v4 = ip.replace(/^::ffff:/, "");
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v4)) {
    const [a, b] = v4.split(".");
    return `${a}.${b}.*.*`;
  }
  if (ip === "::1") return ip; // loopback: nothing personal in it
  if (ip.includes(":")) {
    const groups = ip.split(":").filter(Boolean);
    return `${groups.slice(0, 2).join(":")}:*`;
  }
  return `${ip.slice(0, 3)}***`;
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

/**
 * S7: a typed login identifier that matched no account may be a mistyped name, someone else's
 * ID or a password typed into the wrong field, so the log keeps only its shape: the first two
 * and last two characters of six or more, the first of fewer.
 */
export function maskIdentifier(typed: string): string {
  const chars = Array.from(typed);
  const n = chars.length;
  if (n >= 6) return chars.slice(0, 2).join("") + "*".repeat(n - 4) + chars.slice(n - 2).join("");
  return n === 0 ? "" : chars[0] + "*".repeat(n - 1);
}
