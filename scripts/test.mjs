// `npm test`: type check, lint, unit + integration (vitest), end-to-end (Playwright in
// Debian's Chromium), then one closing line `N passed, N failed` summing every suite.
// The type check and the lint count as one test each. Runs against SQLite by default and
// against PostgreSQL when DATABASE_URL is postgresql://… (.ci/run does both).
import fs from "node:fs";
import path from "node:path";
import { bin, buildIfNeeded, ensureGeneratedClient, root, run } from "./lib.mjs";
import { ensureChromium } from "./ensure-chromium.mjs";
import { resetTestDatabase } from "./test-db.mjs";

const tmp = path.join(root, ".test-tmp");
fs.mkdirSync(tmp, { recursive: true });
const results = [];
const record = (suite, passed, failed, note = "") => {
  results.push({ suite, passed, failed, note });
  console.log(`\n── ${suite}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ""}\n`);
};
const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
};
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

if (ensureGeneratedClient() !== 0) record("prisma generate", 0, 1);

console.log("▶ type check (tsc --noEmit)");
const tsc = await run(bin("tsc"), ["--noEmit", "--incremental", "false"], { env });
record("type check", tsc === 0 ? 1 : 0, tsc === 0 ? 0 : 1);

console.log("▶ lint (eslint)");
const lint = await run(bin("eslint"), ["--max-warnings=0", "."], { env });
record("lint", lint === 0 ? 1 : 0, lint === 0 ? 0 : 1);

console.log("▶ unit and integration tests (vitest)");
const vitestJson = path.join(tmp, "vitest.json");
fs.rmSync(vitestJson, { force: true });
const vitest = await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`], { env });
const v = readJson(vitestJson);
if (v) record("vitest", v.numPassedTests, v.numFailedTests + (vitest !== 0 && v.numFailedTests === 0 ? 1 : 0));
else record("vitest", 0, 1, "no report");

console.log("▶ end-to-end tests (Playwright, Chromium)");
if (!ensureChromium()) {
  record("e2e", 0, 1, "Chromium missing");
} else {
  const e2eUrl = await resetTestDatabase("e2e", process.env.DATABASE_URL);
  const build = await buildIfNeeded();
  if (build !== 0) {
    record("e2e", 0, 1, "next build failed");
  } else {
    const pwJson = path.join(tmp, "playwright.json");
    fs.rmSync(pwJson, { force: true });
    const code = await run(bin("playwright"), ["test", "--reporter=list,json"], {
      env: { ...env, E2E_DATABASE_URL: e2eUrl, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson },
    });
    const p = readJson(pwJson);
    if (p?.stats) {
      const failed = p.stats.unexpected + (code !== 0 && p.stats.unexpected === 0 ? 1 : 0);
      record("e2e", p.stats.expected + p.stats.flaky, failed, p.stats.flaky ? `${p.stats.flaky} flaky` : "");
    } else record("e2e", 0, 1, "no report");
  }
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log("\nSummary:");
for (const r of results) console.log(`  ${r.suite.padEnd(16)} ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ""}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
