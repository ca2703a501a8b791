/**
 * Background jobs run next to the web server (lib/jobs/runner.ts). Each domain adds its
 * jobs here (see job-definition.ts for what a job promises).
 */
import type { JobDefinition } from "./job-definition";

export async function loadJobs(): Promise<JobDefinition[]> {
  const { housekeepingJob } = await import("./housekeeping");
  const { appointmentJobs } = await import("@/lib/appointments/jobs");
  const { traceJobs } = await import("@/lib/audit/jobs");
  const { applicationJobs } = await import("@/lib/applications/jobs");
  const { consultationJobs } = await import("@/lib/consultation/jobs");
  const { directAccessJobs } = await import("@/lib/direct-access/jobs");
  const { middlePlatformJobs } = await import("@/lib/middle-platform/jobs");
  const { inquiryJobs } = await import("@/lib/inquiry/jobs");
  return [housekeepingJob, ...appointmentJobs, ...traceJobs, ...applicationJobs, ...consultationJobs, ...directAccessJobs, ...middlePlatformJobs, ...inquiryJobs];
}
