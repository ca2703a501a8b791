// A tiny local round-robin HTTP proxy in front of several portal instances (issue 13): for trying
// the portal on several instances on one machine, and for bench/booking.ts. Not a production
// load balancer (no health checks, no WebSockets): put nginx, HAProxy or the platform's own in
// front of real instances. Each request goes to the next instance in turn over keep-alive
// connections; bodies are streamed both ways; the client's address is appended to
// X-Forwarded-For, so scripts/server.mjs started with TRUSTED_PROXY_HOPS=1 sees the client.
//
//   node scripts/round-robin.mjs --port 3330 http://127.0.0.1:3331 http://127.0.0.1:3332
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are not forwarded.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade"]);

function forwardable(headers) {
  const named = new Set(
    String(headers.connection ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );
  const out = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name) && !named.has(name)) out[name] = value;
  return out;
}

const plain = (address) => (address ?? "").replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");

/** The request's X-Forwarded-For with the address it came from appended (what every proxy does). */
export function appendForwardedFor(forwardedFor, remoteAddress) {
  const previous = Array.isArray(forwardedFor) ? forwardedFor.join(", ") : (forwardedFor ?? "");
  const address = plain(remoteAddress) || "unknown";
  return previous.trim() ? `${previous}, ${address}` : address;
}

/**
 * Starts the proxy on `port` (0: any free port) in front of `targets` (base URLs such as
 * http://127.0.0.1:3331). Resolves when it listens; `close()` stops it and its connections.
 */
export async function startRoundRobin({ port = 0, host = "127.0.0.1", targets, maxSockets = 64 }) {
  if (!targets?.length) throw new Error("round-robin: at least one target is needed");
  const upstreams = targets.map((target) => {
    const url = new URL(target);
    if (url.protocol !== "http:") throw new Error(`round-robin: only http:// targets (${target})`);
    // `timeout` makes the agent follow the instance's Keep-Alive hint (node:http servers say
    // timeout=5): an idle connection is dropped a second before the instance would close it.
    const agent = new http.Agent({ keepAlive: true, maxSockets, timeout: 60_000 });
    return { hostname: url.hostname, port: Number(url.port || 80), agent, requests: 0, failures: 0 };
  });
  let next = 0;

  const server = http.createServer((req, res) => {
    const headers = forwardable(req.headers);
    // Host is kept as the client sent it, so Next's server-action origin check compares the
    // browser's Origin with the address the browser used.
    headers["x-forwarded-for"] = appendForwardedFor(req.headers["x-forwarded-for"], req.socket.remoteAddress);
    const bodyless = (req.method === "GET" || req.method === "HEAD") && !req.headers["content-length"] && !req.headers["transfer-encoding"];

    const send = (retry) => {
      const upstream = upstreams[next];
      next = (next + 1) % upstreams.length;
      upstream.requests += 1;
      const forward = http.request({ hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers, agent: upstream.agent }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, forwardable(answer.headers));
        answer.pipe(res);
        answer.on("error", () => res.destroy());
      });
      forward.on("error", (error) => {
        upstream.failures += 1;
        if (res.headersSent) return res.destroy();
        // A kept-alive connection the instance closed just as it was reused: the instance never
        // saw the request. A GET or HEAD is sent once more (to the next instance); a request
        // with a body was streamed already and is answered 502.
        if (retry && bodyless && forward.reusedSocket && error.code === "ECONNRESET") return send(false);
        res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
        res.end(`上游服务不可用（${upstream.hostname}:${upstream.port}：${error.code ?? error.message}）\n`);
      });
      // A client that goes away ends the upstream request too.
      res.on("close", () => {
        if (!res.writableFinished) forward.destroy();
      });
      if (!bodyless) req.pipe(forward);
      else {
        req.resume();
        forward.end();
      }
    };
    send(true);
  });
  server.keepAliveTimeout = 65_000;

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    server,
    url: `http://${host}:${address.port}`,
    /** Requests sent to each target so far, and how many of them failed to connect or broke off. */
    stats: () => upstreams.map((u) => ({ target: `http://${u.hostname}:${u.port}`, requests: u.requests, failures: u.failures })),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const u of upstreams) u.agent.destroy();
      }),
  };
}

async function main() {
  const { values, positionals } = parseArgs({ options: { port: { type: "string", default: "3330" }, host: { type: "string", default: "127.0.0.1" } }, allowPositionals: true });
  if (!positionals.length) {
    console.error("用法：node scripts/round-robin.mjs [--port 3330] [--host 127.0.0.1] http://127.0.0.1:3331 http://127.0.0.1:3332 …");
    process.exit(2);
  }
  const proxy = await startRoundRobin({ port: Number(values.port), host: values.host, targets: positionals });
  console.log(`> Round-robin on ${proxy.url} → ${positionals.join(", ")} (start the instances with TRUSTED_PROXY_HOPS=1)`);
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, async () => {
      await proxy.close();
      process.exit(0);
    });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
