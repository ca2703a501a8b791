import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestUser } from "@/tests/helpers";
import { submitConsultation } from "./submit-consultation";
import { remindConsultationDeadlines } from "./deadline-reminders";

// Friday 20 November 2026, 10:00 in Shanghai: a consultation sent then is due 5 working days later.
const FRIDAY = new Date("2026-11-20T02:00:00Z");
// Wednesday 16 January 2030, 08:30 in Shanghai, long after that deadline; Sunday 20 January 2030.
const LATER_WEDNESDAY = new Date("2030-01-16T00:30:00Z");
const LATER_SUNDAY = new Date("2030-01-20T00:30:00Z");

describe("mailbox deadline reminders (K1)", () => {
  it("K1: on a working morning each STAFF member is told once about overdue letters, with a link to the overdue queue", async () => {
    const person = await createTestUser("PERSON");
    const staff = await createTestUser("STAFF");
    await submitConsultation(person, { kind: "CONSULT", topic: "TRANSFER", title: "转移接续进度", body: "我的养老保险转移申请提交一个月了，进度如何？" }, FRIDAY);

    expect(await remindConsultationDeadlines(LATER_SUNDAY)).toMatchObject({ reminded: 0 });
    expect(await db.message.count({ where: { userId: staff.id } })).toBe(0);

    const first = await remindConsultationDeadlines(LATER_WEDNESDAY);
    expect(first.overdue).toBeGreaterThanOrEqual(1);
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    const [message] = await db.message.findMany({ where: { userId: staff.id } });
    expect(message).toMatchObject({ title: "网上信箱有超期未答复的信件", link: "/staff/consult?status=OVERDUE" });
    expect(message.body).toContain("封已超过答复期限");
    // A letter's asker is not a reminder's audience.
    expect(await db.message.count({ where: { userId: person.id, title: { contains: "超期" } } })).toBe(0);

    // The job runs twice (a retry, or a second instance): still one reminder that day.
    expect(await remindConsultationDeadlines(new Date(LATER_WEDNESDAY.getTime() + 60_000))).toMatchObject({ reminded: 0 });
    expect(await db.message.count({ where: { userId: staff.id } })).toBe(1);
  });
});
