/** Field rules several items share, so each lives once. */
import { validateIdNumber } from "@/lib/identity/id-number";
import { MOBILE_PATTERN, MOBILE_REASON } from "@/lib/identity/mobile";
import { z } from "@/lib/validation/zod";

export const mobileField = z.string().trim().regex(MOBILE_PATTERN, MOBILE_REASON);
export const optionalText = (max: number) => z.string().trim().max(max).default("");
export const requiredText = (min: number, max: number) => z.string().trim().min(1, "此项为必填项").min(min).max(max);
export const monthField = z.string().trim().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "请选择年月，如 2026-12");
export const idNumberField = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => validateIdNumber("01", v).ok, "请输入有效的 18 位居民身份证号码");

/** "2026-12" → 202612 */
export const monthNumber = (month: string) => Number(month.replace("-", ""));
