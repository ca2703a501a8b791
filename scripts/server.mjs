// The portal's HTTP server (S2): Next.js behind a plain node:http server that decides the
// client address once, from the socket and TRUSTED_PROXY_HOPS, and hands it to the app in a
// header of its own. `next start` would pass a client-sent X-Forwarded-For through unchecked.
// Run by scripts/start.mjs (`npm start`, `npm run dev` with --dev); the build must exist.
import http from "node:http";
import { isIP } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPageCache, isOwnFillRequest, RENDER_NONCE_HEADER } from "./page-cache.mjs";

/** Read by lib/security/client-info.ts; a copy sent by the client is always replaced. */
export const CLIENT_IP_HEADER = "x-portal-client-ip";

/** TRUSTED_PROXY_HOPS: how many proxies of our own stand in front of the server (default 0). */
export function parseTrustedProxyHops(value) {
  if (value === undefined || value === "") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0) throw new Error(`TRUSTED_PROXY_HOPS 应为 0 或正整数（可信代理的层数），当前为 “${value}”`);
  return hops;
}

const plain = (address) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");

/**
 * The client's address. Each trusted proxy appends the address it received the request from to
 * X-Forwarded-For, so the client is `hops` entries from the right; anything further left was
 * written by the client and is ignored. With fewer entries than hops, or an entry that is not
 * an address, the last trustworthy address wins.
 */
export function clientAddress(socketAddress, forwardedFor, hops) {
  let address = plain(socketAddress ?? "") || "unknown";
  const hopsList = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(plain).filter(Boolean);
  for (let i = 0; i < hops && i < hopsList.length; i++) {
    const entry = hopsList[hopsList.length - 1 - i];
    if (!isIP(entry)) break;
    address = entry;
  }
  return address;
}

/** Replaces whatever the client sent in CLIENT_IP_HEADER by the address we trust. */
export function setClientAddress(req, hops) {
  delete req.headers[CLIENT_IP_HEADER];
  req.headers[CLIENT_IP_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], hops);
}

async function main() {
  const dev = process.argv.includes("--dev");
  const port = Number(process.env.PORT ?? 3000);
  // `next start` does the same: a build served with another NODE_ENV misbehaves.
  process.env.NODE_ENV = dev ? "development" : "production";
  let hops;
  try {
    hops = parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
  } catch (error) {
    console.error(`配置错误：${error.message}`);
    process.exit(1);
  }
  const { default: next } = await import("next");
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const app = next({ dev, dir: root, hostname: "localhost", port });
  const handle = app.getRequestHandler();
  // Issue 13: public pages from memory, each response with a fresh nonce (scripts/page-cache.mjs).
  // Not in development, where pages must show edits at once. PAGE_CACHE=0 turns it off.
  const cache = !dev && process.env.PAGE_CACHE !== "0" ? createPageCache({ port, handle }) : null;
  // lib/public-pages.ts clears it after a change to what the public pages show.
  globalThis[Symbol.for("sbt.pageCache")] = cache;
  await app.prepare(); // runs instrumentation.ts, which ends the process on a bad configuration
  const server = http.createServer((req, res) => {
    const ownFill = cache !== null && isOwnFillRequest(req, cache.placeholder);
    if (!ownFill) delete req.headers[RENDER_NONCE_HEADER];
    setClientAddress(req, hops);
    if (cache && !ownFill) return cache.serve(req, res);
    handle(req, res);
  });
  server.listen(port, () => console.log(`> Ready on port ${port} (${dev ? "development" : "production"}, trusted proxy hops: ${hops})`));
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      setTimeout(() => process.exit(0), 5000).unref(); // keep-alive connections do not hold it up
    });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
