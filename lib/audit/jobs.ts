import type { JobDefinition } from "@/lib/jobs/job-definition";
import { writeTraceCheckpoint } from "./checkpoint";

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
