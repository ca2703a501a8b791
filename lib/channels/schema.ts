/** zod schemas of the channel forms and actions (X1, X3), shared by forms and actions. */
import { z } from "@/lib/validation/zod";
import { validateCreditCode } from "@/lib/identity/credit-code";
import { CHANNEL_SERVICES, CHANNEL_TYPES } from "./schemas";

const id = z.string().trim().min(1).max(40);
const SERVICE_LIST = CHANNEL_SERVICES.map((s) => s.code) as [string, ...string[]];
const services = z.preprocess(
  (v) => (v === undefined ? [] : [v].flat()),
  z.array(z.enum(SERVICE_LIST, { error: "请选择有效的服务" })).min(1, "请至少选择一项服务"),
);

export const channelApplicationSchema = z.object({
  name: z.string().trim().min(2, "请填写渠道名称").max(60),
  type: z.enum(Object.keys(CHANNEL_TYPES) as [keyof typeof CHANNEL_TYPES], { error: "请选择渠道类型" }),
  orgName: z.string().trim().min(2, "请填写运营机构名称").max(80),
  creditCode: z.string().trim().toUpperCase().refine((v) => validateCreditCode(v).ok, "统一社会信用代码无效（18 位，校验位须正确）"),
  contactName: z.string().trim().min(2, "请填写联系人姓名").max(30),
  contactMobile: z.string().trim().regex(/^1[3-9]\d{9}$/, "请填写 11 位手机号码"),
  contactEmail: z.string().trim().max(80).email("电子邮箱格式不正确"),
  services,
  signPublicKey: z.string().trim().toLowerCase().regex(/^04[0-9a-f]{128}$/, "SM2 公钥应为 04 开头的 130 位十六进制数"),
});

export const approveChannelSchema = z.object({ id, services, note: z.string().trim().max(500).default("") });
export const channelReasonSchema = z.object({ id, reason: z.string({ error: "请填写理由" }).trim().min(2, "请填写理由（至少 2 个字）").max(500) });
export const channelStatusSchema = channelReasonSchema.extend({ change: z.enum(["SUSPEND", "RESUME", "DEREGISTER"]) });
export const channelIdSchema = z.object({ id });
export const createAuthorizationSchema = z.object({ channelId: z.string({ error: "请选择渠道" }).trim().min(1, "请选择渠道").max(40), services });
export const revokeAuthorizationSchema = z.object({ id: id.optional(), channelId: id.optional() }).refine((v) => v.id || v.channelId, "请指明要撤销的授权");
