import type { JobDefinition } from "@/lib/jobs/job-definition";
import { recheckEnterpriseCredit } from "./manage-enterprise";

/** E8 / DB3702 §10.1: the daily credit re-check of every admitted enterprise, at 02:10 Beijing time. */
export const directAccessJobs: JobDefinition[] = [
  {
    name: "direct-credit-recheck",
    schedule: "10 2 * * *",
    maxRunMs: 10 * 60_000,
    async run(now) {
      const { checked, suspended } = await recheckEnterpriseCredit(now);
      return `checked ${checked} enterprises, suspended ${suspended.length}${suspended.length ? `: ${suspended.join(", ")}` : ""}`;
    },
  },
];
