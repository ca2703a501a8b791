// Creates a migration for both providers: `npm run db:new-migration -- <name> [--from <git-rev>]`.
// `prisma migrate dev` cannot run on the WebAssembly schema engine, so the migration is the
// diff between the composed schema at <git-rev> (default HEAD) and the working tree.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PROVIDERS, writeSchemas } from "./prisma-schema.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const fromAt = args.indexOf("--from");
const fromRev = fromAt >= 0 ? args[fromAt + 1] : "HEAD";
const name = args.find((a, i) => !a.startsWith("--") && (fromAt < 0 || i !== fromAt + 1));
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("用法: npm run db:new-migration -- <snake_case_name> [--from <git-rev>]");
  process.exit(2);
}
writeSchemas();
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
// The schema engine reaches PostgreSQL through the driver adapter even for a pure diff:
// `eval "$(bash scripts/pg-local.sh)"` starts one, or point PG_DIFF_URL at any server.
const pgUrl = process.env.PG_DIFF_URL ?? (process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : "postgresql://postgres@127.0.0.1:54329/postgres");
const prisma = path.join(root, "node_modules/prisma/build/index.js");

for (const provider of PROVIDERS) {
  const schema = `prisma/${provider}/schema.prisma`;
  const migrations = path.join(root, "prisma", provider, "migrations");
  const hasMigrations = fs.existsSync(migrations) && fs.readdirSync(migrations).some((d) => /^\d/.test(d));
  const from = ["--from-empty"];
  if (hasMigrations) {
    const old = execFileSync("git", ["show", `${fromRev}:${schema}`], { cwd: root, encoding: "utf8" });
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "schema-")), "schema.prisma");
    fs.writeFileSync(tmp, old);
    from.splice(0, 1, "--from-schema-datamodel", tmp);
  }
  const sql = execFileSync(
    process.execPath,
    [prisma, "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"],
    { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: provider === "sqlite" ? "file:./data/portal.db" : pgUrl } },
  );
  if (/^-- This is an empty migration/m.test(sql)) {
    console.log(`${provider}: no changes`);
    continue;
  }
  const dir = path.join(migrations, `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  const lock = path.join(migrations, "migration_lock.toml");
  if (!fs.existsSync(lock)) fs.writeFileSync(lock, `# Do not edit: managed by Prisma\nprovider = "${provider}"\n`);
  console.log(`${provider}: ${path.relative(root, dir)}/migration.sql`);
}
