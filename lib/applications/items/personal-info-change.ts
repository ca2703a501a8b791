/** 个人基本信息变更 (SB-DJ-005, 承诺办): contact data; identity data only at the window. */
import { z } from "@/lib/validation/zod";
import { defineItem } from "./types";
import { mobileField, requiredText } from "./fields";

export const personalInfoChange = defineItem({
  code: "SB-DJ-005",
  fields: [
    { name: "mobile", label: "新联系电话", type: "text", required: true, hint: "11 位手机号码，用于接收办理结果短信" },
    { name: "address", label: "新联系地址", type: "text", required: true, hint: "省市区街道门牌号" },
    { name: "reason", label: "变更原因", type: "textarea", required: true },
  ],
  schema: z.object({ mobile: mobileField, address: requiredText(5, 120), reason: requiredText(2, 200) }),
  materials: [{ name: "居民身份证", required: true, hint: "正反面扫描件或照片" }],
  riskWarnings: [
    "联系电话和地址用于社保业务通知，填写错误将导致无法收到待遇发放、资格认证等重要通知。",
    "姓名、身份证号码等身份信息不能网上变更，请持证件到经办窗口办理。",
  ],
  coreWrite: (values, subject) =>
    subject.personId === null ? null : { kind: "UPDATE_PERSON_CONTACT", personId: subject.personId, mobile: values.mobile, address: values.address },
});
