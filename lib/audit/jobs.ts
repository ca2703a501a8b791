import type { JobDefinition } from "@/lib/jobs/job-definition";
import { chainTrace } from "./chain-trace";
import { writeTraceCheckpoint } from "./checkpoint";

/**
 * Issue 13: chains the rows appended since the last run, every 5 seconds — the window in which
 * a committed trace row is not yet covered by the hash chain (lib/audit/trace.ts). Two instances
 * running it at once take turns on the TraceHead row lock; the lease only saves the work.
 */
export const traceChainJob: JobDefinition = {
  name: "trace-chain",
  schedule: "*/5 * * * * *", // seconds field: every 5 s
  maxRunMs: 60_000,
  async run() {
    const { chained, headPresent } = await chainTrace();
    if (!headPresent) return "trace head row missing: nothing chained (run npm run audit:verify)";
    return chained > 0 ? `chained ${chained} rows` : "nothing to chain";
  },
};

/** S6: a signed checkpoint every 1,000 trace rows or every 5 minutes while rows come in. */
export const traceCheckpointJob: JobDefinition = {
  name: "trace-checkpoint",
  schedule: "* * * * *", // looks every minute; writeTraceCheckpoint decides whether one is due
  maxRunMs: 60_000,
  async run(now) {
    const checkpoint = await writeTraceCheckpoint(now, { onlyWhenDue: true });
    return checkpoint ? `signed checkpoint at seq ${checkpoint.seq}` : "no checkpoint due";
  },
};

export const traceJobs: JobDefinition[] = [traceChainJob, traceCheckpointJob];
