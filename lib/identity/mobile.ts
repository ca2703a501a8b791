/** 中国大陆手机号码校验（11 位，1 开头，第 2 位 3–9）。 */

import { ID_REASONS, normalizeInput, type ValidationResult } from "./id-number";

export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export const MOBILE_REASON = "手机号码格式不正确，应为11位大陆手机号";

/**
 * 校验大陆手机号。容忍首尾空白、全角数字、中间的空格或连字符以及 +86/86 前缀，
 * 规范化结果为 11 位纯数字。
 */
export function validateMobile(value: string): ValidationResult {
  let v = normalizeInput(value ?? "").replace(/[\s-]/g, "");
  if (v === "") return { ok: false, reason: `手机号码${ID_REASONS.empty}` };
  if (/^(\+86|0086|86)\d{11}$/.test(v)) v = v.slice(v.length - 11);
  return MOBILE_PATTERN.test(v) ? { ok: true, normalized: v } : { ok: false, reason: MOBILE_REASON };
}

export function isValidMobile(value: string): boolean {
  return validateMobile(value).ok;
}
