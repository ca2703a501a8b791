/**
 * 知识库全文检索 (K2). An in-process index over the published articles, so SQLite and
 * PostgreSQL rank identically: text is normalised (full-width → half-width, synonyms of
 * social-insurance terms → one word, question words dropped), cut into character bigrams
 * (a one-character typo still leaves most bigrams matching) and scored with BM25, the
 * question weighing more than the answer. A query found verbatim in a question ranks above
 * every article that only shares its bigrams. Pure: no database, no Next.js.
 */

export interface SearchableArticle {
  id: number;
  question: string;
  answer: string;
  keywords?: string;
}

export interface SearchHit {
  id: number;
  score: number;
  /** the normalised query occurs verbatim in the question */
  exact: boolean;
}

/**
 * Words of the trade that people write several ways, each mapped to the one form the index
 * keeps. Longer forms are replaced first, so 养老保险待遇 becomes 养老金 before 养老保险 is read.
 */
const SYNONYMS: Record<string, readonly string[]> = {
  社保: ["社会保险", "社险"],
  社保卡: ["社会保障卡", "社保卡片"],
  养老金: ["养老保险待遇", "养老待遇", "退休金", "退休工资", "退休费", "养老钱"],
  转移: ["转移接续", "转关系", "接续", "迁移", "转入转出", "转出", "转入"],
  参保证明: ["参保缴费证明", "缴费证明", "社保证明", "参保凭证"],
  退休: ["办理退休", "办退休", "退休手续"],
  缴纳: ["交纳", "缴交", "缴付"],
  缴费: ["交费", "交钱"],
  补缴: ["补交", "补费"],
  缴社保: ["交社保", "上社保"],
  打印: ["开具", "开个", "开一份", "出具"],
  手机: ["手机号码", "手机号", "电话号码"],
  密码: ["登录密码", "口令"],
  丢失: ["遗失", "丢了", "弄丢", "掉了"],
  单位: ["用人单位", "公司", "企业"],
  职工: ["员工", "工人"],
  离职: ["辞职", "离开单位", "解除劳动合同"],
  异地: ["外地", "外省市"],
  跨省: ["外省", "省外"],
  失业保险金: ["失业金", "失业救济金"],
  认证: ["资格认证", "生存认证", "领取资格认证"],
  查询: ["查看", "查一下", "查找"],
  多久: ["多长时间", "几天", "多少天"],
  发放: ["发钱", "到账", "打钱"],
  灵活就业: ["自由职业", "个体户", "打零工"],
  基数: ["缴费基数", "工资基数"],
  去世: ["死亡", "过世", "病故"],
};

/** Question words and particles: they say nothing about which article is meant. */
const STOP_WORDS = [
  "请问", "怎么办", "怎么样", "怎么", "如何", "怎样", "什么", "哪些", "哪里", "哪儿", "可以", "能否", "能不能", "是否", "需要", "一下",
  "吗", "呢", "吧", "啊", "的", "了", "我", "我们", "你们", "是", "要", "想", "在", "和", "与", "及", "或",
];

const SYNONYM_PAIRS: [string, string][] = Object.entries(SYNONYMS)
  .flatMap(([canonical, variants]) => variants.map((v) => [v, canonical] as [string, string]))
  .sort((a, b) => b[0].length - a[0].length);

const STOP_SORTED = [...STOP_WORDS].sort((a, b) => b.length - a.length);

/** Full-width letters and digits to half-width, lower case, punctuation and spaces to a break. */
function fold(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{Script=Han}a-z0-9]+/gu, " ");
}

/** Replaces every listed variant by its canonical word, longest first, in one left-to-right pass. */
function canonicalise(text: string): string {
  let out = "";
  let i = 0;
  outer: while (i < text.length) {
    for (const [variant, canonical] of SYNONYM_PAIRS) {
      if (text.startsWith(variant, i)) {
        out += canonical;
        i += variant.length;
        continue outer;
      }
    }
    out += text[i];
    i += 1;
  }
  return out;
}

function dropStopWords(text: string): string {
  let out = "";
  let i = 0;
  outer: while (i < text.length) {
    for (const word of STOP_SORTED) {
      if (text.startsWith(word, i)) {
        out += " ";
        i += word.length;
        continue outer;
      }
    }
    out += text[i];
    i += 1;
  }
  return out;
}

/** The text as the index sees it: folded, synonyms unified, question words removed, spaces collapsed. */
export function normaliseText(text: string): string {
  return dropStopWords(canonicalise(fold(text))).replace(/\s+/g, " ").trim();
}

/**
 * The terms of a normalised text: bigrams of each run of Chinese characters (a lone character
 * is its own term), and whole words of Latin letters and digits.
 */
export function termsOf(normalised: string): string[] {
  const terms: string[] = [];
  for (const run of normalised.split(" ")) {
    if (!run) continue;
    for (const piece of run.match(/[a-z0-9]+|\p{Script=Han}+/gu) ?? []) {
      if (/^[a-z0-9]/.test(piece) || piece.length === 1) {
        terms.push(piece);
        continue;
      }
      for (let i = 0; i + 1 < piece.length; i += 1) terms.push(piece.slice(i, i + 2));
    }
  }
  return terms;
}

// BM25 parameters (the usual defaults) and how much each field counts.
const K1 = 1.2;
const B = 0.75;
const FIELD_WEIGHTS = { question: 3, keywords: 2, answer: 1 } as const;

interface IndexedArticle {
  id: number;
  question: string; // normalised, for the exact-phrase test
  tf: Map<string, number>; // weighted term frequency over the fields
  length: number; // weighted length
}

export class KnowledgeIndex {
  private readonly docs: IndexedArticle[];
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;

  constructor(articles: readonly SearchableArticle[]) {
    this.docs = articles.map((a) => {
      const tf = new Map<string, number>();
      let length = 0;
      const question = normaliseText(a.question);
      const fields: [string, number][] = [
        [question, FIELD_WEIGHTS.question],
        [normaliseText(a.keywords ?? ""), FIELD_WEIGHTS.keywords],
        [normaliseText(a.answer), FIELD_WEIGHTS.answer],
      ];
      for (const [text, weight] of fields) {
        for (const term of termsOf(text)) {
          tf.set(term, (tf.get(term) ?? 0) + weight);
          length += weight;
        }
      }
      for (const term of tf.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
      return { id: a.id, question, tf, length };
    });
    this.avgLength = this.docs.reduce((sum, d) => sum + d.length, 0) / Math.max(1, this.docs.length);
  }

  get size(): number {
    return this.docs.length;
  }

  private idf(term: string): number {
    const n = this.docs.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The best matches first; articles sharing no term with the query are left out. */
  search(query: string, limit = 5): SearchHit[] {
    const normalised = normaliseText(query);
    const terms = [...new Set(termsOf(normalised))];
    if (terms.length === 0) return [];
    const phrase = normalised.replace(/ /g, "");
    const hits: SearchHit[] = [];
    for (const doc of this.docs) {
      let score = 0;
      for (const term of terms) {
        const f = doc.tf.get(term);
        if (!f) continue;
        score += (this.idf(term) * f * (K1 + 1)) / (f + K1 * (1 - B + (B * doc.length) / this.avgLength));
      }
      if (score <= 0) continue;
      const exact = phrase.length >= 2 && doc.question.replace(/ /g, "").includes(phrase);
      hits.push({ id: doc.id, score, exact });
    }
    // An exact phrase in the question outranks any bigram score; ties keep the lower id first.
    hits.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.id - b.id);
    return hits.slice(0, limit);
  }
}
