import type { JobDefinition } from "./registry";
import { purgeExpiredRateLimits } from "@/lib/security/rate-limit";

export const housekeepingJob: JobDefinition = {
  name: "housekeeping",
  schedule: "17 3 * * *", // 03:17 every day
  maxRunMs: 10 * 60_000,
  async run(now) {
    const purged = await purgeExpiredRateLimits(now);
    return `purged ${purged} rate-limit buckets`;
  },
};
