// `npm start`: check the configuration → generate → migrate → seed demo data if the database is
// empty → build if the sources changed → serve on PORT (3000) through scripts/server.mjs.
// `npm run dev` does the same with Next's development server.
import { randomBytes } from "node:crypto";
import { migrate } from "./migrate.mjs";
import { bin, buildIfNeeded, ensureGeneratedClient, run, runSync } from "./lib.mjs";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const devTools = process.env.ENABLE_DEV_TOOLS ?? (process.env.SEED_DEMO === "0" ? "0" : "1");
const env = {
  ...process.env,
  PORT: port,
  DATABASE_URL: process.env.DATABASE_URL || "file:./data/portal.db",
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  // The demo needs /dev/sms to read login codes; a production deployment sets SEED_DEMO=0.
  ENABLE_DEV_TOOLS: devTools,
  // The outbox answers only to this token (S1), printed below as a link; new on every start
  // unless set (the e2e suite sets it to read codes).
  ...(devTools === "1" ? { DEV_TOOLS_TOKEN: process.env.DEV_TOOLS_TOKEN || randomBytes(18).toString("base64url") } : {}),
};
Object.assign(process.env, env);

// Before anything touches the database: no demo data or dev tools at a public URL, no short secret.
if (runSync(bin("tsx"), ["scripts/check-config.ts"], { env }) !== 0) process.exit(1);
if (ensureGeneratedClient() !== 0) process.exit(1);
migrate(env);
if (process.env.SEED_DEMO !== "0" && runSync(bin("tsx"), ["prisma/seed/demo.ts", "--if-empty"], { env }) !== 0) process.exit(1);
if (!dev && (await buildIfNeeded()) !== 0) process.exit(1);

console.log(`社会保险网上经办服务平台: ${env.NEXTAUTH_URL}`);
if (devTools === "1") {
  console.warn(`演示环境：短信发件箱（登录和找回密码的验证码）只对此链接开放：${new URL(`/dev/sms?token=${env.DEV_TOOLS_TOKEN}`, env.NEXTAUTH_URL)}`);
  console.warn("生产环境请设置 SEED_DEMO=0（同时关闭开发工具）。");
}
const code = await run(process.execPath, ["scripts/server.mjs", ...(dev ? ["--dev"] : [])], { env });
process.exit(code);
