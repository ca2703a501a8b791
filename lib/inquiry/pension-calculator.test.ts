import { describe, expect, it } from "vitest";
import { calculatePension } from "./pension-calculator";
import { pensionCalculatorSchema } from "./schema";
import { fieldErrorsOf } from "@/lib/validation/zod";

const form = (over: Record<string, string> = {}) => ({
  age: "45", retirementAge: "60", averageWage: "10000", averageIndex: "1.2", contributionYears: "30", accountBalance: "200000", ...over,
});

describe("Q4 pension calculator", () => {
  it("Q4: a man retiring at 60 — worked example computed by hand", () => {
    const input = pensionCalculatorSchema.parse(form());
    const r = calculatePension(input);
    // 10,000 × (1 + 1.2) ÷ 2 = 11,000; × 30 years × 1 % = 3,300.00
    expect(r.basisFen).toBe(1_100_000);
    expect(r.basicPensionFen).toBe(330_000);
    expect(r.indexedWageFen).toBe(1_200_000);
    // 200,000 ÷ 139 = 1,438.848… → 1,438.85
    expect(r.monthsDivisor).toBe(139);
    expect(r.accountPensionFen).toBe(143_885);
    expect(r.totalFen).toBe(330_000 + 143_885);
    expect(r.eligible).toBe(true);
  });

  it("Q4: a woman retiring at 50 uses divisor 195, at 55 uses 170", () => {
    // 8,500 × (1 + 0.8) ÷ 2 = 7,650; × 25.5 years × 1 % = 1,950.75
    const at50 = calculatePension(pensionCalculatorSchema.parse(form({ age: "40", retirementAge: "50", averageWage: "8500", averageIndex: "0.8", contributionYears: "25.5", accountBalance: "97500" })));
    expect(at50.basicPensionFen).toBe(195_075);
    expect(at50.monthsDivisor).toBe(195);
    expect(at50.accountPensionFen).toBe(50_000); // 97,500 ÷ 195 = 500.00
    const at55 = calculatePension(pensionCalculatorSchema.parse(form({ retirementAge: "55", accountBalance: "85000" })));
    expect(at55.monthsDivisor).toBe(170);
    expect(at55.accountPensionFen).toBe(50_000); // 85,000 ÷ 170 = 500.00
  });

  it("Q4: the ends of the national table: 40 → 233, 65 → 101, 70 → 56", () => {
    expect(calculatePension(pensionCalculatorSchema.parse(form({ age: "40", retirementAge: "40", contributionYears: "20" }))).monthsDivisor).toBe(233);
    expect(calculatePension(pensionCalculatorSchema.parse(form({ retirementAge: "65" }))).monthsDivisor).toBe(101);
    expect(calculatePension(pensionCalculatorSchema.parse(form({ retirementAge: "70" }))).monthsDivisor).toBe(56);
  });

  it("Q4: under 15 contribution years is marked not eligible for a monthly pension", () => {
    const r = calculatePension(pensionCalculatorSchema.parse(form({ contributionYears: "14.9166666667" })));
    expect(r.eligible).toBe(false);
    expect(calculatePension(pensionCalculatorSchema.parse(form({ contributionYears: "15" }))).eligible).toBe(true);
  });

  it("Q4: bad inputs are refused with a Chinese message per field", () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ averageWage: "" }, "averageWage", /必填/],
      [{ averageWage: "abc" }, "averageWage", /请输入当地月平均工资/],
      [{ averageWage: "-5" }, "averageWage", /负数/],
      [{ averageWage: "100.123" }, "averageWage", /两位小数/],
      [{ averageIndex: "0.5" }, "averageIndex", /0\.6 到 3/],
      [{ averageIndex: "3.1" }, "averageIndex", /0\.6 到 3/],
      [{ retirementAge: "71" }, "retirementAge", /40–70/],
      [{ retirementAge: "60.5" }, "retirementAge", /整数/],
      [{ age: "61" }, "retirementAge", /不能小于当前年龄/],
      [{ contributionYears: "45" }, "contributionYears", /不能超过 44 年/],
      [{ contributionYears: "20.1" }, "contributionYears", /按月计/],
      [{ accountBalance: "-1" }, "accountBalance", /负数/],
    ];
    for (const [over, field, message] of cases) {
      const parsed = pensionCalculatorSchema.safeParse(form(over));
      expect(parsed.success, JSON.stringify(over)).toBe(false);
      if (!parsed.success) expect(fieldErrorsOf(parsed.error)[field], JSON.stringify(over)).toMatch(message);
    }
  });

  it("Q4: thousands separators typed by a person are accepted", () => {
    const input = pensionCalculatorSchema.parse(form({ averageWage: "10,000", accountBalance: "200,000.00" }));
    expect(input.averageWageFen).toBe(1_000_000);
    expect(input.accountBalanceFen).toBe(20_000_000);
  });
});
