/** zod schema of the knowledge-article form (K2), shared by the form and the action. */
import { CONSULTATION_TOPICS } from "@/lib/consultation/labels";
import { z } from "@/lib/validation/zod";

export const saveArticleSchema = z.object({
  id: z.preprocess((v) => (v === "" || v === undefined ? undefined : v), z.coerce.number().int().positive().optional()),
  category: z.enum(CONSULTATION_TOPICS, { error: "请选择业务类别" }),
  question: z.string().trim().min(4, "问题至少 4 个字").max(300, "问题不超过 300 个字"),
  answer: z.string().trim().min(5, "答案至少 5 个字").max(4000, "答案不超过 4000 个字"),
  keywords: z.string().trim().max(200, "关键词不超过 200 个字").optional().default(""),
  published: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
});

export type SaveArticleInput = z.infer<typeof saveArticleSchema>;
