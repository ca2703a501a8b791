/** Labels and number formats of the inquiry pages (Chinese, as the provincial halls show them). */
import { INSURANCE_TYPES } from "@/lib/core";

/** 120 城乡居民基本养老保险 (LD/T 92) is not among the employee insurance types but is in the core data (channels, X2). */
const OTHER_TYPES: Record<string, string> = { "120": "城乡居民基本养老保险" };

export const insuranceTypeLabel = (type: string) => INSURANCE_TYPES[type as keyof typeof INSURANCE_TYPES] ?? OTHER_TYPES[type] ?? type;

export const CONTRIBUTION_STATUS: Record<string, string> = { PAID: "已缴", ARREARS: "欠缴", BACKPAID: "补缴" };
export const REGISTRATION_STATUS: Record<string, string> = { ACTIVE: "参保缴费", SUSPENDED: "暂停缴费", TERMINATED: "终止参保" };
export const PERSON_STATUS: Record<string, string> = { INSURED: "参保", SUSPENDED: "中断", RETIRED: "退休", DECEASED: "死亡" };
export const UNIT_STATUS: Record<string, string> = { ACTIVE: "正常", SUSPENDED: "暂停", CANCELLED: "注销" };
export const BILL_STATUS: Record<string, string> = { PAID: "已缴", UNPAID: "未缴" };
export const TRANSFER_STATUS: Record<string, string> = { APPLIED: "已申请", TRANSFERRED: "已转移", REJECTED: "未通过" };
export const BENEFIT_TYPES: Record<string, string> = { PENSION: "基本养老金", UNEMPLOYMENT: "失业保险金" };
export const BENEFIT_STATUS: Record<string, string> = { PAID: "已发放", SUSPENDED: "暂停发放" };

export const label = (labels: Record<string, string>, key: string) => labels[key] ?? key;

// One formatter for every amount: toLocaleString builds a new one per call (about 30 µs), which a
// year of contributions (180 amounts) would pay on every page view.
const YUAN = new Intl.NumberFormat("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 分 → "12,345.67" (元). */
export function formatYuan(fen: number): string {
  return YUAN.format(fen / 100);
}

/** 202510 → "2025-10". */
export function formatYearMonth(ym: number): string {
  return `${Math.floor(ym / 100)}-${String(ym % 100).padStart(2, "0")}`;
}

/** Months → "12 年 3 个月". */
export function formatMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return years && rest ? `${years} 年 ${rest} 个月` : years ? `${years} 年` : `${rest} 个月`;
}

/** 行政区划代码 of the transfer regions the core data uses; others show as the code. */
export const REGION_NAMES: Record<string, string> = {
  "110105": "北京市朝阳区", "310104": "上海市徐汇区", "440305": "深圳市南山区", "320102": "南京市玄武区", "370200": "青岛市",
};
