import { z } from "zod";
import { CERTIFICATE_KINDS } from "./content";

export const issueCertificateSchema = z.object({
  kind: z.enum(CERTIFICATE_KINDS, { error: "请选择证明种类" }),
  applicationId: z.string().trim().min(1).max(40).optional(),
  personNo: z.string().trim().min(1).max(30).optional(),
});

export const revokeCertificateSchema = z.object({
  code: z.string().trim().min(1, { error: "请输入防伪码" }).max(40, { error: "防伪码格式不正确" }),
  reason: z.string().trim().min(4, { error: "请填写作废原因（至少 4 个字）" }).max(200, { error: "作废原因不超过 200 字" }),
});
