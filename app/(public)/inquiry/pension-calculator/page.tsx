import Link from "next/link";
import { calculatePension, MINIMUM_CONTRIBUTION_YEARS, MONTHS_DIVISOR, type PensionInput, type PensionResult } from "@/lib/inquiry/pension-calculator";
import { PENSION_FIELDS, pensionCalculatorSchema } from "@/lib/inquiry/schema";
import { formatYuan } from "@/lib/inquiry/labels";
import { fieldErrorsOf } from "@/lib/validation/zod";
import { textParam, type SearchParams } from "@/lib/validation/search-params";

export const metadata = { title: "基本养老金测算" };

const FIELDS: { name: (typeof PENSION_FIELDS)[number]; label: string; hint: string; inputMode: "numeric" | "decimal" }[] = [
  { name: "age", label: "当前年龄（周岁）", hint: "整数", inputMode: "numeric" },
  { name: "retirementAge", label: "退休年龄（周岁）", hint: "40–70 周岁，决定个人账户养老金计发月数", inputMode: "numeric" },
  { name: "averageWage", label: "退休时当地上年度在岗职工月平均工资（元）", hint: "以当地人社部门公布的计发基数为准", inputMode: "decimal" },
  { name: "averageIndex", label: "本人平均缴费指数", hint: "历年缴费基数 ÷ 当年平均工资的平均值，0.6–3", inputMode: "decimal" },
  { name: "contributionYears", label: "累计缴费年限（年）", hint: "含视同缴费年限，可按月计，如 25.5", inputMode: "decimal" },
  { name: "accountBalance", label: "退休时个人账户储存额（元）", hint: "可在登录后的“个人账户”页查询当前余额", inputMode: "decimal" },
];

const yuan = (fen: number) => `${formatYuan(fen)} 元`;

/**
 * 基本养老金测算 (Q4), public. A plain GET form: the result is computed on the server and the
 * typed values stay in the fields, so it works without JavaScript and a result can be bookmarked.
 */
export default async function PensionCalculatorPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const values = Object.fromEntries(PENSION_FIELDS.map((f) => [f, textParam(params, f)]));
  const submitted = PENSION_FIELDS.some((f) => values[f] !== "");
  const parsed = submitted ? pensionCalculatorSchema.safeParse(values) : null;
  const errors = parsed && !parsed.success ? fieldErrorsOf(parsed.error) : {};
  const input = parsed?.success ? parsed.data : null;
  const result = input ? calculatePension(input) : null;

  return (
    <div className="space-y-6">
      <nav aria-label="当前位置" className="text-sm"><Link href="/inquiry">网上查询</Link> › 基本养老金测算</nav>
      <h1>基本养老金测算</h1>
      <p>适用于企业职工基本养老保险。按《国务院关于完善企业职工基本养老保险制度的决定》（国发〔2005〕38号）规定的计发办法估算，结果仅供参考，以退休时社保经办机构核定为准。</p>

      <form method="get" aria-label="养老金测算" className="card grid gap-4 sm:grid-cols-2" noValidate>
        {Object.keys(errors).length > 0 && (
          <p role="alert" className="font-semibold text-danger-600 sm:col-span-2">输入有误，请按提示修改后重新测算。</p>
        )}
        {FIELDS.map((f) => (
          <div key={f.name} className="space-y-1">
            <label htmlFor={f.name} className="block font-medium">{f.label}</label>
            <input
              id={f.name}
              name={f.name}
              defaultValue={values[f.name]}
              inputMode={f.inputMode}
              className="input"
              aria-invalid={errors[f.name] ? true : undefined}
              aria-describedby={`${f.name}-hint${errors[f.name] ? ` ${f.name}-error` : ""}`}
            />
            <p id={`${f.name}-hint`} className="text-xs text-slate-600">{f.hint}</p>
            {errors[f.name] && <p id={`${f.name}-error`} className="text-sm text-danger-600">{errors[f.name]}</p>}
          </div>
        ))}
        <div className="sm:col-span-2"><button type="submit" className="btn">测算</button></div>
      </form>

      {input && result && <PensionExplanation input={input} result={result} />}

      <details className="card">
        <summary className="cursor-pointer font-medium">个人账户养老金计发月数表</summary>
        <table className="table mt-2">
          <caption className="sr-only">计发月数表</caption>
          <thead><tr><th scope="col">退休年龄</th><th scope="col">计发月数</th><th scope="col">退休年龄</th><th scope="col">计发月数</th></tr></thead>
          <tbody>
            {Array.from({ length: 16 }, (_, i) => 40 + i).map((age) => (
              <tr key={age}>
                <td>{age}</td><td>{MONTHS_DIVISOR[age]}</td>
                <td>{age + 16 <= 70 ? age + 16 : ""}</td><td>{age + 16 <= 70 ? MONTHS_DIVISOR[age + 16] : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

function PensionExplanation({ input, result }: { input: PensionInput; result: PensionResult }) {
  return (
    <section aria-labelledby="result" className="card space-y-3" aria-live="polite">
      <h2 id="result">测算结果：每月约 {yuan(result.totalFen)}</h2>
      {!result.eligible && (
        <p role="alert" className="font-semibold text-danger-600">
          累计缴费年限不足 {MINIMUM_CONTRIBUTION_YEARS} 年，退休时不能按月领取基本养老金，可延长缴费至满 {MINIMUM_CONTRIBUTION_YEARS} 年。以下数字仅为按公式的演示。
        </p>
      )}
      <ol className="list-decimal space-y-2 pl-6">
        <li>
          本人指数化月平均缴费工资 = 当地月平均工资 × 平均缴费指数 = {yuan(input.averageWageFen)} × {input.averageIndex} = <strong>{yuan(result.indexedWageFen)}</strong>
        </li>
        <li>
          基础养老金 = （当地月平均工资 + 本人指数化月平均缴费工资）÷ 2 × 缴费年限 × 1%
          <br />= {yuan(input.averageWageFen)} × (1 + {input.averageIndex}) ÷ 2 × {input.contributionYears} × 1%
          <br />= {yuan(result.basisFen)} × {input.contributionYears} × 1% = <strong>{yuan(result.basicPensionFen)}</strong>
        </li>
        <li>
          个人账户养老金 = 个人账户储存额 ÷ 计发月数（{input.retirementAge} 岁退休为 {result.monthsDivisor} 个月）
          <br />= {yuan(input.accountBalanceFen)} ÷ {result.monthsDivisor} = <strong>{yuan(result.accountPensionFen)}</strong>
        </li>
        <li>
          基本养老金 = 基础养老金 + 个人账户养老金 = {yuan(result.basicPensionFen)} + {yuan(result.accountPensionFen)} = <strong>{yuan(result.totalFen)}</strong>
        </li>
      </ol>
      {input.retirementAge > input.age && (
        <p className="text-sm text-slate-600">距退休还有 {input.retirementAge - input.age} 年；测算未计入此后的缴费与账户利息，也不含过渡性养老金等地方项目。</p>
      )}
    </section>
  );
}
