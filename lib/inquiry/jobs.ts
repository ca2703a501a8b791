import type { JobDefinition } from "@/lib/jobs/job-definition";
import { sendContributionNotices } from "./contribution-notices";

/** Scheduled jobs of rights inquiry; each is idempotent. */
export const inquiryJobs: JobDefinition[] = [
  {
    name: "contribution-notices",
    schedule: "0 9 10 * *", // 09:00 Asia/Shanghai on the 10th: last month's collection has closed
    maxRunMs: 30 * 60_000,
    async run(now) {
      const r = await sendContributionNotices(now);
      return `${r.sent} contribution notices for ${r.month}`;
    },
  },
];
