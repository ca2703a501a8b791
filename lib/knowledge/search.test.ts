import { describe, expect, it } from "vitest";
import { KNOWLEDGE_ARTICLES } from "@/prisma/seed/knowledge-articles";
import { KnowledgeIndex, normaliseText } from "./search";

const seeded = KNOWLEDGE_ARTICLES.map((a, i) => ({ id: i + 1, ...a }));
const idOf = (question: string) => {
  const found = seeded.find((a) => a.question === question);
  if (!found) throw new Error(`no seeded article: ${question}`);
  return found.id;
};

/**
 * Forty seeded questions, each asked a second way: other words for the same thing, another
 * word order, or one character mistyped (marked 错字).
 */
const PARAPHRASES: [asked: string, article: string][] = [
  ["自由职业者怎么交养老保险", "灵活就业人员如何缴纳养老保险？"],
  ["缴费基数按什么标准定的", "社保缴费基数是怎么确定的？"],
  ["社会保险中断了能补交吗", "社保断缴了怎么办，可以补缴吗？"],
  ["公司几号之前要申报社会保险费", "单位每月什么时候申报缴纳社保费？"],
  ["员工个人要交百分之几的社保", "职工个人缴费比例是多少？"],
  ["在哪里查看我交社保的明细", "如何查询个人缴费记录？"],
  ["居民养老保险每年交多少档", "城乡居民养老保险的缴费档次有哪些？"],
  ["社保费交多了怎么退", "多缴或错缴的社保费如何申请退费？"],
  ["公司新来的员工怎么参保", "单位新招职工如何办理参保登记？"],
  ["员工辞职了公司怎么给他停社保", "职工离职后单位如何办理停保减员？"],
  ["社保费能用支付宝交吗", "社保费可以通过哪些渠道缴纳？"],
  ["换到外省工作养老保险怎么转关系", "跨省工作调动后养老保险关系如何转移接续？"],
  ["养老保险转过去要多少天", "养老保险关系转移一般需要多长时间？"],
  ["医保关系换城市怎么转", "医疗保险关系如何跨统筹地区转移？"],
  ["失业保险能不能转到别的地方", "失业保险关系可以转移吗？"],
  ["居民养老保险转成职工养老保险", "城乡居民养老保险能否转入职工养老保险？"],
  ["转养老保险时统筹基金转多少", "转移养老保险关系时个人账户和统筹基金怎么转？"],
  ["养老保险转移接续到哪一步了怎么查", "如何查询养老保险转移接续的办理进度？"],
  ["从事业单位调到企业养老保险怎么办", "机关事业单位与企业之间流动如何转移养老保险？"],
  ["怎么在网上开参保证明", "如何打印个人参保证明？"],
  ["证明的防伪码在哪里验证", "网上打印的参保证明怎么验证真伪？"],
  ["公司要打印员工缴费明细去投标", "单位如何打印职工的参保缴费明细？"],
  ["落户要连续缴费证明去哪开", "买房或者落户需要的社保缴费证明怎么开？"],
  ["参保证明多久有效", "参保证明的有效期是多久？"],
  ["个人权益对账单在哪看", "如何查看个人权益记录单？"],
  ["辞职以后失业证明怎么办", "离职后怎么开具失业证明？"],
  ["退休要什么条件", "办理退休需要满足什么条件？"],
  ["办退休要带什么材料", "办理退休需要准备哪些材料？"],
  ["退休金怎么算的", "基本养老金是怎么计算的？"],
  ["退休工资哪天到账", "养老金每月几号发放？"],
  ["每年刷脸认证怎么做", "退休人员每年如何进行养老金领取资格认证？"],
  ["交社保不够15年到退休年龄了", "到了退休年龄缴费不满15年怎么办？"],
  ["能延迟退休吗", "可以提前退休或者弹性延迟退休吗？"],
  ["退休以后住在外地怎么领退休金", "退休后在异地居住如何领取养老金？"],
  ["父亲过世了抚恤金怎么领", "参保人去世后丧葬补助金和抚恤金如何申领？"],
  ["失业金怎么领取", "失业保险金如何申领？"],
  ["社保卡掉了怎么补", "社会保障卡丢失后如何挂失补办？"],
  ["登陆密码忘了", "忘记登录密码怎么办？"], // 错字: 登陆
  ["手机号换了怎么改帮定", "更换手机号后如何修改账户绑定的手机？"], // 错字: 帮定
  ["养老金调整后什么时侯到账", "每年养老金调整上涨后什么时候到账？"], // 错字: 时侯
];

describe("knowledge search (K2)", () => {
  it("K2: an exact phrase in a question ranks first, above an article that repeats its words more often", () => {
    const index = new KnowledgeIndex([
      { id: 1, question: "养老保险的缴费和转移，养老保险缴费年限怎么算", answer: "养老保险缴费年限累计计算；养老保险缴费基数每年核定。" },
      { id: 2, question: "养老保险缴费年限", answer: "见政策。" },
      { id: 3, question: "预约取号", answer: "到网点凭预约号取号。" },
    ]);
    const hits = index.search("养老保险缴费年限");
    expect(hits[0]).toMatchObject({ id: 2, exact: true });
    expect(hits.map((h) => h.id)).not.toContain(3);
  });

  it("K2: synonyms of social-insurance terms find the same article", () => {
    expect(normaliseText("退休金")).toBe(normaliseText("养老金"));
    expect(normaliseText("社会保险")).toBe(normaliseText("社保"));
    expect(normaliseText("转移接续")).toBe(normaliseText("转关系"));
    const index = new KnowledgeIndex([
      { id: 1, question: "养老金每月几号发放？", answer: "每月上旬发放。" },
      { id: 2, question: "失业保险金如何申领？", answer: "办理失业登记后申领。" },
    ]);
    expect(index.search("退休工资什么时候发")[0]?.id).toBe(1);
  });

  it("K2: a one-character typo still finds the article", () => {
    const index = new KnowledgeIndex(seeded);
    expect(index.search("社会保障卡丢失了怎么挂室补办")[0]?.id).toBe(idOf("社会保障卡丢失后如何挂失补办？"));
    expect(index.search("个人怎么注测网上服务平台账户")[0]?.id).toBe(idOf("个人如何注册网上经办服务平台账户？"));
  });

  it("K2: nothing in common with any article returns no hits, and an empty query none", () => {
    const index = new KnowledgeIndex(seeded);
    expect(index.search("xyzzy")).toEqual([]);
    expect(index.search("   ？？")).toEqual([]);
  });

  it("K2: search quality — 40 questions asked another way: the right article first for at least 34, in the top three for 38", () => {
    expect(PARAPHRASES).toHaveLength(40);
    expect(new Set(PARAPHRASES.map(([, article]) => article)).size).toBe(40);
    const index = new KnowledgeIndex(seeded);
    let first = 0;
    let topThree = 0;
    const misses: string[] = [];
    for (const [asked, article] of PARAPHRASES) {
      const ids = index.search(asked, 3).map((h) => h.id);
      const rank = ids.indexOf(idOf(article));
      if (rank === 0) first += 1;
      if (rank >= 0) topThree += 1;
      if (rank !== 0) misses.push(`${asked} → ${rank < 0 ? "not in top 3" : `#${rank + 1}`}`);
    }
    console.info(`K2 search quality: first ${first}/40, top three ${topThree}/40${misses.length ? `; misses: ${misses.join("; ")}` : ""}`);
    expect(first).toBeGreaterThanOrEqual(34);
    expect(topThree).toBeGreaterThanOrEqual(38);
  });
});
