import type { JobDefinition } from "@/lib/jobs/job-definition";
import { remindConsultationDeadlines } from "./deadline-reminders";

/** Scheduled jobs of the mailbox (K1); each is idempotent. */
export const consultationJobs: JobDefinition[] = [
  {
    name: "consultation-deadline-reminders",
    schedule: "30 8 * * *", // 08:30 Asia/Shanghai, before the service centres open
    maxRunMs: 5 * 60_000,
    async run(now) {
      const r = await remindConsultationDeadlines(now);
      return `${r.overdue} overdue and ${r.dueSoon} due-soon letters; reminded ${r.reminded} staff`;
    },
  },
];
