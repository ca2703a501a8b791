/** zod schemas of the mailbox forms and actions (K1), shared by both. */
import { z } from "@/lib/validation/zod";
import { CONSULTATION_KINDS, CONSULTATION_TOPICS } from "./labels";

const id = z.string().trim().min(1).max(40);

export const submitConsultationSchema = z.object({
  kind: z.enum(CONSULTATION_KINDS, { error: "请选择信件类型" }),
  topic: z.enum(CONSULTATION_TOPICS, { error: "请选择业务类别" }),
  title: z.string().trim().min(4, "标题至少 4 个字").max(60, "标题不超过 60 个字"),
  body: z.string().trim().min(10, "请把问题写清楚，至少 10 个字").max(2000, "内容不超过 2000 个字"),
  // A file input sends one File, several, or an empty one when nothing was chosen.
  attachments: z.preprocess(
    (v) => (v === undefined ? [] : [v].flat()).filter((f) => !(typeof File !== "undefined" && f instanceof File && f.size === 0 && !f.name)),
    z.array(z.instanceof(File, { error: "附件无效" })).max(3, "最多上传 3 个附件"),
  ),
});

export const replyConsultationSchema = z.object({
  id,
  reply: z.string().trim().min(5, "答复至少 5 个字").max(2000, "答复不超过 2000 个字"),
  handlingResult: z.string().trim().max(1000, "处理结果不超过 1000 个字").optional().default(""),
});

export const publishConsultationSchema = z.object({
  id,
  question: z.string().trim().min(4, "公开的问题至少 4 个字").max(300, "问题不超过 300 个字"),
  answer: z.string().trim().min(5, "公开的答复至少 5 个字").max(2000, "答复不超过 2000 个字"),
});

export type SubmitConsultationInput = z.infer<typeof submitConsultationSchema>;
export type ReplyConsultationInput = z.infer<typeof replyConsultationSchema>;
export type PublishConsultationInput = z.infer<typeof publishConsultationSchema>;
