export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.JOBS_ENABLED === "0") return;
  const { startJobs } = await import("./lib/jobs/runner");
  await startJobs();
}
