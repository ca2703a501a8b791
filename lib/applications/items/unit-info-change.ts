/** 单位基本信息变更 (SB-DJ-004, 承诺办): address and legal representative contact. */
import { z } from "@/lib/validation/zod";
import { defineItem } from "./types";
import { mobileField, requiredText } from "./fields";

export const unitInfoChange = defineItem({
  code: "SB-DJ-004",
  fields: [
    { name: "address", label: "单位新地址", type: "text", required: true },
    { name: "legalRepName", label: "法定代表人", type: "text", required: true },
    { name: "legalRepPhone", label: "法定代表人手机", type: "text", required: true },
    { name: "reason", label: "变更原因", type: "textarea", required: true },
  ],
  schema: z.object({ address: requiredText(5, 120), legalRepName: requiredText(2, 30), legalRepPhone: mobileField, reason: requiredText(2, 200) }),
  materials: [{ name: "营业执照或变更登记通知书", required: true }],
  riskWarnings: ["单位名称、统一社会信用代码变更须先在市场监管部门办理，再持证照到窗口办理。"],
  coreWrite: (values, subject) =>
    subject.unitId === null
      ? null
      : { kind: "UPDATE_UNIT_CONTACT", unitId: subject.unitId, address: values.address, legalRepName: values.legalRepName, legalRepPhone: values.legalRepPhone },
});
