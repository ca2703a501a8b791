// Vitest global setup: one fresh, migrated database for the unit and integration suites.
// The URL is computed in vitest.config.ts (so workers see it) and created here.
export default async function setup() {
  const { resetTestDatabase } = await import("../scripts/test-db.mjs");
  await resetTestDatabase("vitest", process.env.BASE_DATABASE_URL);
}
