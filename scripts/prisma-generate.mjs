// postinstall: compose the schemas and generate one Prisma client per provider, so a single
// build can serve SQLite or PostgreSQL depending on DATABASE_URL at run time (see lib/db.ts).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PROVIDERS, writeSchemas } from "./prisma-schema.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
writeSchemas();
for (const provider of PROVIDERS) {
  const url = provider === "sqlite" ? "file:./data/portal.db" : "postgresql://localhost/placeholder";
  execFileSync(
    process.execPath,
    [path.join(root, "node_modules/prisma/build/index.js"), "generate", "--no-hints", "--schema", `prisma/${provider}/schema.prisma`],
    { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" } },
  );
}
console.log(`Prisma clients generated for ${PROVIDERS.join(" and ")}.`);
