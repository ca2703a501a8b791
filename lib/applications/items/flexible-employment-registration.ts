/** 灵活就业人员参保登记 (SB-DJ-003, 即办): pension insurance without an employer. */
import { z } from "@/lib/validation/zod";
import { defineItem } from "./types";
import { monthField, monthNumber, requiredText } from "./fields";

export const flexibleEmploymentRegistration = defineItem({
  code: "SB-DJ-003",
  fields: [
    { name: "occupation", label: "从业类型", type: "select", required: true, options: [
      { value: "个体工商户", label: "个体工商户" },
      { value: "自由职业", label: "自由职业" },
      { value: "新就业形态", label: "新就业形态（网约车、外卖等）" },
    ] },
    { name: "startMonth", label: "参保起始年月", type: "month", required: true },
    { name: "address", label: "经常居住地址", type: "text", required: true },
  ],
  schema: z.object({ occupation: z.enum(["个体工商户", "自由职业", "新就业形态"], { error: "请选择从业类型" }), startMonth: monthField, address: requiredText(5, 120) }),
  materials: [],
  riskWarnings: ["灵活就业人员按月自行缴费，中断缴费将影响养老保险缴费年限的连续计算。"],
  // 即办 rules: the person is known to the core system and not employed by a unit.
  async check(_values, subject, core) {
    if (subject.personId === null) return "您的账户尚未与参保信息关联，请先完成实名认证";
    const person = await core.getPerson(subject.personId);
    if (!person) return "未找到您的参保信息";
    if (person.unitId !== null) return "您目前在单位参保，不能以灵活就业人员身份登记";
    if (person.status === "RETIRED" || person.status === "DECEASED") return "您的参保状态不能办理此业务";
    const registrations = await core.listRegistrations(subject.personId);
    if (registrations.some((r) => r.insuranceType === "110" && r.status === "ACTIVE")) return "您已有正常参保的养老保险登记，无需重复登记";
    return null;
  },
  coreWrite: (values, subject) =>
    subject.personId === null ? null : { kind: "REGISTER_FLEXIBLE_EMPLOYMENT", personId: subject.personId, startMonth: monthNumber(values.startMonth) },
});
