/**
 * The portal's pages under load (issue 13, §12). Run after `npx next build`:
 *   npx tsx bench/pages.ts [--connections 32] [--seconds 20] [--rounds 4] [--port 3209] [--no-cache]
 * (DATABASE_URL=postgresql://… for PostgreSQL; SQLite otherwise). On its own fresh database
 * (suite "bench-pages") with the demo data, it starts the production server (scripts/server.mjs,
 * the page cache on unless --no-cache) and measures at 32 connections, in interleaved slices:
 *
 *   - a static asset of the same server (a /_next/static chunk: the reference) and a bare route
 *     handler (/api/live);
 *   - public pages: /, /guide and one guide, as a visitor who is signed in (the cache renders for
 *     nobody, so the cookie must not matter);
 *   - logged-in pages: /person and /person/appointments of the demo person 张三.
 *
 * Prints req/s, p50/p95/p99 and each page's ratio to the static asset. Goals: public pages ≥ 0.5×
 * the static asset and p99 < 100 ms; logged-in pages ≥ 0.15×.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { prepareBench, root } from "./lib/setup";
import { formatFigures, measure, percentile, runRounds, scenario, waitForServer, type Figures } from "./lib/load";
import { sessionOf } from "./lib/sessions";

const { values } = parseArgs({
  options: {
    connections: { type: "string", default: "32" },
    seconds: { type: "string", default: "20" },
    rounds: { type: "string", default: "4" },
    port: { type: "string", default: "3209" },
    "no-cache": { type: "boolean", default: false },
  },
});
const CONNECTIONS = Number(values.connections);
const SECONDS = Number(values.seconds);
const ROUNDS = Number(values.rounds);
const PORT = Number(values.port);

async function main() {
  const { secret, dataDir } = await prepareBench("bench-pages");
  const env = { ...process.env, NODE_ENV: "production" as const, AUTH_SECRET: secret, DATA_DIR: dataDir, JOBS_ENABLED: "0", ENABLE_DEV_TOOLS: "0", PORT: String(PORT) };
  const seeded = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["prisma/seed/demo.ts"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  if ((await new Promise((r) => seeded.on("exit", r))) !== 0) throw new Error("the demo seed failed");

  const { db } = await import("../lib/db");
  const person = await db.user.findUniqueOrThrow({ where: { username: "zhangsan" }, select: { id: true, role: true, name: true } });
  const { cookie } = await sessionOf(person);

  const base = `http://127.0.0.1:${PORT}`;
  const server = spawn(process.execPath, ["scripts/server.mjs"], {
    cwd: root,
    env: { ...env, NEXTAUTH_URL: base, PAGE_CACHE: values["no-cache"] ? "0" : "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForServer(`${base}/api/live`, server);
    const home = await (await fetch(`${base}/`)).text();
    const asset = /<script src="(\/_next\/static\/chunks\/[^"]+\.js)"/.exec(home)?.[1];
    const guidePage = /href="(\/guide\/[^"?#]+)"/.exec(await (await fetch(`${base}/guide`)).text())?.[1];
    if (!asset || !guidePage) throw new Error("no static chunk on / or no guide link on /guide");

    const cacheStatus = new Map<string, number>();
    const get = (url: string, marker: string, withCookie: boolean) => async (): Promise<string | null> => {
      const res = await fetch(base + url, { headers: withCookie ? { cookie } : {}, redirect: "manual" });
      const body = await res.text();
      const status = res.headers.get("x-portal-cache");
      if (status) cacheStatus.set(`${url} ${status}`, (cacheStatus.get(`${url} ${status}`) ?? 0) + 1);
      if (res.status !== 200) return `${url}: HTTP ${res.status}`;
      return body.includes(marker) ? null : `${url}: no “${marker}”`;
    };
    const scenarios = [
      scenario(`static ${asset.length > 40 ? `${asset.slice(0, 37)}…` : asset}`, get(asset, "", false)),
      scenario("GET /api/live (bare)", get("/api/live", "ok", false)),
      scenario("/ (home)", get("/", "服务入口", true)),
      scenario("/guide", get("/guide", "办事指南", true)),
      scenario(decodeURIComponent(guidePage), get(guidePage, "办理时限", true)),
      scenario("/person (logged in)", get("/person", person.name, true)),
      scenario("/person/appointments (logged in)", get("/person/appointments", person.name, true)),
    ];
    for (const sc of scenarios) await measure("warm-up", sc.once, { callers: CONNECTIONS, seconds: 2, limit: 200 });
    cacheStatus.clear();

    console.log(`database: ${process.env.DATABASE_URL!.split(":")[0]}, page cache ${values["no-cache"] ? "off" : "on"}, ${CONNECTIONS} connections, ${SECONDS} s each in ${ROUNDS} interleaved slices, load ${fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
    const results = await runRounds(scenarios, { callers: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS });
    const [staticAsset] = results as [Figures];
    for (const f of results) console.log(formatFigures(f, f === staticAsset ? undefined : { figures: staticAsset, label: "static" }, 36));

    const ratio = (f: Figures) => f.perSecond / staticAsset.perSecond;
    const p99 = (f: Figures) => percentile([...f.latencies].sort((a, b) => a - b), 99);
    const publicPages = results.slice(2, 5);
    const loggedIn = results.slice(5);
    console.log(`\npublic pages: ${publicPages.map((f) => `${ratio(f).toFixed(2)}× / p99 ${p99(f).toFixed(0)} ms`).join(", ")} (goal ≥ 0.5×, p99 < 100 ms)`);
    console.log(`logged-in pages: ${loggedIn.map((f) => `${ratio(f).toFixed(2)}×`).join(", ")} (goal ≥ 0.15×)`);
    console.log(`page cache answers: ${[...cacheStatus].map(([k, n]) => `${k} ${n}`).join(", ") || "none (cache off)"}`);
  } finally {
    server.kill("SIGTERM");
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
