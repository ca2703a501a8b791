/** zod schemas of the direct-connection portal's forms and actions, shared by both (E2–E8). */
import { z } from "@/lib/validation/zod";
import { DECLARATIONS, FEEDBACK_KINDS, REQUESTABLE_SERVICES } from "./labels";

const id = z.string().trim().min(1).max(40);
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
const SERVICE_CODE_LIST = REQUESTABLE_SERVICES.map((s) => s.code) as [string, ...string[]];

const declarationFields = Object.fromEntries(
  DECLARATIONS.map((d) => [`declare_${d.key}`, checkbox.refine((v) => v, "请逐项确认接入条件")]),
) as unknown as Record<`declare_${(typeof DECLARATIONS)[number]["key"]}`, z.ZodType<boolean>>;

/** A file input sends an empty File when nothing was chosen: that counts as "no file". */
const optionalFile = z.preprocess(
  (v) => (typeof File !== "undefined" && v instanceof File && v.size === 0 ? undefined : v),
  z.instanceof(File, { error: "请上传盖章的信用承诺书（PDF）" }).optional(),
);

const applicationFields = {
  hrSystemName: z.string().trim().min(2, "请填写人力资源管理系统名称").max(60),
  hrSystemVendor: z.string().trim().min(2, "请填写系统开发商（自研填本单位名称）").max(60),
  contactName: z.string().trim().min(2, "请填写联系人姓名").max(30),
  contactMobile: z.string().trim().regex(/^1[3-9]\d{9}$/, "请填写 11 位手机号码"),
  contactEmail: z.string().trim().max(80).email("电子邮箱格式不正确"),
  services: z.preprocess(
    (v) => (v === undefined ? [] : [v].flat()),
    z.array(z.enum(SERVICE_CODE_LIST, { error: "请选择有效的服务" })).min(1, "请至少选择一项服务"),
  ),
  signPublicKey: z.string().trim().toLowerCase().regex(/^04[0-9a-f]{128}$/, "SM2 公钥应为 04 开头的 130 位十六进制数（可用页面上的生成器生成）"),
  ...declarationFields,
  letter: optionalFile,
};

/** E2: a new application (the letter is required) or a supplement (id given; a new letter is optional). */
export const submitAccessSchema = z.object({ ...applicationFields, id: id.optional() });
export type SubmitAccessInput = z.infer<typeof submitAccessSchema>;

export const accessIdSchema = z.object({ id });
export const reviewReasonSchema = z.object({ id, reason: z.string({ error: "请填写理由" }).trim().min(2, "请填写理由（至少 2 个字）").max(500) });
export const approveAccessSchema = z.object({ id, note: z.string().trim().max(500).default("") });

export const keyIdSchema = z.object({ id });
export const enterpriseIdSchema = z.object({ id });
export const enterpriseReasonSchema = z.object({ id, reason: z.string({ error: "请填写理由" }).trim().min(2, "请填写理由（至少 2 个字）").max(300) });
export const rateLimitSchema = z.object({
  id,
  rateLimitPerMinute: z.preprocess((v) => (v === "" || v === undefined ? null : Number(v)), z.number({ error: "请填写整数" }).int("请填写整数").min(1, "不能小于 1").max(100000, "不能大于 100000").nullable()),
});
export const serviceToggleSchema = z.object({ code: z.string().trim().min(1).max(20), enabled: checkbox });
export const parameterSchema = z.object({ key: z.string().trim().min(1).max(60), value: z.string().trim().min(1, "请填写参数值").max(200) });

export const feedbackSchema = z.object({
  kind: z.enum(Object.keys(FEEDBACK_KINDS) as [keyof typeof FEEDBACK_KINDS], { error: "请选择类别" }),
  title: z.string().trim().min(4, "标题至少 4 个字").max(60),
  body: z.string().trim().min(10, "请把意见写清楚，至少 10 个字").max(2000),
});
export const feedbackReplySchema = z.object({ id, reply: z.string().trim().min(2, "请填写答复").max(2000) });
