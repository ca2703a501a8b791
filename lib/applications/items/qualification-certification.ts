/** 待遇领取资格认证 (SB-DY-001, 即办): a retiree certifies once a year. */
import { z } from "@/lib/validation/zod";
import { defineItem } from "./types";

export const qualificationCertification = defineItem({
  code: "SB-DY-001",
  fields: [
    { name: "residence", label: "现居住地", type: "select", required: true, options: [
      { value: "本市", label: "本市" },
      { value: "省内外市", label: "省内其他城市" },
      { value: "省外", label: "省外" },
      { value: "境外", label: "境外" },
    ] },
  ],
  schema: z.object({ residence: z.enum(["本市", "省内外市", "省外", "境外"], { error: "请选择现居住地" }) }),
  materials: [],
  riskWarnings: ["请本人办理认证。冒领、骗取社会保险待遇的，将依法追回并承担法律责任。"],
  async check(_values, subject, core) {
    if (subject.personId === null) return "您的账户尚未与参保信息关联，请先完成实名认证";
    const person = await core.getPerson(subject.personId);
    if (!person || person.status !== "RETIRED") return "您尚未领取养老保险待遇，无需进行资格认证";
    if (await core.isQualificationCertified(subject.personId, Number(subject.today.slice(0, 4)))) return "您本年度已完成资格认证";
    return null;
  },
  coreWrite: (_values, subject) =>
    subject.personId === null
      ? null
      : { kind: "CERTIFY_QUALIFICATION", personId: subject.personId, year: Number(subject.today.slice(0, 4)), certifiedOn: subject.today, method: "ONLINE" },
});
