/**
 * What a scheduled job is. Kept apart from the registry, which imports every domain's jobs:
 * a domain's jobs.ts imports only this type, so no import cycle runs through registry.ts.
 * A job is idempotent (it works from the database state, e.g. "bookings for tomorrow not
 * yet reminded"), so a missed or repeated minute does no harm.
 */
export interface JobDefinition {
  name: string;
  /** cron pattern, Asia/Shanghai; six fields when it has seconds (each run then claims its second, not its minute) */
  schedule: string;
  /** longest expected run; the lease expires after it if the instance dies mid-run */
  maxRunMs: number;
  run(now: Date): Promise<string>;
}
