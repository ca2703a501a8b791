/**
 * The inquiry pages at scale (Q5, §12). Run after `npx next build`:
 *   npx tsx bench/inquiry.ts [--rows 10000000] [--callers 16] [--seconds 15] [--port 3207]
 * (DATABASE_URL=postgresql://… for PostgreSQL; SQLite otherwise). Uses the database of
 * bench/contributions.ts (suite "bench-inquiry"), filled by the large seed on the first run to
 * --rows contribution rows and kept. Then:
 *
 *  1. data: the domain reads each page makes (lib/inquiry), in this process, `--callers` at once;
 *  2. pages: `next start` on --port against that database, with logged-in sessions of sampled
 *     persons and units (session rows written here, next-auth JWT cookies minted with the
 *     server's AUTH_SECRET), fetched over HTTP `--callers` at once for --seconds each, next to
 *     /api/health measured in the same run.
 *
 * Prints p50/p95/p99 and req/s; §12's goals are data p95 < 50 ms, page p95 < 150 ms and a page's
 * req/s ≥ 0.3× /api/health's.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchSession, type BenchSession } from "./lib/sessions";
import { formatFigures, measure as measureLoad, waitForServer, type Figures } from "./lib/load";
import { prepareBench, root } from "./lib/setup";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "10000000" },
    callers: { type: "string", default: "16" },
    seconds: { type: "string", default: "15" },
    queries: { type: "string", default: "2000" },
    port: { type: "string", default: "3207" },
    persons: { type: "string", default: "500" },
    units: { type: "string", default: "100" },
  },
});
const ROWS = Number(values.rows);
const CALLERS = Number(values.callers);
const SECONDS = Number(values.seconds);
const QUERIES = Number(values.queries);
const PORT = Number(values.port);
const YEAR = 2025;

const report = (kind: string, f: Figures, reference?: Figures) => console.log(`${kind.padEnd(5)} ${formatFigures(f, reference && { figures: reference, label: "health" }, 34)}`);
/** `callers` loops at once over `once` (true when the answer was right), for `seconds` or `limit` calls. */
const measure = (name: string, once: () => Promise<boolean>, until: { seconds?: number; limit?: number }) =>
  measureLoad(name, async () => ((await once()) ? null : "wrong answer"), { callers: CALLERS, seconds: until.seconds ?? 3600, limit: until.limit });

async function main() {
  // The server gets the same root secret; session cookies are sealed with the key derived from it.
  const { secret, dataDir } = await prepareBench("bench-inquiry", { keepDatabase: true });
  // lib/db reads DATABASE_URL when first imported, so everything below loads after it is set.
  const { db } = await import("../lib/db");
  const { seedContributionsUpTo } = await import("../prisma/seed/large");
  const { getContributionYear, getRightsOverview } = await import("../lib/inquiry/person-rights");
  const { getUnitBills } = await import("../lib/inquiry/unit-rights");

  console.log(`database: ${process.env.DATABASE_URL!.split(":")[0]}`);
  const total = await seedContributionsUpTo(db, ROWS);

  // Sampled persons (insured, so with contributions in YEAR) and units, each with a portal account
  // bound to it (kept between runs) and a fresh session.
  const persons = await db.corePerson.findMany({ where: { status: "INSURED", unitId: { not: null } }, select: { id: true, name: true }, orderBy: { id: "desc" }, take: Number(values.persons) });
  const units = await db.coreUnit.findMany({ select: { id: true, name: true, creditCode: true }, orderBy: { id: "desc" }, take: Number(values.units) });
  if (!persons.length || !units.length) throw new Error("no core data to sample");
  const personSessions: BenchSession[] = [];
  for (const p of persons) personSessions.push(await benchSession("PERSON", p.id, p.name));
  const unitSessions: BenchSession[] = [];
  for (const u of units) unitSessions.push(await benchSession("UNIT", u.id, u.name));
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];
  console.log(`contribution rows ${total.toLocaleString("en")}; ${personSessions.length} persons, ${unitSessions.length} units sampled; ${CALLERS} callers\n`);

  // 1. The data each page reads, through the domain functions the pages call.
  const byCount = { limit: QUERIES };
  const data = [
    await measure(`缴费明细 one year (${YEAR})`, async () => (await getContributionYear(pick(personSessions).actor, { year: YEAR })).rows.length > 0, byCount),
    await measure("权益概览 yearly summary", async () => (await getRightsOverview(pick(personSessions).actor)).years.length > 0, byCount),
    await measure(`unit monthly bill (${YEAR})`, async () => (await getUnitBills(pick(unitSessions).actor, { year: YEAR })).months.length > 0, byCount),
  ];
  for (const f of data) report("data", f);

  // 2. The pages over HTTP against `next start`.
  const base = `http://127.0.0.1:${PORT}`;
  const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", AUTH_SECRET: secret, NEXTAUTH_URL: base, DATA_DIR: dataDir, JOBS_ENABLED: "0" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForServer(`${base}/api/health`, server);
    const bytes = new Map<string, number>();
    let firstFailure = "";
    const get = async (url: string, cookie: string | undefined, marker: string) => {
      const res = await fetch(base + url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
      const body = await res.text();
      bytes.set(url.split("?")[0], body.length);
      const ok = res.status === 200 && body.includes(marker);
      if (!ok && !firstFailure) firstFailure = `${url}: HTTP ${res.status} ${res.headers.get("location") ?? ""} ${body.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").slice(0, 200)}`;
      return ok;
    };
    const pages: { name: string; once: () => Promise<boolean> }[] = [
      { name: "/api/health", once: () => get("/api/health", undefined, '"ok"') },
      // The logged-in shell alone (layout, header, session check): what every page costs before its own content.
      { name: "个人首页 /person (shell)", once: () => get("/person", pick(personSessions).cookie, "个人办事") },
      { name: `缴费明细 /person/rights/contributions`, once: () => get(`/person/rights/contributions?year=${YEAR}`, pick(personSessions).cookie, "逐月缴费明细") },
      { name: "权益概览 /person/rights", once: () => get("/person/rights", pick(personSessions).cookie, "历年缴费汇总") },
      { name: "unit bill /unit/bills", once: () => get(`/unit/bills?year=${YEAR}`, pick(unitSessions).cookie, "月度缴费核定") },
    ];
    for (const p of pages) await measure("warm-up", p.once, { limit: 50 });
    const bySeconds = { seconds: SECONDS };
    let health: Figures | undefined;
    for (const p of pages) {
      // A session's lastSeenAt is written at most once a minute; fresh for every scenario, so the
      // touch of 500 sessions does not fall on whichever scenario runs a minute after they were made.
      await db.userSession.updateMany({ where: { user: { username: { startsWith: "bench_" } }, revokedAt: null }, data: { lastSeenAt: new Date() } });
      const f = await measure(p.name, p.once, bySeconds);
      health ??= f;
      report("page", f, f === health ? undefined : health);
    }
    if (firstFailure) console.log(`\nfirst failure: ${firstFailure}`);
    console.log(`\nresponse sizes (characters): ${[...bytes].map(([url, n]) => `${url} ${n.toLocaleString("en")}`).join(", ")}`);
  } finally {
    server.kill("SIGTERM");
    await db.userSession.deleteMany({ where: { user: { username: { startsWith: "bench_" } } } });
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
