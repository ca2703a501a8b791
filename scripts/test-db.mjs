// A fresh, migrated database for one test suite: `<suite>.db` under .test-tmp on SQLite, or a
// database named `<base>_<suite>` on the PostgreSQL server DATABASE_URL points at.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "./migrate.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function testDatabaseUrl(suite, baseUrl = process.env.DATABASE_URL) {
  if (!baseUrl || baseUrl.startsWith("file:")) return `file:./.test-tmp/${suite}.db`;
  const url = new URL(baseUrl);
  url.pathname = `/${url.pathname.slice(1) || "postgres"}_${suite}`;
  return url.toString();
}

/**
 * Creates the suite's database and migrates it. `keep: false` starts from empty (the test
 * suites); `keep: true` keeps an existing database and its data (benchmarks that seed once).
 */
async function prepareTestDatabase(suite, baseUrl, { keep }) {
  const url = testDatabaseUrl(suite, baseUrl);
  if (url.startsWith("file:")) {
    const file = path.resolve(root, url.slice(5));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!keep) for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  } else {
    const { default: pg } = await import("pg");
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    const name = new URL(url).pathname.slice(1);
    if (!keep) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
  }
  migrate({ ...process.env, DATABASE_URL: url });
  return url;
}

export const resetTestDatabase = (suite, baseUrl = process.env.DATABASE_URL) => prepareTestDatabase(suite, baseUrl, { keep: false });

/** Like resetTestDatabase, but keeps an existing database (and its data): creates it only when missing. */
export const ensureTestDatabase = (suite, baseUrl = process.env.DATABASE_URL) => prepareTestDatabase(suite, baseUrl, { keep: true });
