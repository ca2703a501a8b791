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

export const removeDishonestyListingSchema = z.object({
  id: z.coerce.number().int().positive(),
});

export type AddDishonestyListingInput = z.infer<typeof addDishonestyListingSchema>;
