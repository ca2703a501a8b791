import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { WorkingDayCalendar } from "@/lib/calendar";
import { AppError } from "@/lib/errors/app-error";
import { asUser, createTestUser } from "@/tests/helpers";
import { searchKnowledge } from "@/lib/knowledge/knowledge-base";
import { getConsultationForStaff, getMyConsultation, listConsultationQueue, listMyConsultations } from "./queries";
import { replyDueDate, submitConsultation } from "./submit-consultation";
import { replyConsultation } from "./reply-consultation";
import { publishConsultation } from "./publish-consultation";
import { maskPersonalData } from "./anonymise";
import { submitConsultationAction } from "./actions";
import { readAttachment } from "./attachments";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const PDF = new TextEncoder().encode("%PDF-1.7\n%demo\n");

// Friday 20 November 2026, 10:00 in Shanghai.
const FRIDAY = new Date("2026-11-20T02:00:00Z");

const letter = { kind: "CONSULT" as const, topic: "TRANSFER" as const, title: "养老保险跨省转移", body: "我从外省调来本市工作，原来的养老保险怎么转过来？" };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "OK";
}

describe("online mailbox (K1)", () => {
  it("K1: the reply deadline counts working days, skipping weekends and statutory holidays", () => {
    const plain = new WorkingDayCalendar([]);
    expect(replyDueDate(plain, "CONSULT", FRIDAY)).toBe("2026-11-27"); // 5 working days
    expect(replyDueDate(plain, "COMPLAINT", FRIDAY)).toBe("2026-12-04"); // 10 working days
    const withHoliday = new WorkingDayCalendar([{ date: "2026-11-24", kind: "HOLIDAY" }]);
    expect(replyDueDate(withHoliday, "CONSULT", FRIDAY)).toBe("2026-11-30");
    const withMakeUpSaturday = new WorkingDayCalendar([{ date: "2026-11-21", kind: "WORKDAY" }]);
    expect(replyDueDate(withMakeUpSaturday, "CONSULT", FRIDAY)).toBe("2026-11-26");
  });

  it("K1: a person sends a letter, STAFF answers it, the person is told in the inbox", async () => {
    const person = await createTestUser("PERSON");
    const staff = await createTestUser("STAFF");
    const sent = await submitConsultation(person, letter, FRIDAY);
    expect(sent.ticketNo).toMatch(/^XX20261120\d{6}$/);
    expect(sent.dueDate).toBe("2026-11-27");
    expect(await db.message.count({ where: { userId: person.id, title: { contains: "已收到" } } })).toBe(1);

    const queue = await listConsultationQueue(staff, { status: "OPEN", page: 1, today: "2026-11-20" });
    expect(queue.rows.map((r) => r.id)).toContain(sent.id);

    const replied = await replyConsultation(staff, { id: sent.id, reply: "请在新参保地申请转移接续，无需回原参保地。", handlingResult: "" }, new Date("2026-11-23T02:00:00Z"));
    expect(replied.onTime).toBe(true);
    const mine = await getMyConsultation(person, sent.id);
    expect(mine).toMatchObject({ status: "CLOSED", reply: "请在新参保地申请转移接续，无需回原参保地。" });
    const notice = await db.message.findFirstOrThrow({ where: { userId: person.id, title: { contains: "已答复" } } });
    expect(notice.link).toBe(`/person/consult/${sent.id}`);

    // Answered once: a second answer is refused.
    expect(await codeOf(replyConsultation(staff, { id: sent.id, reply: "第二次答复内容", handlingResult: "" }, FRIDAY))).toBe("CONFLICT");
  });

  it("K1: a complaint is not closed without a handling result", async () => {
    const person = await createTestUser("PERSON");
    const staff = await createTestUser("STAFF");
    const sent = await submitConsultation(person, { ...letter, kind: "COMPLAINT", title: "窗口服务态度差" }, FRIDAY);
    expect(sent.dueDate).toBe("2026-12-04");
    expect(await codeOf(replyConsultation(staff, { id: sent.id, reply: "已收到您的投诉，正在核查。", handlingResult: "  " }, FRIDAY))).toBe("VALIDATION");
    expect((await db.consultation.findUniqueOrThrow({ where: { id: sent.id } })).status).toBe("OPEN");
    await replyConsultation(staff, { id: sent.id, reply: "经核查情况属实。", handlingResult: "已对窗口人员批评教育并纳入考核。" }, FRIDAY);
    expect((await db.consultation.findUniqueOrThrow({ where: { id: sent.id } })).handlingResult).toBe("已对窗口人员批评教育并纳入考核。");
  });

  it("K1: a late answer is recorded as not on time", async () => {
    const person = await createTestUser("PERSON");
    const staff = await createTestUser("STAFF");
    const sent = await submitConsultation(person, letter, FRIDAY);
    const late = await replyConsultation(staff, { id: sent.id, reply: "答复较晚，敬请谅解。", handlingResult: "" }, new Date("2026-11-30T02:00:00Z"));
    expect(late.onTime).toBe(false);
  });

  it("U9: another user's letter is not found, and their list holds only their own", async () => {
    const alice = await createTestUser("PERSON");
    const bob = await createTestUser("PERSON");
    const sent = await submitConsultation(alice, letter, FRIDAY);
    expect(await codeOf(getMyConsultation(bob, sent.id))).toBe("NOT_FOUND");
    expect((await listMyConsultations(bob)).map((l) => l.id)).not.toContain(sent.id);
    // A person cannot read the STAFF view or answer.
    expect(await codeOf(getConsultationForStaff(bob, sent.id))).toBe("FORBIDDEN");
    expect(await codeOf(replyConsultation(bob, { id: sent.id, reply: "冒充答复内容", handlingResult: "" }, FRIDAY))).toBe("FORBIDDEN");
  });

  it("K1: the action keeps STAFF from writing letters and checks the form", async () => {
    const staff = await createTestUser("STAFF");
    expect(await asUser(staff, () => submitConsultationAction(letter))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const person = await createTestUser("PERSON");
    const result = await asUser(person, () => submitConsultationAction({ ...letter, body: "太短" }));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { body: expect.any(String) } });
  });
});

describe("publishing an answered letter (K1 → K2)", () => {
  it("K1: the automatic pass masks ID numbers, mobiles and the asker's name", () => {
    const text = "我叫王小明，身份证110101199003071234，手机13912345678，电话请打给我。";
    const masked = maskPersonalData(text, ["王小明"]);
    expect(masked).not.toContain("王小明");
    expect(masked).not.toContain("110101199003071234");
    expect(masked).not.toContain("13912345678");
    expect(masked).toContain("1101**********1234");
    expect(masked).toContain("139****5678");
  });

  it("K1: a copy that still holds personal data is refused; the published copy is searchable and holds none", async () => {
    const person = await createTestUser("PERSON", { name: "欧阳明华" });
    const staff = await createTestUser("STAFF");
    const sent = await submitConsultation(person, { ...letter, body: "我是欧阳明华，手机13900001111，身份证110101199003071234，社保怎么转？" }, FRIDAY);
    expect(await codeOf(publishConsultation(staff, { id: sent.id, question: "社保怎么转移？", answer: "在新参保地申请即可。" }, FRIDAY))).toBe("CONFLICT"); // not answered yet
    await replyConsultation(staff, { id: sent.id, reply: "欧阳明华您好，请在新参保地申请转移接续。", handlingResult: "" }, FRIDAY);

    for (const question of ["欧阳明华问：社保怎么转移？", "手机13900001111的参保人问社保怎么转移", "110101199003071234 社保怎么转移"]) {
      expect(await codeOf(publishConsultation(staff, { id: sent.id, question, answer: "在新参保地申请转移接续即可。" }, FRIDAY))).toBe("VALIDATION");
    }
    const { articleId } = await publishConsultation(staff, { id: sent.id, question: "外省调来本市工作，原来的养老保险怎么转移？", answer: "请在新参保地申请转移接续，无需回原参保地。" }, FRIDAY);
    const article = await db.knowledgeArticle.findUniqueOrThrow({ where: { id: articleId } });
    const published = JSON.stringify(article);
    for (const personal of ["欧阳明华", "13900001111", "110101199003071234", person.id]) expect(published).not.toContain(personal);
    expect((await searchKnowledge("外省调来本市工作原来的养老保险怎么转移")).map((a) => a.id)[0]).toBe(articleId);
    expect(await codeOf(publishConsultation(staff, { id: sent.id, question: "再公开一次的问题", answer: "再公开一次的答复" }, FRIDAY))).toBe("CONFLICT");
  });
});

describe("letter attachments (K1)", () => {
  it("K1: a PNG and a PDF sent through the form are kept and read back by the asker and STAFF; another user gets not found", async () => {
    const person = await createTestUser("PERSON");
    const result = await asUser(person, () =>
      submitConsultationAction({ ...letter, attachments: [new File([PNG], "社保卡照片.png", { type: "image/png" }), new File([PDF], "证明.pdf")] }),
    );
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    const { attachments } = await getMyConsultation(person, id);
    expect(attachments.map((a) => [a.fileName, a.size])).toEqual([["社保卡照片.png", 16], ["证明.pdf", PDF.length]]);
    const png = await readAttachment(person, attachments[0].id);
    expect(png.mimeType).toBe("image/png");
    expect(Buffer.from(png.bytes).equals(Buffer.from(PNG))).toBe(true);
    expect((await readAttachment(await createTestUser("STAFF"), attachments[1].id)).mimeType).toBe("application/pdf");
    expect(await codeOf(readAttachment(await createTestUser("PERSON"), attachments[0].id))).toBe("NOT_FOUND");
  });

  it("K1: a file that is not PDF/JPG/PNG by its first bytes, one over 2 MB, or a fourth file is refused and nothing is kept", async () => {
    const person = await createTestUser("PERSON");
    const before = await db.consultation.count({ where: { userId: person.id } });
    const cases = [
      [new File([new TextEncoder().encode("MZ not really a pdf")], "说明.pdf", { type: "application/pdf" })],
      [new File([PNG, new Uint8Array(2 * 1024 * 1024)], "大图.png")],
      [1, 2, 3, 4].map((i) => new File([PNG], `${i}.png`)),
    ];
    for (const attachments of cases) {
      const result = await asUser(person, () => submitConsultationAction({ ...letter, attachments }));
      expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { attachments: expect.any(String) } });
    }
    expect(await db.consultation.count({ where: { userId: person.id } })).toBe(before);
    // No attachment chosen: the empty file a form sends is ignored.
    expect(await asUser(person, () => submitConsultationAction({ ...letter, attachments: new File([], "") }))).toMatchObject({ ok: true });
  });
});
