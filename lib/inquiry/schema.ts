/** zod schemas of the inquiry pages: the pension calculator's form (read from the query string). */
import { z } from "@/lib/validation/zod";
import { MONTHS_DIVISOR, type PensionInput } from "./pension-calculator";

const ages = Object.keys(MONTHS_DIVISOR).map(Number);
const [minAge, maxAge] = [Math.min(...ages), Math.max(...ages)];

/** A number typed into a form: "" is missing, thousands separators and spaces are forgiven. */
const typedNumber = (message: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.replace(/[,，\s]/g, "") === "" ? undefined : Number(v.replace(/[,，\s]/g, ""))) : v),
    z.number({ error: (issue) => (issue.input === undefined ? "此项为必填项" : message) }).refine(Number.isFinite, message),
  );

/** 元 with at most two decimals → integer fen. */
const yuan = (label: string, max: number) =>
  typedNumber(`请输入${label}（元）`)
    .refine((n) => n >= 0, `${label}不能为负数`)
    .refine((n) => n <= max, `${label}不能超过 ${max.toLocaleString("en")} 元`)
    .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, `${label}最多保留两位小数`)
    .transform((n) => Math.round(n * 100));

export const pensionCalculatorSchema = z
  .object({
    age: typedNumber("请输入当前年龄（周岁）").refine((n) => Number.isInteger(n) && n >= 16 && n <= maxAge, `当前年龄应为 16–${maxAge} 周岁的整数`),
    retirementAge: typedNumber("请选择退休年龄")
      .refine((n) => Number.isInteger(n) && n >= minAge && n <= maxAge, `退休年龄应为 ${minAge}–${maxAge} 周岁的整数`),
    averageWage: yuan("当地月平均工资", 1_000_000).refine((fen) => fen > 0, "当地月平均工资应大于 0"),
    averageIndex: typedNumber("请输入平均缴费指数")
      .refine((n) => n >= 0.6 && n <= 3, "平均缴费指数应在 0.6 到 3 之间（缴费基数为平均工资的 60%–300%）"),
    contributionYears: typedNumber("请输入累计缴费年限")
      .refine((n) => n > 0 && n <= 55, "累计缴费年限应大于 0 且不超过 55 年")
      .refine((n) => Number.isInteger(Math.round(n * 12 * 1e6) / 1e6), "缴费年限按月计，如 25.5 年（即 306 个月）"),
    accountBalance: yuan("个人账户储存额", 100_000_000),
  })
  .superRefine((v, ctx) => {
    if (v.retirementAge < v.age) ctx.addIssue({ code: "custom", path: ["retirementAge"], message: "退休年龄不能小于当前年龄" });
    // Work starts at 16 at the earliest (劳动法 第十五条).
    if (v.contributionYears > v.retirementAge - 16) ctx.addIssue({ code: "custom", path: ["contributionYears"], message: `退休年龄为 ${v.retirementAge} 周岁时，缴费年限不能超过 ${v.retirementAge - 16} 年` });
  })
  .transform((v): PensionInput => ({
    age: v.age,
    retirementAge: v.retirementAge,
    averageWageFen: v.averageWage,
    averageIndex: v.averageIndex,
    contributionYears: v.contributionYears,
    accountBalanceFen: v.accountBalance,
  }));

export const PENSION_FIELDS = ["age", "retirementAge", "averageWage", "averageIndex", "contributionYears", "accountBalance"] as const;
