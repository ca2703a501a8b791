import type { JobDefinition } from "@/lib/jobs/job-definition";
import { deliverCoreOutbox } from "./core-outbox";

/** The outbox worker (B3): every minute, delivers the core writes that are due (retries with backoff). */
export const applicationJobs: JobDefinition[] = [
  {
    name: "core-outbox",
    schedule: "* * * * *",
    maxRunMs: 5 * 60_000,
    async run(now) {
      return `delivered ${await deliverCoreOutbox(now)} core writes`;
    },
  },
];
