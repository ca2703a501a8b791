import { randomInt } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { housekeepingJob } from "@/lib/jobs/housekeeping";

const DAY = 86400_000;
const saved = process.env.SMS_OUTBOX_RETENTION_DAYS;

afterEach(() => {
  if (saved === undefined) delete process.env.SMS_OUTBOX_RETENTION_DAYS;
  else process.env.SMS_OUTBOX_RETENTION_DAYS = saved;
});

async function sentDaysAgo(days: number, now: Date) {
  const mobile = `137${String(randomInt(0, 1e8)).padStart(8, "0")}`;
  return db.smsOutbox.create({ data: { mobile, content: "【人社服务】验证码 123456", purpose: "LOGIN", createdAt: new Date(now.getTime() - days * DAY) } });
}

const exists = async (id: number) => (await db.smsOutbox.findUnique({ where: { id } })) !== null;

describe("SMS outbox retention (S7)", () => {
  it("S7: the housekeeping job purges outbox rows older than 7 days and keeps newer ones", async () => {
    delete process.env.SMS_OUTBOX_RETENTION_DAYS;
    const now = new Date();
    const old = await sentDaysAgo(7 + 1 / 24, now);
    const recent = await sentDaysAgo(7 - 1 / 24, now);
    const today = await sentDaysAgo(0, now);
    const summary = await housekeepingJob.run(now);
    expect(summary).toMatch(/[1-9]\d* outbox messages/);
    expect(await exists(old.id)).toBe(false);
    expect(await exists(recent.id)).toBe(true);
    expect(await exists(today.id)).toBe(true);
  });

  it("S7: SMS_OUTBOX_RETENTION_DAYS sets the period", async () => {
    process.env.SMS_OUTBOX_RETENTION_DAYS = "2";
    const now = new Date();
    const old = await sentDaysAgo(3, now);
    const recent = await sentDaysAgo(1, now);
    await housekeepingJob.run(now);
    expect(await exists(old.id)).toBe(false);
    expect(await exists(recent.id)).toBe(true);
  });

  it("S7: a retention that is not a whole number of days stops the job instead of purging", async () => {
    process.env.SMS_OUTBOX_RETENTION_DAYS = "0";
    const now = new Date();
    const old = await sentDaysAgo(30, now);
    await expect(housekeepingJob.run(now)).rejects.toThrow("SMS_OUTBOX_RETENTION_DAYS");
    expect(await exists(old.id)).toBe(true);
  });
});
