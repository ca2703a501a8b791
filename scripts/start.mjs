// `npm start`: generate → migrate → seed demo data if the database is empty → build if the
// sources changed → serve on PORT (3000). `npm run dev` does the same with `next dev`.
import { migrate } from "./migrate.mjs";
import { bin, buildIfNeeded, ensureGeneratedClient, run, runSync } from "./lib.mjs";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL || "file:./data/portal.db",
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  // The demo needs /dev/sms to read login codes; a production deployment sets SEED_DEMO=0.
  ENABLE_DEV_TOOLS: process.env.ENABLE_DEV_TOOLS ?? (process.env.SEED_DEMO === "0" ? "0" : "1"),
};
Object.assign(process.env, env);

if (ensureGeneratedClient() !== 0) process.exit(1);
migrate(env);
if (process.env.SEED_DEMO !== "0" && runSync(bin("tsx"), ["prisma/seed/demo.ts", "--if-empty"], { env }) !== 0) process.exit(1);
if (!dev && (await buildIfNeeded()) !== 0) process.exit(1);

console.log(`社会保险网上经办服务平台: http://localhost:${port}`);
if (env.ENABLE_DEV_TOOLS === "1") console.warn("Demo mode: /dev/sms shows the SMS outbox. Production: SEED_DEMO=0 ENABLE_DEV_TOOLS=0.");
const code = await run(bin("next"), [dev ? "dev" : "start", "-p", port], { env });
process.exit(code);
