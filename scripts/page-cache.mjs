// The page cache (issue 13): public pages — home, 办事指南, 信息公开, the developer pages,
// /verify's form — are rendered once for nobody and served from memory, with a fresh CSP nonce in
// every response.
//
// Why not Next's static prerender: the CSP allows no inline script it did not nonce or hash, and
// Next's inline scripts (the RSC payload) carry the page's content, so a prerendered page would
// need per-page hashes that change whenever an administrator edits the catalogue. Instead the
// server renders the page through Next with a secret placeholder nonce (known only to this
// process, never sent), keeps the HTML, and replaces the placeholder with a fresh random nonce in
// the body and in the CSP header of each response. The policy stays nonce-based and the nonce
// unpredictable, exactly as for a page rendered per request.
//
// The render is made for nobody: the fill request carries no cookie but the display mode
// (长辈版, which is part of the key), so no personal data can reach the cache. The page learns who
// is signed in from GET /api/session (components/session). Entries live CACHE_TTL_MS, after which
// the old copy answers while one render replaces it in the background; changes
// made on this instance (catalogue, centres, notices, credit grades…) clear the cache at once
// through lib/public-pages.ts, and another instance serves its copy until it expires.
import { randomBytes } from "node:crypto";
import http from "node:http";

/** Header the fill request carries; proxy.ts renders with it as the nonce only if it matches. */
export const RENDER_NONCE_HEADER = "x-portal-render-nonce";
export const RENDER_NONCE_ENV = "PORTAL_RENDER_NONCE";
/** Response header saying where the page came from: hit, stale (being refreshed), miss or bypass. */
export const CACHE_STATUS_HEADER = "x-portal-cache";
export const CACHE_TTL_MS = 30_000;
const MAX_ENTRIES = 400;
/** An expired entry is still served (while it is re-rendered) up to this many TTLs old. */
const STALE_FACTOR = 10;
const MODE_COOKIE = "sbt-mode";

const guideFilter = { for: /^(PERSON|UNIT)$/ };

/**
 * The cacheable pages, and for each the query parameters (with their allowed values) that may
 * vary it. Any other parameter — a search, /verify?code=, ?mode= — goes to Next per request.
 */
export const PUBLIC_PAGES = [
  { path: /^\/$/, query: {} },
  { path: /^\/guide$/, query: guideFilter },
  { path: /^\/guide\/[A-Za-z0-9%._-]{1,80}$/, query: {} },
  { path: /^\/applications$/, query: {} },
  { path: /^\/appointments$/, query: {} },
  { path: /^\/inquiry$/, query: {} },
  { path: /^\/inquiry\/pension-calculator$/, query: {} },
  { path: /^\/disclosure(\/(centres|credit|forms|policies))?$/, query: {} },
  { path: /^\/developer(\/(protocol|reference|channels))?$/, query: {} },
  { path: /^\/verify$/, query: {} },
];

/**
 * The cache key of a request, or null when it must go to Next: only GET, only the pages above
 * with their allowed parameters, never a React Server Components request.
 */
export function cacheKey(req) {
  if (req.method !== "GET") return null;
  if (req.headers.rsc !== undefined || req.headers["next-router-prefetch"] !== undefined || req.headers["next-action"] !== undefined) return null;
  const url = new URL(req.url ?? "/", "http://portal.invalid");
  const page = PUBLIC_PAGES.find((p) => p.path.test(url.pathname));
  if (!page) return null;
  const params = [...url.searchParams];
  for (const [name, value] of params) if (!page.query[name]?.test(value)) return null;
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const search = params.length ? `?${new URLSearchParams(params)}` : "";
  return `${modeOf(req.headers.cookie)} ${url.pathname}${search}`;
}

/** The display mode cookie's value if it is a known one; every other cookie is left behind. */
function modeOf(cookieHeader) {
  const match = /(?:^|;\s*)sbt-mode=(standard|elder)(?:;|$)/.exec(cookieHeader ?? "");
  return match?.[1] ?? "standard";
}

/** Headers that describe one response and are not replayed from the cache. */
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "etag", "set-cookie"]);

/**
 * A cache in front of `handle(req, res)` (Next's request handler). `fill(key, path, mode)` renders
 * one page for nobody; by default it requests it from this very server on `port`.
 */
export function createPageCache({ port, handle, ttlMs = CACHE_TTL_MS, now = Date.now, fill } = {}) {
  const placeholder = process.env[RENDER_NONCE_ENV] || randomBytes(16).toString("base64");
  process.env[RENDER_NONCE_ENV] = placeholder;
  /** key → { parts, status, headers, storedAt } ; parts: the body split at the placeholder */
  const entries = new Map();
  const filling = new Map();
  let generation = 0;

  const fillOnce = fill ?? ((path, mode) => selfRequest(port, path, mode, placeholder));

  /** Renders the page once however many ask at the same time, and keeps it if it may be kept. */
  function refill(key, path, mode) {
    let pending = filling.get(key);
    if (pending) return pending;
    const startedIn = generation;
    pending = fillOnce(path, mode)
      .then((response) => {
        const entry = { status: response.status, headers: response.headers, parts: response.body.split(placeholder), storedAt: now() };
        // Only a full page for nobody is kept: 200, HTML, no cookie set, and no invalidation
        // happened while it was being rendered.
        const cacheable = response.status === 200 && /^text\/html/.test(String(response.headers["content-type"] ?? "")) && !response.headers["set-cookie"];
        if (cacheable && startedIn === generation) {
          entries.delete(key);
          entries.set(key, entry);
          while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
        }
        return entry;
      })
      .finally(() => filling.delete(key));
    filling.set(key, pending);
    return pending;
  }

  async function lookup(key, path, mode) {
    const kept = entries.get(key);
    const age = kept ? now() - kept.storedAt : Infinity;
    if (age < ttlMs) return { entry: kept, status: "hit" };
    // Expired but recent: this answer uses it while one render replaces it in the background, so
    // no visitor waits for the render every 30 seconds. A change clears entries, never this way.
    if (age < ttlMs * STALE_FACTOR) {
      refill(key, path, mode).catch((error) => console.error("page cache: refreshing failed", error));
      return { entry: kept, status: "stale" };
    }
    return { entry: await refill(key, path, mode), status: "miss" };
  }

  function send(res, entry, status) {
    const nonce = randomBytes(16).toString("base64");
    const body = Buffer.from(entry.parts.join(nonce));
    const headers = {};
    for (const [name, value] of Object.entries(entry.headers)) {
      if (PER_RESPONSE.has(name)) continue;
      headers[name] = Array.isArray(value) ? value.map((v) => v.replaceAll(placeholder, nonce)) : String(value).replaceAll(placeholder, nonce);
    }
    headers["content-length"] = body.length;
    headers[CACHE_STATUS_HEADER] = status;
    res.writeHead(entry.status, headers);
    res.end(body);
  }

  return {
    placeholder,
    /** Serves `req` from the cache when it can; otherwise hands it to Next. */
    async serve(req, res) {
      const key = cacheKey(req);
      if (!key) return handle(req, res);
      const url = new URL(req.url, "http://portal.invalid");
      try {
        const { entry, status } = await lookup(key, url.pathname + url.search, key.slice(0, key.indexOf(" ")));
        send(res, entry, status);
      } catch (error) {
        console.error("page cache: rendering failed, serving per request", error);
        res.setHeader(CACHE_STATUS_HEADER, "bypass");
        handle(req, res);
      }
    },
    /** Everything goes: called after a change to what the public pages show. */
    invalidate() {
      generation += 1;
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

/** Renders `path` through this server for nobody, with the placeholder as its nonce. */
function selfRequest(port, path, mode, placeholder) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "GET",
        headers: { [RENDER_NONCE_HEADER]: placeholder, cookie: `${MODE_COOKIE}=${mode}`, "accept-encoding": "identity", accept: "text/html" },
      },
      (res) => {
        const chunks = [];
        res.on("data", (chunk) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`rendering ${path} for the page cache took over 30 s`)));
    req.on("error", reject);
    req.end();
  });
}

/** Only the server's own fill request may carry the render nonce; a client's copy is dropped. */
export function isOwnFillRequest(req, placeholder) {
  const sent = req.headers[RENDER_NONCE_HEADER];
  const local = req.socket.remoteAddress === "127.0.0.1" || req.socket.remoteAddress === "::ffff:127.0.0.1" || req.socket.remoteAddress === "::1";
  return local && sent === placeholder;
}
