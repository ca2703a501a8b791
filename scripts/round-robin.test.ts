/**
 * Issue 13: scripts/round-robin.mjs in front of two plain node:http servers that decide the
 * client address as scripts/server.mjs does (setClientAddress with TRUSTED_PROXY_HOPS=1).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendForwardedFor, startRoundRobin, type RoundRobin } from "./round-robin.mjs";
import { CLIENT_IP_HEADER, setClientAddress } from "./server.mjs";

const upstreams: http.Server[] = [];
let proxy: RoundRobin;

beforeAll(async () => {
  for (const name of ["a", "b"]) {
    const server = http.createServer((req, res) => {
      setClientAddress(req, 1);
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks);
        res.setHeader("set-cookie", ["one=1; Path=/", "two=2; Path=/"]);
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ name, client: req.headers[CLIENT_IP_HEADER], host: req.headers.host, secret: req.headers["x-secret"] ?? null, bytes: body.length, last: body.at(-1) }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    upstreams.push(server);
  }
  proxy = await startRoundRobin({ targets: upstreams.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`) });
});

afterAll(async () => {
  await proxy.close();
  for (const s of upstreams) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

describe("issue 13: the round-robin in front of two instances", () => {
  it("S2: behind it with TRUSTED_PROXY_HOPS=1 an instance sees the client's address, never one the client wrote", async () => {
    expect(appendForwardedFor(undefined, "::ffff:10.0.0.5")).toBe("10.0.0.5");
    expect(appendForwardedFor("6.6.6.6", "10.0.0.5")).toBe("6.6.6.6, 10.0.0.5");
    const res = await fetch(proxy.url, { headers: { "x-forwarded-for": "6.6.6.6", [CLIENT_IP_HEADER]: "7.7.7.7" } });
    expect(await res.json()).toMatchObject({ client: "127.0.0.1" });
  });

  it("sends requests to the instances in turn, keeps Host, streams a 1 MiB body and keeps every Set-Cookie", async () => {
    const body = Buffer.alloc(1024 * 1024, 7);
    body[body.length - 1] = 42;
    // node:http rather than fetch, which refuses to send a Connection header: a header the
    // Connection header names is hop-by-hop and must not reach the instance.
    const post = () =>
      new Promise<{ cookies: string[] | undefined; answer: Record<string, unknown> }>((resolve, reject) => {
        const req = http.request(`${proxy.url}/x`, { method: "POST", headers: { connection: "keep-alive, x-secret", "x-secret": "hop" } }, (res) => {
          let text = "";
          res.setEncoding("utf8").on("data", (c: string) => (text += c));
          res.on("end", () => resolve({ cookies: res.headers["set-cookie"], answer: JSON.parse(text) }));
        });
        req.on("error", reject);
        req.end(body);
      });
    const answers = [];
    for (let i = 0; i < 4; i++) {
      const { cookies, answer } = await post();
      expect(cookies).toEqual(["one=1; Path=/", "two=2; Path=/"]);
      answers.push(answer);
    }
    const names = answers.map((a) => a.name);
    expect(names[0]).not.toBe(names[1]);
    expect(names).toEqual([names[0], names[1], names[0], names[1]]);
    for (const a of answers) expect(a).toMatchObject({ host: new URL(proxy.url).host, bytes: 1024 * 1024, last: 42, secret: null });
    const [a, b] = proxy.stats().map((s) => s.requests);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1);
  });

  it("sends a GET once more when the instance had closed the kept-alive connection; a POST gets 502", async () => {
    // An instance that drops every connection at its second request, as one does whose
    // keep-alive timeout ran out just as the proxy reused the connection.
    const served = new WeakMap<object, number>();
    const closing = http.createServer((req, res) => {
      const n = (served.get(req.socket) ?? 0) + 1;
      served.set(req.socket, n);
      if (n > 1) return req.socket.destroy();
      req.resume();
      req.on("end", () => res.end("ok"));
    });
    await new Promise<void>((resolve) => closing.listen(0, "127.0.0.1", resolve));
    const lone = await startRoundRobin({ targets: [`http://127.0.0.1:${(closing.address() as AddressInfo).port}`], maxSockets: 1 });
    try {
      expect(await (await fetch(lone.url)).text()).toBe("ok");
      expect(await (await fetch(lone.url)).text()).toBe("ok"); // reset, then sent again on a new connection
      expect(await (await fetch(lone.url)).text()).toBe("ok");
      const post = await fetch(lone.url, { method: "POST", body: "x" });
      expect(post.status).toBe(502);
      // Each connection is reset at its second request: GET 2, GET 3 and the POST.
      expect(lone.stats()[0].failures).toBe(3);
    } finally {
      await lone.close();
      closing.closeAllConnections();
      await new Promise((r) => closing.close(r));
    }
  });

  it("answers 502 with a Chinese message when an instance does not answer", async () => {
    const dead = await startRoundRobin({ targets: ["http://127.0.0.1:1"] });
    try {
      const res = await fetch(dead.url);
      expect(res.status).toBe(502);
      expect(await res.text()).toContain("上游服务不可用");
    } finally {
      await dead.close();
    }
  });
});
