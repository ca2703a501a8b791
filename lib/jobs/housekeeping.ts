import type { JobDefinition } from "./job-definition";
import { smsOutboxRetentionDays } from "@/lib/config";
import { purgeExpiredRateLimits } from "@/lib/security/rate-limit";
import { purgeExpiredSmsChallenges } from "@/lib/accounts/sms-challenge";
import { purgeSmsOutbox } from "@/lib/messaging/sms";
import { purgeExpiredDirectRecords } from "@/lib/direct-connect/purge";

export const housekeepingJob: JobDefinition = {
  name: "housekeeping",
  schedule: "17 3 * * *", // 03:17 every day
  maxRunMs: 10 * 60_000,
  async run(now) {
    const buckets = await purgeExpiredRateLimits(now);
    const challenges = await purgeExpiredSmsChallenges(now);
    const sms = await purgeSmsOutbox(now, smsOutboxRetentionDays());
    const direct = await purgeExpiredDirectRecords(now);
    return `purged ${buckets} rate-limit buckets, ${challenges} SMS challenges, ${sms} outbox messages, ${direct.nonces} gateway nonces, ${direct.records} idempotency records`;
  },
};
