import { defineConfig } from "vitest/config";
import path from "node:path";
import { testDatabaseUrl } from "./scripts/test-db.mjs";

// The suites run against their own database (SQLite file, or a database beside the one
// DATABASE_URL names when that is PostgreSQL), never the development database.
const baseUrl = process.env.DATABASE_URL ?? "";
process.env.BASE_DATABASE_URL = baseUrl;
const testUrl = testDatabaseUrl("vitest", baseUrl || undefined);

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "tests/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    env: { DATABASE_URL: testUrl, JOBS_ENABLED: "0", DATA_DIR: ".test-tmp/data" },
    globalSetup: ["tests/global-setup.ts"],
    setupFiles: ["tests/setup.ts"],
    // Integration tests share one database; files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
