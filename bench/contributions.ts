/**
 * A person's contribution history at scale (Q5). Run:
 *   npx tsx bench/contributions.ts [--rows 10000000] [--callers 16] [--queries 4000]
 * (DATABASE_URL=postgresql://… for PostgreSQL; SQLite otherwise). Uses its own database
 * (scripts/test-db.mjs, suite "bench-inquiry"), kept between runs: the first run fills it to
 * --rows contribution rows with the large seed (minutes), later runs only measure. Prints the
 * latency of CoreSystem.listContributions — one year (the inquiry page's default view) and a
 * whole history — for random insured persons, with `--callers` queries in flight at once.
 */
import { parseArgs } from "node:util";
import { ensureTestDatabase } from "../scripts/test-db.mjs";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "10000000" },
    callers: { type: "string", default: "16" },
    queries: { type: "string", default: "4000" },
  },
});
const ROWS = Number(values.rows);
const CALLERS = Number(values.callers);
const QUERIES = Number(values.queries);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  process.env.DATABASE_URL = await ensureTestDatabase("bench-inquiry");
  // lib/db reads DATABASE_URL when first imported, so everything below loads after it is set.
  const { db } = await import("../lib/db");
  const { coreSystem } = await import("../lib/core");
  const { seedContributionsUpTo } = await import("../prisma/seed/large");

  console.log(`database: ${process.env.DATABASE_URL!.split(":")[0]}`);
  const total = await seedContributionsUpTo(db, ROWS);
  const { _min, _max } = await db.corePerson.aggregate({ _min: { id: true }, _max: { id: true } });
  const [minId, maxId] = [_min.id!, _max.id!];
  console.log(`contribution rows ${total.toLocaleString("en")}, persons ${(maxId - minId + 1).toLocaleString("en")}, ${CALLERS} callers, ${QUERIES} queries per scenario`);

  const core = coreSystem();
  const randomPerson = () => minId + Math.floor(Math.random() * (maxId - minId + 1));
  const scenarios: { name: string; query: () => Promise<unknown[]> }[] = [
    { name: "one year (2025)", query: () => core.listContributions(randomPerson(), { year: 2025 }) },
    { name: "whole history", query: () => core.listContributions(randomPerson()) },
  ];

  for (const scenario of scenarios) {
    for (let i = 0; i < 50; i++) await scenario.query(); // warm the caches and the connection pool
    const latencies: number[] = [];
    let rowsRead = 0;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CALLERS }, async () => {
        while (next++ < QUERIES) {
          const t = performance.now();
          const rows = await scenario.query();
          latencies.push(performance.now() - t);
          rowsRead += rows.length; // after the await: `x += await …` would lose other callers' additions
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    console.log(`\n${scenario.name}`);
    console.log(`  queries/s   ${(QUERIES / seconds).toFixed(0)}`);
    console.log(`  rows/query  ${(rowsRead / QUERIES).toFixed(0)}`);
    for (const p of [50, 95, 99]) console.log(`  p${p}         ${percentile(latencies, p).toFixed(1)} ms`);
  }
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
