export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Also checked here for a server started without scripts/start.mjs (e.g. node scripts/server.mjs).
  // Next only logs an error thrown from register() and serves anyway, so this ends the process.
  const { refuseBadConfiguration } = await import("./lib/security/startup-checks");
  refuseBadConfiguration();
  // E6: prepare the registered enterprises' SM2 keys now, so that no caller's first request pays it.
  const { warmGatewayCaches } = await import("./lib/direct-connect/callers");
  void warmGatewayCaches().catch((error: unknown) => console.error("[direct-connect] cache warm-up failed", error));
  if (process.env.JOBS_ENABLED === "0") return;
  const { startJobs } = await import("./lib/jobs/runner");
  await startJobs();
}
