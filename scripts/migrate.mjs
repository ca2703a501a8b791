// Applies the migrations of the provider DATABASE_URL points at (`prisma migrate deploy`).
// On SQLite it also turns on WAL, so readers never wait for the writer.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const url = process.env.DATABASE_URL || "file:./data/portal.db";

export function migrate(env = process.env) {
  const dbUrl = env.DATABASE_URL || url;
  if (dbUrl.startsWith("file:")) fs.mkdirSync(path.dirname(path.resolve(root, dbUrl.slice(5).split("?")[0])), { recursive: true });
  execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...env, DATABASE_URL: dbUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
  if (dbUrl.startsWith("file:")) {
    execFileSync(process.execPath, ["-e", `const D=require("better-sqlite3");const d=new D(${JSON.stringify(path.resolve(root, dbUrl.slice(5).split("?")[0]))});d.pragma("journal_mode = WAL");d.close();`], { cwd: root });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  migrate();
  console.log("Database migrated.");
}
