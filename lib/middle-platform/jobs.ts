import type { JobDefinition } from "@/lib/jobs/job-definition";
import { forgetOldNonces } from "./inbound";
import { deliverMiddlePlatformPushes } from "./pushes";

/** X5: every minute, the pushes that are due (first tries the request did not make, and retries after backoff). */
export const middlePlatformJobs: JobDefinition[] = [
  {
    name: "middle-platform-push",
    schedule: "* * * * *",
    maxRunMs: 5 * 60_000,
    async run(now) {
      const delivered = await deliverMiddlePlatformPushes(now);
      const forgotten = await forgetOldNonces(now);
      return `delivered ${delivered} middle-platform pushes, forgot ${forgotten} nonces`;
    },
  },
];
