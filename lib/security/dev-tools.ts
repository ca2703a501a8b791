/**
 * S1: the demo's dev tools (the SMS outbox at /dev/sms) fail closed. The outbox shows every
 * login and reset code, so it answers only to the token `npm start` prints (DEV_TOOLS_TOKEN)
 * or to a logged-in ADMIN, and the server does not start with dev tools on at a public URL.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { devToolsEnabled } from "@/lib/config";
import type { Role } from "@/lib/auth/roles";

/** Holds the token after the printed link was opened once, so later visits need no link. */
export const DEV_TOOLS_COOKIE = "portal-dev-tools";
export const DEV_TOOLS_COOKIE_PATH = "/dev";

/** Compared as SHA-256 digests, so neither the length nor a prefix of the token leaks through timing. */
export function isDevToolsToken(presented: string | null | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  const expected = env.DEV_TOOLS_TOKEN;
  if (!expected || !presented) return false;
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * Whether this visitor may read the SMS outbox: the token from the link or the cookie, or an
 * ADMIN session. Everyone else gets a 404, as if the page did not exist.
 */
export function mayReadDevOutbox(visitor: { tokens: (string | null | undefined)[]; role?: Role | null }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!devToolsEnabled(env)) return false;
  return visitor.role === "ADMIN" || visitor.tokens.some((token) => isDevToolsToken(token, env));
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function isLocalHost(hostname: string): boolean {
  return LOCAL_HOSTS.has(hostname) || hostname.endsWith(".localhost") || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Null when the configuration is safe; otherwise the reason the server refuses to start:
 * dev tools on while NEXTAUTH_URL is https or names a host other than this machine.
 */
export function devToolsAtPublicUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  if (!devToolsEnabled(env) || !env.NEXTAUTH_URL) return null;
  let url: URL;
  try {
    url = new URL(env.NEXTAUTH_URL);
  } catch {
    return `NEXTAUTH_URL 不是有效的网址（“${env.NEXTAUTH_URL}”）`;
  }
  if (url.protocol === "http:" && isLocalHost(url.hostname)) return null;
  return (
    `开发工具（/dev/sms 短信发件箱）已开启，但 NEXTAUTH_URL=${env.NEXTAUTH_URL} 是对外地址，拒绝启动。` +
    `生产环境请设置 ENABLE_DEV_TOOLS=0（用 npm start 时设置 SEED_DEMO=0，同时不写入演示数据）；` +
    `仅在本机演示时，请把 NEXTAUTH_URL 改为 http://localhost:端口。`
  );
}
