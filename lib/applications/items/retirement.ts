/** 退休申请 (SB-DY-003, 预约办): examined online, then the originals are checked at the window (P5). */
import { z } from "@/lib/validation/zod";
import { defineItem } from "./types";
import { optionalText } from "./fields";

export const retirementApplication = defineItem({
  code: "SB-DY-003",
  fields: [
    { name: "retireDate", label: "申请退休日期", type: "date", required: true },
    { name: "bankAccount", label: "待遇发放银行账号", type: "text", required: true, hint: "本人社会保障卡金融账户" },
    { name: "note", label: "补充说明", type: "textarea" },
  ],
  schema: z.object({
    retireDate: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "请选择日期"),
    bankAccount: z.string().trim().regex(/^\d{12,19}$/, "银行账号为 12–19 位数字"),
    note: optionalText(200),
  }),
  materials: [
    { name: "居民身份证", required: true },
    { name: "人事档案（出生日期认定材料）", required: false, hint: "原件须到窗口核验" },
  ],
  riskWarnings: ["退休审批以人事档案记载的出生日期为准；提供虚假材料骗取待遇的，将依法追究责任。"],
});
