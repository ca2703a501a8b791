/**
 * Core data at any size (REQUIREMENTS B2), for the inquiry benchmarks (Q5):
 *
 *   npm run db:seed:large -- --contributions 10000000 [--persons-per-unit 50] [--seed 7]
 *
 * Adds generated units and insured persons, 50 to a unit by default, a chunk of units at a time,
 * until the contribution table holds at least the asked number of rows (months 2000-01 to
 * 2026-10, five insurance types). It adds to whatever the database already holds, demo data
 * included, and prints its progress and rate. Never run against a production database.
 */
import { parseArgs } from "node:util";
import type { Db } from "@/lib/db";
import { generateCoreData } from "./core-data";

const UNITS_PER_CHUNK = 20;

export async function seedContributionsUpTo(
  db: Db,
  target: number,
  options: { personsPerUnit?: number; seed?: number; log?: (line: string) => void } = {},
): Promise<number> {
  const { personsPerUnit = 50, seed = 7, log = console.log } = options;
  const started = Date.now();
  let rows = await db.coreContribution.count();
  log(`contribution rows before: ${rows.toLocaleString("en")}; target: ${target.toLocaleString("en")}`);
  for (let chunk = 0; rows < target; chunk++) {
    // Each chunk has its own random stream, so a rerun with another --seed adds different people.
    const added = await generateCoreData(db, { units: UNITS_PER_CHUNK, personsPerUnit, fromMonth: 200001, toMonth: 202610, seed: seed * 1_000_003 + chunk });
    rows += added.contributions;
    const seconds = (Date.now() - started) / 1000;
    log(`  +${added.units} units, +${added.persons} persons → ${rows.toLocaleString("en")} contribution rows (${Math.round(rows / seconds).toLocaleString("en")} rows/s)`);
  }
  return rows;
}

async function main() {
  const { values } = parseArgs({
    options: {
      contributions: { type: "string", default: "10000000" },
      "persons-per-unit": { type: "string", default: "50" },
      seed: { type: "string", default: "7" },
    },
  });
  const target = Number(values.contributions);
  const personsPerUnit = Number(values["persons-per-unit"]);
  const seed = Number(values.seed);
  if (![target, personsPerUnit, seed].every((n) => Number.isSafeInteger(n) && n > 0)) {
    console.error("usage: npm run db:seed:large -- --contributions N [--persons-per-unit N] [--seed N]");
    process.exitCode = 2;
    return;
  }
  const { db } = await import("@/lib/db");
  try {
    const started = Date.now();
    const rows = await seedContributionsUpTo(db, target, { personsPerUnit, seed });
    const [persons, units] = await Promise.all([db.corePerson.count(), db.coreUnit.count()]);
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${units} units, ${persons} persons, ${rows.toLocaleString("en")} contribution rows`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && /seed[\\/]large\.ts$/.test(process.argv[1])) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
