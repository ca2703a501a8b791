/**
 * 基本养老金测算 (REQUIREMENTS Q4) for urban employees (城镇职工基本养老保险), by the formula of
 * 国发〔2005〕38号《国务院关于完善企业职工基本养老保险制度的决定》:
 *
 *   基础养老金   = 退休时当地上年度在岗职工月平均工资 × (1 + 本人平均缴费指数) ÷ 2 × 缴费年限 × 1%
 *   个人账户养老金 = 个人账户储存额 ÷ 计发月数
 *
 * Pure: no database, no clock. Amounts are integer fen (分), like everything else.
 */

/** 个人账户养老金计发月数 by retirement age (国发〔2005〕38号 附件). */
export const MONTHS_DIVISOR: Readonly<Record<number, number>> = {
  40: 233, 41: 230, 42: 226, 43: 223, 44: 220, 45: 216, 46: 212, 47: 207, 48: 204, 49: 199,
  50: 195, 51: 190, 52: 185, 53: 180, 54: 175, 55: 170, 56: 164, 57: 158, 58: 152, 59: 145,
  60: 139, 61: 132, 62: 125, 63: 117, 64: 109, 65: 101, 66: 93, 67: 84, 68: 75, 69: 65, 70: 56,
};

/** 累计缴费满15年 is the condition for a monthly pension (社会保险法 第十六条). */
export const MINIMUM_CONTRIBUTION_YEARS = 15;

export interface PensionInput {
  /** 当前年龄 (周岁) */
  age: number;
  /** 退休年龄 (周岁), a whole number in the divisor table */
  retirementAge: number;
  /** 退休时当地上年度在岗职工月平均工资, fen */
  averageWageFen: number;
  /** 本人平均缴费指数 (0.6–3: contributions are based between 60 % and 300 % of the average wage) */
  averageIndex: number;
  /** 累计缴费年限, years (months ÷ 12 allowed) */
  contributionYears: number;
  /** 个人账户储存额 at retirement, fen */
  accountBalanceFen: number;
}

export interface PensionResult {
  /** 本人指数化月平均缴费工资 = 平均工资 × 平均缴费指数 */
  indexedWageFen: number;
  /** (平均工资 + 指数化工资) ÷ 2 = 平均工资 × (1 + 指数) ÷ 2 */
  basisFen: number;
  basicPensionFen: number;
  monthsDivisor: number;
  accountPensionFen: number;
  totalFen: number;
  /** false when contribution years are under 15: no monthly pension, the figures are illustrative */
  eligible: boolean;
}

/** The formula, with each intermediate figure rounded to the fen as a pension office shows it. */
export function calculatePension(input: PensionInput): PensionResult {
  const monthsDivisor = MONTHS_DIVISOR[input.retirementAge];
  if (monthsDivisor === undefined) throw new RangeError(`no months divisor for retirement age ${input.retirementAge}`);
  const indexedWageFen = Math.round(input.averageWageFen * input.averageIndex);
  const basisFen = Math.round((input.averageWageFen * (1 + input.averageIndex)) / 2);
  const basicPensionFen = Math.round((basisFen * input.contributionYears) / 100);
  const accountPensionFen = Math.round(input.accountBalanceFen / monthsDivisor);
  return {
    indexedWageFen,
    basisFen,
    basicPensionFen,
    monthsDivisor,
    accountPensionFen,
    totalFen: basicPensionFen + accountPensionFen,
    eligible: input.contributionYears >= MINIMUM_CONTRIBUTION_YEARS,
  };
}
