/**
 * 统一社会信用代码，依据 GB 32100-2015《法人和其他组织统一社会信用代码编码规则》。
 *
 * 结构（18 位）：
 *   第 1 位   登记管理部门代码（如 1 机构编制、5 民政、9 工商/市场监管、Y 其他）
 *   第 2 位   机构类别代码（如 91 企业、92 个体工商户、93 农民专业合作社）
 *   第 3–8 位 登记管理机关行政区划码（GB/T 2260，6 位数字）
 *   第 9–17 位 主体标识码（组织机构代码）
 *   第 18 位  校验码
 * 字符集为 31 个字符：数字 0–9 及除 I、O、Z、S、V 以外的大写字母。
 */

import { ID_REASONS, normalizeInput, type ValidationResult } from "./id-number";

/** GB 32100-2015 代码字符集；字符在集合中的下标即其代码值（0–30）。 */
export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** GB 32100-2015 前 17 位加权因子 Wi = 3^(i-1) mod 31。 */
const GB32100_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * 计算 GB 32100-2015 校验码：C18 = 31 − (Σ Ci×Wi mod 31)，结果为 31 时取 0。
 * @param first17 前 17 位（大小写均可）
 * @throws RangeError 长度不是 17 或含字符集以外的字符时
 */
export function computeCreditCodeCheckChar(first17: string): string {
  const v = first17.toUpperCase();
  if (v.length !== 17) {
    throw new RangeError("computeCreditCodeCheckChar: 需要17位");
  }
  let sum = 0;
  GB32100_WEIGHTS.forEach((w, i) => {
    const c = v.charAt(i);
    const code = CREDIT_CODE_CHARSET.indexOf(c);
    if (code < 0) {
      throw new RangeError(`computeCreditCodeCheckChar: 非法字符 ${c}`);
    }
    sum += code * w;
  });
  const check = 31 - (sum % 31);
  return CREDIT_CODE_CHARSET.charAt(check === 31 ? 0 : check);
}

/**
 * 校验统一社会信用代码。输入去除首尾空白、全角转半角并统一转为大写。
 * 检查顺序：长度 → 字符集 → 行政区划码（第 3–8 位为数字）→ 校验码。
 */
export function validateCreditCode(value: string): ValidationResult {
  const v = normalizeInput(value ?? "").toUpperCase();
  if (v === "") return { ok: false, reason: ID_REASONS.empty };
  if (v.length !== 18) return { ok: false, reason: ID_REASONS.length };
  for (const c of v) {
    if (!CREDIT_CODE_CHARSET.includes(c)) {
      return {
        ok: false,
        reason: `${ID_REASONS.format}（含无效字符“${c}”，只能使用数字和除I、O、Z、S、V外的大写字母）`,
      };
    }
  }
  if (!/^\d{6}$/.test(v.slice(2, 8))) return { ok: false, reason: ID_REASONS.region };
  if (computeCreditCodeCheckChar(v.slice(0, 17)) !== v.charAt(17)) {
    return { ok: false, reason: ID_REASONS.check };
  }
  return { ok: true, normalized: v };
}
