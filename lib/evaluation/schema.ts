/** zod schemas of the rating and follow-up forms (K5). */
import { z } from "@/lib/validation/zod";
import { RATED_KINDS } from "./labels";

export const rateServiceSchema = z.object({
  kind: z.enum(RATED_KINDS),
  subjectId: z.string().trim().min(1).max(40),
  score: z.coerce.number({ error: "请选择评分" }).int("请选择评分").min(1, "请选择评分").max(5, "请选择评分"),
  comment: z.string().trim().max(500, "评价不超过 500 个字").optional().default(""),
});

export const answerBadRatingSchema = z.object({
  id: z.string().trim().min(1).max(40),
  note: z.string().trim().min(5, "回访情况至少 5 个字").max(1000, "回访情况不超过 1000 个字"),
});

export type RateServiceInput = z.infer<typeof rateServiceSchema>;
export type AnswerBadRatingInput = z.infer<typeof answerBadRatingSchema>;
