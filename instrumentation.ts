export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Also checked here for a server started without scripts/start.mjs (e.g. node scripts/server.mjs).
  // Next only logs an error thrown from register() and serves anyway, so this ends the process.
  const { refuseBadConfiguration } = await import("./lib/security/startup-checks");
  refuseBadConfiguration();
  if (process.env.JOBS_ENABLED === "0") return;
  const { startJobs } = await import("./lib/jobs/runner");
  await startJobs();
}
