/**
 * What every benchmark that starts the built server needs first: the build, its own database
 * (`suite`: a SQLite file or a PostgreSQL database beside DATABASE_URL's), and the secrets the
 * server will share with this process — one AUTH_SECRET (session cookies, derived keys) and one
 * DATA_DIR (platform key, key vault). Sets DATABASE_URL, AUTH_SECRET and DATA_DIR here; import
 * lib/db only afterwards.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ensureTestDatabase, resetTestDatabase } from "../../scripts/test-db.mjs";

export const root = path.resolve(import.meta.dirname, "..", "..");

export async function prepareBench(suite: string, options: { keepDatabase?: boolean } = {}) {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run `npx next build` first");
  const databaseUrl = await (options.keepDatabase ? ensureTestDatabase : resetTestDatabase)(suite);
  const secret = randomBytes(32).toString("base64url");
  const dataDir = path.join(root, ".test-tmp", `${suite}-data`);
  if (!options.keepDatabase) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  Object.assign(process.env, { DATABASE_URL: databaseUrl, AUTH_SECRET: secret, DATA_DIR: dataDir });
  return { databaseUrl, secret, dataDir };
}
