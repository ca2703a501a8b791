/** zod schemas of the credit-information forms (K3). */
import { isDayString } from "@/lib/calendar/shanghai";
import { validateCreditCode } from "@/lib/identity/credit-code";
import { z } from "@/lib/validation/zod";

export const addDishonestyListingSchema = z.object({
  creditCode: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => validateCreditCode(v).ok, "统一社会信用代码不正确"),
  unitName: z.string().trim().min(2, "请填写单位名称").max(100),
  reason: z.string().trim().min(4, "请写明列入原因").max(500),
  source: z.string().trim().min(2, "请填写认定机关或文书").max(200),
  listedOn: z.string().trim().refine(isDayString, "请选择列入日期"),
});

/** The four published grades (A 守信, B 基本守信, C 失信, D 严重失信). */
export const CREDIT_GRADES = ["A", "B", "C", "D"] as const;

export const setCreditRatingSchema = z.object({
  creditCode: addDishonestyListingSchema.shape.creditCode,
  unitName: addDishonestyListingSchema.shape.unitName,
  rating: z.enum(CREDIT_GRADES, "请选择信用等级"),
  ratedOn: z.string().trim().refine(isDayString, "请选择评定日期"),
  source: z.string().trim().min(2, "请填写评定机关").max(200),
});

export const removeDishonestyListingSchema = z.object({
  id: z.coerce.number().int().positive(),
});

export type SetCreditRatingInput = z.infer<typeof setCreditRatingSchema>;
export type AddDishonestyListingInput = z.infer<typeof addDishonestyListingSchema>;
