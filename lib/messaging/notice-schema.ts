/** zod schema of the policy-notice form and action (K4), shared by both. */
import { z } from "@/lib/validation/zod";
import { ROLES } from "@/lib/auth/roles";

export const NOTICE_AUDIENCES = ["ALL", ...ROLES] as const;
export type NoticeAudience = (typeof NOTICE_AUDIENCES)[number];

export const publishNoticeSchema = z.object({
  title: z.string().trim().min(4, "标题至少 4 个字").max(60, "标题不超过 60 个字"),
  body: z.string().trim().min(10, "正文至少 10 个字").max(2000, "正文不超过 2000 个字"),
  audience: z.enum(NOTICE_AUDIENCES, { error: "请选择推送对象" }),
});
export type PublishNoticeInput = z.infer<typeof publishNoticeSchema>;
