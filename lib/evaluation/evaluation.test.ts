import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { createTestUser } from "@/tests/helpers";
import { submitConsultation } from "@/lib/consultation/submit-consultation";
import { replyConsultation } from "@/lib/consultation/reply-consultation";
import { rateService } from "./rate-service";
import { answerBadRating, listFollowUpQueue } from "./follow-up";
import { computeIndicators, loadApplicationIndicators, loadConsultationIndicators } from "./indicators";
import { seedApplicationCatalogue } from "@/lib/applications/test-fixtures";

/** An application of the given status, written directly: the applications domain's own tests cover how it gets there. */
async function applicationOf(userId: string, status: "PROCESSING" | "COMPLETED") {
  await seedApplicationCatalogue();
  const item = await db.serviceItem.findFirstOrThrow({ orderBy: { id: "asc" } });
  const n = `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
  return db.application.create({
    data: {
      applicationNo: `SB${n}`, itemId: item.id, applicantUserId: userId, requestKey: `k${n}`, status, formData: "{}",
      submittedAt: new Date("2026-11-16T02:00:00Z"), decidedAt: status === "COMPLETED" ? new Date("2026-11-18T02:00:00Z") : null,
    },
    include: { item: { select: { code: true } } },
  });
}

const FRIDAY = new Date("2026-11-20T02:00:00Z");
const letter = { kind: "CONSULT" as const, topic: "RETIREMENT" as const, title: "退休年龄怎么算", body: "我是1970年出生的女职工，什么时候可以退休？" };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "OK";
}

async function answeredLetter() {
  const person = await createTestUser("PERSON");
  const staff = await createTestUser("STAFF");
  const sent = await submitConsultation(person, letter, FRIDAY);
  return { person, staff, sent, answer: () => replyConsultation(staff, { id: sent.id, reply: "请登录后使用退休年龄测算。", handlingResult: "" }, FRIDAY) };
}

describe("service evaluation (K5)", () => {
  it("K5: a letter is rated only once it is closed, by its owner, once", async () => {
    const { person, sent, answer } = await answeredLetter();
    const rating = { kind: "CONSULTATION" as const, subjectId: sent.id, score: 5, comment: "" };
    expect(await codeOf(rateService(person, rating, FRIDAY))).toBe("CONFLICT"); // still open
    await answer();
    const other = await createTestUser("PERSON");
    expect(await codeOf(rateService(other, rating, FRIDAY))).toBe("NOT_FOUND");
    expect(await rateService(person, rating, FRIDAY)).toMatchObject({ followUp: false });
    expect(await codeOf(rateService(person, { ...rating, score: 1 }, FRIDAY))).toBe("CONFLICT");
    expect(await db.serviceRating.count({ where: { subjectId: sent.id } })).toBe(1);
  });

  it("K5: an application is rated by its applicant once it is decided, and counts in the indicators per service item", async () => {
    const person = await createTestUser("PERSON");
    const open = await applicationOf(person.id, "PROCESSING");
    expect(await codeOf(rateService(person, { kind: "APPLICATION", subjectId: open.id, score: 4, comment: "" }, FRIDAY))).toBe("CONFLICT");
    const done = await applicationOf(person.id, "COMPLETED");
    expect(await codeOf(rateService(await createTestUser("PERSON"), { kind: "APPLICATION", subjectId: done.id, score: 4, comment: "" }, FRIDAY))).toBe("NOT_FOUND");
    expect(await rateService(person, { kind: "APPLICATION", subjectId: done.id, score: 1, comment: "材料要求反复变" }, FRIDAY)).toMatchObject({ followUp: true });
    const rows = await loadApplicationIndicators(await createTestUser("ADMIN"), new Date("2026-12-15T00:00:00Z"));
    const row = rows.find((r) => r.month === "2026-11" && r.itemKey === done.item.code);
    expect(row).toMatchObject({ ratings: 1, satisfaction: 0, avgScore: 1 });
    expect(row?.closed).toBeGreaterThanOrEqual(1);
  });

  it("K5: a rating of 2 enters the STAFF follow-up queue until answered; 3 does not", async () => {
    const a = await answeredLetter();
    await a.answer();
    await rateService(a.person, { kind: "CONSULTATION", subjectId: a.sent.id, score: 2, comment: "答复太笼统" }, FRIDAY);
    const b = await answeredLetter();
    await b.answer();
    await rateService(b.person, { kind: "CONSULTATION", subjectId: b.sent.id, score: 3, comment: "" }, FRIDAY);

    const queue = await listFollowUpQueue(a.staff, { status: "PENDING", page: 1 });
    const subjects = queue.rows.map((r) => r.subjectId);
    expect(subjects).toContain(a.sent.id);
    expect(subjects).not.toContain(b.sent.id);
    const row = queue.rows.find((r) => r.subjectId === a.sent.id)!;
    expect(row.letter?.ticketNo).toBe(a.sent.ticketNo);
    expect(await codeOf(listFollowUpQueue(a.person, { status: "PENDING", page: 1 }))).toBe("FORBIDDEN");

    await answerBadRating(a.staff, { id: row.id, note: "已电话联系说明退休年龄测算方法。" }, FRIDAY);
    expect((await listFollowUpQueue(a.staff, { status: "PENDING", page: 1 })).rows.map((r) => r.subjectId)).not.toContain(a.sent.id);
    expect(await db.message.count({ where: { userId: a.person.id, title: { contains: "回访" } } })).toBe(1);
    expect(await codeOf(answerBadRating(a.staff, { id: row.id, note: "重复回访的内容" }, FRIDAY))).toBe("CONFLICT");
  });

  it("K5: indicator maths — satisfaction, on-time rate and average handling time per item and month", () => {
    const at = (iso: string) => new Date(iso);
    const rows = computeIndicators(
      [
        // November, TRANSFER: 2 days on time, 4 days on time, 6 days late → 2/3 on time, 4.0 days on average
        { itemKey: "TRANSFER", submittedAt: at("2026-11-02T02:00:00Z"), closedAt: at("2026-11-04T02:00:00Z"), dueDate: "2026-11-09" },
        { itemKey: "TRANSFER", submittedAt: at("2026-11-02T02:00:00Z"), closedAt: at("2026-11-06T02:00:00Z"), dueDate: "2026-11-09" },
        { itemKey: "TRANSFER", submittedAt: at("2026-11-04T02:00:00Z"), closedAt: at("2026-11-10T02:00:00Z"), dueDate: "2026-11-09" },
        // closed 1 December 07:00 Shanghai (30 November 23:00 UTC): a December row, closed on its due day
        { itemKey: "TRANSFER", submittedAt: at("2026-11-30T23:00:00Z"), closedAt: at("2026-11-30T23:00:00Z"), dueDate: "2026-12-01" },
      ],
      [
        { itemKey: "TRANSFER", score: 5, ratedAt: at("2026-11-05T02:00:00Z") },
        { itemKey: "TRANSFER", score: 4, ratedAt: at("2026-11-06T02:00:00Z") },
        { itemKey: "TRANSFER", score: 2, ratedAt: at("2026-11-07T02:00:00Z") },
        { itemKey: "TRANSFER", score: 1, ratedAt: at("2026-11-08T02:00:00Z") },
        { itemKey: "RETIREMENT", score: 3, ratedAt: at("2026-11-08T02:00:00Z") },
      ],
    );
    const nov = rows.find((r) => r.month === "2026-11" && r.itemKey === "TRANSFER")!;
    expect(nov).toMatchObject({ closed: 3, onTime: 2, avgHandlingDays: 4, ratings: 4, satisfied: 2, satisfaction: 0.5, avgScore: 3 });
    expect(nov.onTimeRate).toBeCloseTo(2 / 3, 10);
    expect(rows.find((r) => r.month === "2026-12")).toMatchObject({ itemKey: "TRANSFER", closed: 1, onTime: 1, onTimeRate: 1, avgHandlingDays: 0, ratings: 0, satisfaction: null });
    expect(rows.find((r) => r.itemKey === "RETIREMENT")).toMatchObject({ month: "2026-11", closed: 0, onTimeRate: null, avgHandlingDays: null, satisfaction: 0, avgScore: 3 });
    // newest month first
    expect(rows[0].month).toBe("2026-12");
  });

  it("K5: the ADMIN indicators include a rated letter; others may not read them", async () => {
    const a = await answeredLetter();
    await a.answer();
    await rateService(a.person, { kind: "CONSULTATION", subjectId: a.sent.id, score: 2, comment: "" }, FRIDAY);
    const admin = await createTestUser("ADMIN");
    const rows = await loadConsultationIndicators(admin, new Date("2026-12-15T00:00:00Z"));
    const row = rows.find((r) => r.month === "2026-11" && r.itemKey === "RETIREMENT");
    expect(row?.closed).toBeGreaterThanOrEqual(1);
    expect(row?.ratings).toBeGreaterThanOrEqual(1);
    expect(await codeOf(loadConsultationIndicators(a.staff, new Date(0)))).toBe("FORBIDDEN");
  });
});
