/** 养老保险关系转移接续申请 (SB-ZY-001, 承诺办). */
import { z } from "@/lib/validation/zod";
import { defineItem } from "./types";
import { requiredText } from "./fields";

export const pensionTransfer = defineItem({
  code: "SB-ZY-001",
  fields: [
    { name: "fromRegion", label: "转出地（原参保地）", type: "text", required: true, hint: "如：山东省济南市" },
    { name: "toRegion", label: "转入地", type: "text", required: true, hint: "如：山东省青岛市" },
    { name: "note", label: "补充说明", type: "textarea" },
  ],
  schema: z.object({ fromRegion: requiredText(2, 40), toRegion: requiredText(2, 40), note: z.string().trim().max(200).default("") }),
  materials: [{ name: "参保缴费凭证", required: true, hint: "原参保地出具" }],
  riskWarnings: ["转移接续期间请勿在两地重复缴费；重复缴费部分将清退，不计入缴费年限。"],
  coreWrite: (values, subject) =>
    subject.personId === null ? null : { kind: "APPLY_PENSION_TRANSFER", personId: subject.personId, fromRegion: values.fromRegion, toRegion: values.toRegion, appliedOn: subject.today },
});
