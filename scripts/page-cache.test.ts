import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { cacheKey, createPageCache } from "./page-cache.mjs";

// Issue 13: public pages from the page cache, each response with a fresh CSP nonce.

const PLACEHOLDER = "cGxhY2Vob2xkZXJub25jZQ==";

type Fill = { status: number; headers: Record<string, string | string[]>; body: string };
const page = (body: string, extra: Record<string, string | string[]> = {}): Fill => ({
  status: 200,
  headers: { "content-type": "text/html; charset=utf-8", "content-security-policy": `script-src 'self' 'nonce-${PLACEHOLDER}' 'strict-dynamic'`, ...extra },
  body,
});

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  delete process.env.PORTAL_RENDER_NONCE;
});

/** A server whose every request goes through the cache; `fill` stands for Next's render. */
async function serverWith(fill: (path: string, mode: string) => Promise<Fill>, options: { now?: () => number } = {}) {
  process.env.PORTAL_RENDER_NONCE = PLACEHOLDER;
  const handled: string[] = [];
  const cache = createPageCache({
    port: 0,
    handle: (req: http.IncomingMessage, res: http.ServerResponse) => {
      handled.push(req.url ?? "");
      res.end("from next");
    },
    fill,
    now: options.now,
  });
  const server = http.createServer((req, res) => void cache.serve(req, res));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { cache, handled, get: (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers, redirect: "manual" }) };
}

const fakeReq = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ url, method, headers }) as unknown as http.IncomingMessage;

describe("issue 13: which requests the page cache answers", () => {
  it("caches the public pages, keyed by the display mode and the allowed parameters only", () => {
    expect(cacheKey(fakeReq("/"))).toBe("standard /");
    expect(cacheKey(fakeReq("/guide?for=UNIT"))).toBe("standard /guide?for=UNIT");
    expect(cacheKey(fakeReq("/guide/SB-001"))).toBe("standard /guide/SB-001");
    expect(cacheKey(fakeReq("/disclosure/credit", { cookie: "next-auth.session-token=abc; sbt-mode=elder" }))).toBe("elder /disclosure/credit");
    // an unknown mode value is not a key of its own
    expect(cacheKey(fakeReq("/verify", { cookie: "sbt-mode=<script>" }))).toBe("standard /verify");
  });

  it("sends everything else to Next: searches, /verify?code=, ?mode=, other pages, RSC requests, other methods", () => {
    for (const url of ["/guide?q=养老", "/guide?for=ADMIN", "/verify?code=ABCD-EFGH-JKLM-NPQR", "/?mode=elder", "/person", "/person/appointments", "/consult", "/login", "/api/session", "/dev/sms"]) {
      expect(cacheKey(fakeReq(url)), url).toBeNull();
    }
    expect(cacheKey(fakeReq("/guide", { rsc: "1" }))).toBeNull();
    expect(cacheKey(fakeReq("/guide", { "next-router-prefetch": "1" }))).toBeNull();
    expect(cacheKey(fakeReq("/guide", {}, "POST"))).toBeNull();
    expect(cacheKey(fakeReq("/guide", {}, "HEAD"))).toBeNull();
  });
});

describe("issue 13: the page cache serves one render with a fresh nonce each time", () => {
  it("renders once, then answers from memory; every response has its own nonce in the CSP and the body, never the placeholder", async () => {
    let renders = 0;
    const { get } = await serverWith(async () => {
      renders += 1;
      return page(`<html><script nonce="${PLACEHOLDER}">self.__next_f=[]</script><p>办事指南</p></html>`);
    });
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = await get("/guide");
      const body = await res.text();
      expect(res.status).toBe(200);
      expect(res.headers.get("x-portal-cache")).toBe(i === 0 ? "miss" : "hit");
      const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
      expect(nonce).toBeTruthy();
      expect(nonce).not.toBe(PLACEHOLDER);
      expect(body).toContain(`<script nonce="${nonce}">`);
      expect(body).not.toContain(PLACEHOLDER);
      expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(body));
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(3);
    expect(renders).toBe(1);
  });

  it("renders for nobody: the fill gets the path and mode, never the visitor's cookies", async () => {
    const calls: [string, string][] = [];
    const { get } = await serverWith(async (path, mode) => {
      calls.push([path, mode]);
      return page("<p>页面</p>");
    });
    await get("/guide/SB-001", { cookie: "next-auth.session-token=secret-session; sbt-mode=elder" });
    await get("/guide/SB-001", { cookie: "next-auth.session-token=another" });
    expect(calls).toEqual([["/guide/SB-001", "elder"], ["/guide/SB-001", "standard"]]);
  });

  it("one render for many concurrent first requests", async () => {
    let renders = 0;
    const { get } = await serverWith(async () => {
      renders += 1;
      await new Promise((r) => setTimeout(r, 50));
      return page("<p>首页</p>");
    });
    const answers = await Promise.all(Array.from({ length: 10 }, () => get("/").then((r) => r.text())));
    expect(answers.every((a) => a === "<p>首页</p>")).toBe(true);
    expect(renders).toBe(1);
  });

  it("keeps an entry 30 seconds, then answers with it once while rendering the page anew", async () => {
    let clock = 1_000_000;
    let renders = 0;
    const { get } = await serverWith(async () => page(`<p>第${++renders}版</p>`), { now: () => clock });
    expect(await (await get("/disclosure")).text()).toBe("<p>第1版</p>");
    clock += 29_000;
    const fresh = await get("/disclosure");
    expect([fresh.headers.get("x-portal-cache"), await fresh.text()]).toEqual(["hit", "<p>第1版</p>"]);
    clock += 2_000;
    const stale = await get("/disclosure");
    expect([stale.headers.get("x-portal-cache"), await stale.text()]).toEqual(["stale", "<p>第1版</p>"]);
    await new Promise((r) => setTimeout(r, 20));
    expect(await (await get("/disclosure")).text()).toBe("<p>第2版</p>");
    // long unused: rendered before answering
    clock += 3_600_000;
    const old = await get("/disclosure");
    expect([old.headers.get("x-portal-cache"), await old.text()]).toEqual(["miss", "<p>第3版</p>"]);
  });

  it("a change to the public pages drops every entry at once", async () => {
    let renders = 0;
    const { get, cache } = await serverWith(async () => page(`<p>第${++renders}版</p>`));
    expect(await (await get("/guide/SB-001")).text()).toBe("<p>第1版</p>");
    expect(await (await get("/")).text()).toBe("<p>第2版</p>");
    cache.invalidate();
    expect(cache.size).toBe(0);
    expect(await (await get("/guide/SB-001")).text()).toBe("<p>第3版</p>");
  });

  it("a render that was under way when the pages changed is not kept", async () => {
    let renders = 0;
    let release!: () => void;
    const { get, cache } = await serverWith(async () => {
      renders += 1;
      if (renders === 1) await new Promise<void>((r) => (release = r));
      return page(`<p>第${renders}版</p>`);
    });
    const first = get("/");
    await new Promise((r) => setTimeout(r, 20));
    cache.invalidate();
    release();
    expect(await (await first).text()).toBe("<p>第1版</p>");
    expect(await (await get("/")).text()).toBe("<p>第2版</p>");
  });

  it("does not keep what is not a full page for nobody: an error, a redirect, a page that sets a cookie", async () => {
    let renders = 0;
    const answers: Fill[] = [
      { status: 404, headers: { "content-type": "text/html" }, body: "<p>未找到</p>" },
      { status: 307, headers: { location: "/login" }, body: "" },
      page("<p>带 cookie</p>", { "set-cookie": "a=b" }),
    ];
    const { get } = await serverWith(async () => answers[Math.min(renders++, answers.length - 1)]!);
    expect((await get("/guide/NOPE")).status).toBe(404);
    expect((await get("/guide/NOPE", {})).status).toBe(307);
    const third = await get("/guide/NOPE");
    // the cookie meant for the render is never handed to a visitor
    expect(third.headers.get("set-cookie")).toBeNull();
    await get("/guide/NOPE");
    expect(renders).toBe(4);
  });

  it("a failed render falls back to Next for that request", async () => {
    const { get, handled } = await serverWith(async () => {
      throw new Error("render failed");
    });
    const res = await get("/inquiry");
    expect(await res.text()).toBe("from next");
    expect(handled).toEqual(["/inquiry"]);
  });
});
