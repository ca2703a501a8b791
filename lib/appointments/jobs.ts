import type { JobDefinition } from "@/lib/jobs/job-definition";
import { sendAppointmentReminders } from "./reminders";

/** Scheduled jobs of the appointment domain (A4); each is idempotent. */
export const appointmentJobs: JobDefinition[] = [
  {
    name: "appointment-reminders",
    schedule: "0 18 * * *", // 18:00 Asia/Shanghai, the evening before the visit
    maxRunMs: 15 * 60_000,
    async run(now) {
      return `sent ${await sendAppointmentReminders(now)} appointment reminders`;
    },
  },
];
