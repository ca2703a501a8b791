/** 职工参保登记 (SB-DJ-002, 即办): a unit handler registers a new employee of its unit. */
import { birthDateFromId, formatBirthDate, genderFromId } from "@/lib/identity/id-number";
import type { InsuranceType } from "@/lib/core/core-system";
import { z } from "@/lib/validation/zod";
import { defineItem } from "./types";
import { idNumberField, mobileField, monthField, monthNumber, requiredText } from "./fields";

const EMPLOYEE_INSURANCE: InsuranceType[] = ["110", "210", "310", "410", "510"];

export const employeeRegistration = defineItem({
  code: "SB-DJ-002",
  fields: [
    { name: "name", label: "职工姓名", type: "text", required: true },
    { name: "idNumber", label: "职工身份证号码", type: "text", required: true, hint: "18 位居民身份证号码" },
    { name: "mobile", label: "职工手机号码", type: "text", required: true },
    { name: "startMonth", label: "参保起始年月", type: "month", required: true, hint: "用工之日起 30 日内办理" },
  ],
  schema: z.object({ name: requiredText(2, 30), idNumber: idNumberField, mobile: mobileField, startMonth: monthField }),
  materials: [{ name: "劳动合同", required: false, hint: "首页和签字页" }],
  riskWarnings: [
    "用人单位应自用工之日起 30 日内为职工办理参保登记，逾期将产生滞纳金。",
    "同时办理养老、失业、医疗、工伤、生育五项保险登记，请确认职工信息真实准确。",
  ],
  // 即办 rules: the unit is active and the person is not insured with another unit.
  async check(values, subject, core) {
    if (subject.unitId === null) return "您的账户尚未绑定参保单位";
    const unit = await core.getUnit(subject.unitId);
    if (!unit || unit.status !== "ACTIVE") return "单位参保状态异常（暂停或注销），不能办理职工参保登记";
    const person = await core.findPersonByIdentity("01", values.idNumber);
    if (person && person.unitId !== null && person.unitId !== subject.unitId) return "该职工已在其他单位参保，请原单位先办理减员";
    if (person && person.unitId === subject.unitId) return "该职工已在本单位参保，无需重复登记";
    if (person && person.name !== values.name) return "姓名与身份证号码不符";
    return null;
  },
  coreWrite(values, subject) {
    if (subject.unitId === null) return null;
    const birth = birthDateFromId(values.idNumber);
    return {
      kind: "REGISTER_EMPLOYEE",
      unitId: subject.unitId,
      employee: {
        idNumber: values.idNumber,
        name: values.name,
        gender: genderFromId(values.idNumber) ?? "M",
        birthDate: birth ? formatBirthDate(birth) : "",
        mobile: values.mobile,
        startMonth: monthNumber(values.startMonth),
        insuranceTypes: EMPLOYEE_INSURANCE,
      },
    };
  },
});
