import { defineConfig } from "@playwright/test";
import { DEV_TOOLS_TOKEN } from "./e2e/helpers";
import { SIMULATOR_PORT, SIMULATOR_URL } from "./e2e/simulator";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: "list",
  use: {
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    },
  },
  webServer: [{
    command: "node scripts/start.mjs",
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./.test-tmp/e2e.db",
      NEXTAUTH_URL: baseURL,
      DATA_DIR: ".test-tmp/e2e-data",
      ENABLE_DEV_TOOLS: "1",
      DEV_TOOLS_TOKEN,
      // The suite logs the demo users in many times from one address; the limits' logic is
      // covered by the integration tests.
      RATE_LIMIT_MULTIPLIER: "20",
      AUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
      MIDDLE_PLATFORM_BASE_URL: SIMULATOR_URL,
    },
  }, {
    command: "npx tsx scripts/middle-platform-simulator.ts",
    url: `${SIMULATOR_URL}/health`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { MIDDLE_PLATFORM_SIMULATOR_PORT: String(SIMULATOR_PORT), PORTAL_BASE_URL: baseURL },
  }],
});
