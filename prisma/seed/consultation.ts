/**
 * Demo data of K1–K5: the knowledge base, two letters of the demo person (one answered, one
 * waiting) and one of the demo unit's handler, unit credit ratings and one blacklisted unit.
 * Adds only what is missing.
 */
import { db } from "@/lib/db";
import { computeCreditCodeCheckChar } from "@/lib/identity/credit-code";
import { loadWorkingDayCalendar } from "@/lib/calendar/working-day-store";
import { replyDueDate } from "@/lib/consultation/submit-consultation";
import { KNOWLEDGE_ARTICLES } from "./knowledge-articles";
import { DEMO_UNIT } from "./demo-identities";

const credit = (first17: string) => first17 + computeCreditCodeCheckChar(first17);

const CREDIT_RATINGS = [
  { creditCode: DEMO_UNIT.creditCode, unitName: DEMO_UNIT.name, rating: "A" },
  { creditCode: credit("91370203MA3E1F2G3"), unitName: "青岛远航物流有限公司", rating: "B" },
  { creditCode: credit("91370214MA3H4J5K6"), unitName: "青岛鑫达建筑劳务有限公司", rating: "D" },
];

const BLACKLIST = {
  creditCode: credit("91370214MA3H4J5K6"),
  unitName: "青岛鑫达建筑劳务有限公司",
  reason: "拒不缴纳职工社会保险费，经责令限期缴纳逾期仍不缴纳",
  source: "青岛市人力资源和社会保障局 青人社监〔2026〕8号",
  listedOn: "2026-09-15",
};

export async function seedConsultation(): Promise<string> {
  const existing = new Set((await db.knowledgeArticle.findMany({ select: { question: true } })).map((a) => a.question));
  const missing = KNOWLEDGE_ARTICLES.filter((a) => !existing.has(a.question));
  if (missing.length) await db.knowledgeArticle.createMany({ data: missing.map((a) => ({ ...a, keywords: a.keywords ?? "", source: "EDITOR" })) });

  for (const r of CREDIT_RATINGS) {
    await db.unitCreditRating.upsert({ where: { creditCode: r.creditCode }, create: { ...r, ratedOn: "2026-06-30", source: "青岛市社会保险事业中心" }, update: {} });
  }
  if (!(await db.dishonestyListing.findFirst({ where: { creditCode: BLACKLIST.creditCode } }))) {
    const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
    await db.dishonestyListing.create({ data: { ...BLACKLIST, createdById: admin.id } });
  }

  const person = await db.user.findUniqueOrThrow({ where: { username: "zhangsan" } });
  const handler = await db.user.findUniqueOrThrow({ where: { username: "haicheng" } });
  const staff = await db.user.findUniqueOrThrow({ where: { username: "staff01" } });
  const calendar = await loadWorkingDayCalendar();
  const now = new Date();
  const asked = new Date(now.getTime() - 3 * 86_400_000);
  const letters = [
    {
      ticketNo: "XX20261101000001",
      kind: "CONSULT",
      topic: "CERTIFICATE",
      title: "参保证明能用于办理居住证吗",
      body: "我想办理居住证，网上打印的参保证明派出所认可吗？需要盖章吗？",
      status: "CLOSED",
      reply: "网上打印的参保证明带有电子印章和防伪码，与窗口出具的证明效力相同，派出所可通过防伪码核验，无需另行盖章。",
      repliedById: staff.id,
      repliedAt: new Date(asked.getTime() + 86_400_000),
    },
    { ticketNo: "XX20261101000002", kind: "SUGGEST", topic: "ACCOUNT", title: "建议增加缴费提醒短信", body: "建议在每月缴费截止前发短信提醒灵活就业人员缴费，避免忘记断缴。", status: "OPEN" },
    { ticketNo: "XX20261101000003", kind: "CONSULT", topic: "CONTRIBUTION", title: "新入职职工当月能否参保", body: "我单位本月 20 日新招一名职工，当月还能办理参保登记并缴费吗？", status: "OPEN", asker: "UNIT" },
  ] as const;
  for (const { asker, ...l } of letters.map((l) => ({ asker: "PERSON", ...l }))) {
    await db.consultation.upsert({
      where: { ticketNo: l.ticketNo },
      create: { ...l, userId: asker === "UNIT" ? handler.id : person.id, dueDate: replyDueDate(calendar, l.kind, asked), createdAt: asked },
      update: {},
    });
  }
  return `consultation: ${KNOWLEDGE_ARTICLES.length} knowledge articles (${missing.length} added), ${letters.length} letters, ${CREDIT_RATINGS.length} credit ratings, 1 blacklisted unit`;
}
