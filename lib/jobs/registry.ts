/**
 * Background jobs run next to the web server (lib/jobs/runner.ts). Each domain adds its
 * jobs here; a job is idempotent (it works from the database state, e.g. "bookings for
 * tomorrow not yet reminded"), so a missed or repeated minute does no harm.
 */
export interface JobDefinition {
  name: string;
  /** cron pattern, Asia/Shanghai */
  schedule: string;
  /** longest expected run; the lease expires after it if the instance dies mid-run */
  maxRunMs: number;
  run(now: Date): Promise<string>;
}

export async function loadJobs(): Promise<JobDefinition[]> {
  const { housekeepingJob } = await import("./housekeeping");
  const { appointmentJobs } = await import("@/lib/appointments/jobs");
  const { traceCheckpointJob } = await import("@/lib/audit/jobs");
  return [housekeepingJob, ...appointmentJobs, traceCheckpointJob];
}
