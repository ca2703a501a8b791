/**
 * The content of each kind of certificate (D1), from the caller's own data: core data through
 * CoreSystem (lib/core), applications through their applicant scope. Pure functions of the
 * records, so tests build content without a database.
 */
import type { BenefitPaymentRecord, ContributionYearSummary, CorePersonRecord, CoreUnitRecord, RegistrationRecord, TransferRecord } from "@/lib/core";
import { ID_TYPES, type IdType } from "@/lib/identity/id-number";
import { BENEFIT_STATUS, BENEFIT_TYPES, PERSON_STATUS, REGISTRATION_STATUS, TRANSFER_STATUS, UNIT_STATUS, formatMonths, formatYearMonth, formatYuan, insuranceTypeLabel, label, REGION_NAMES } from "@/lib/inquiry/labels";
import { formatShanghai } from "@/lib/calendar";
import { maskIdNumber } from "@/lib/security/masking";
import { ISSUER, KIND_LABELS, type CertificateContent, type CertificateHolder } from "./content";

const idTypeLabel = (t: string) => (t === "CREDIT" ? "统一社会信用代码" : (ID_TYPES[t as IdType] ?? "证件"));
const region = (code: string) => REGION_NAMES[code] ?? code;

export function personHolder(person: CorePersonRecord): CertificateHolder {
  return { name: person.name, idType: person.idType, idNumber: person.idNumber };
}

export function unitHolder(unit: CoreUnitRecord): CertificateHolder {
  return { name: unit.name, idType: "CREDIT", idNumber: unit.creditCode };
}

function personFields(person: CorePersonRecord): [string, string][] {
  return [
    ["姓名", person.name],
    ["证件类型", idTypeLabel(person.idType)],
    ["证件号码", person.idNumber],
    ["个人编号", person.personNo],
  ];
}

export function personInsuranceContent(person: CorePersonRecord, registrations: RegistrationRecord[], paidMonths: number, unitName?: string): CertificateContent {
  return {
    kind: "PERSON_INSURANCE",
    title: `社会保险${KIND_LABELS.PERSON_INSURANCE}`,
    holder: personHolder(person),
    fields: [...personFields(person), ["人员状态", label(PERSON_STATUS, person.status)], ["养老保险缴费年限", formatMonths(paidMonths)]],
    paragraphs: [`兹证明${person.name}（${idTypeLabel(person.idType)}号码 ${person.idNumber}）${unitName ? `在${unitName}` : ""}参加社会保险，参保情况如下：`],
    table: {
      columns: ["险种", "参保单位", "参保状态", "起始年月", "终止年月"],
      widths: [3, 4, 2, 2, 2],
      rows: registrations.map((r) => [insuranceTypeLabel(r.insuranceType), r.unitName ?? "个人（灵活就业）", label(REGISTRATION_STATUS, r.status), formatYearMonth(r.startMonth), r.endMonth ? formatYearMonth(r.endMonth) : "—"]),
    },
    closing: ["特此证明。", "本证明依据社会保险核心业务系统记录出具，可凭防伪码在本平台“证明验证”页面核验。"],
    issuer: ISSUER,
  };
}

export function contributionRecordContent(person: CorePersonRecord, years: ContributionYearSummary[]): CertificateContent {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const paid = sorted.reduce((s, y) => s + y.pensionPaidMonths, 0);
  return {
    kind: "CONTRIBUTION_RECORD",
    title: `社会保险${KIND_LABELS.CONTRIBUTION_RECORD}`,
    holder: personHolder(person),
    fields: [...personFields(person), ["养老保险缴费年限", formatMonths(paid)]],
    paragraphs: [`${person.name}的社会保险缴费记录（按年度汇总）如下：`],
    table: {
      columns: ["年度", "缴费月数", "养老保险月均缴费基数（元）", "单位缴纳（元）", "个人缴纳（元）", "欠缴（元）"],
      widths: [1.3, 1.5, 3, 2.2, 2.2, 2],
      rows: sorted.map((y) => [
        String(y.year),
        String(y.months),
        y.pensionBaseMonths ? formatYuan(Math.round(y.pensionBaseFen / y.pensionBaseMonths)) : "—",
        formatYuan(y.unitFen),
        formatYuan(y.personalFen),
        formatYuan(y.arrearsFen),
      ]),
    },
    closing: ["特此证明。"],
    issuer: ISSUER,
  };
}

export function benefitDetailsContent(person: CorePersonRecord, payments: BenefitPaymentRecord[]): CertificateContent {
  const sorted = [...payments].sort((a, b) => a.yearMonth - b.yearMonth || a.benefitType.localeCompare(b.benefitType));
  const total = sorted.filter((p) => p.status === "PAID").reduce((s, p) => s + p.amountFen, 0);
  return {
    kind: "BENEFIT_DETAILS",
    title: `社会保险${KIND_LABELS.BENEFIT_DETAILS}`,
    holder: personHolder(person),
    fields: [...personFields(person), ["人员状态", label(PERSON_STATUS, person.status)], ["累计已发放（元）", formatYuan(total)]],
    paragraphs: [`${person.name}的社会保险待遇发放记录如下：`],
    table: {
      columns: ["发放年月", "待遇类型", "金额（元）", "发放状态"],
      rows: sorted.map((p) => [formatYearMonth(p.yearMonth), label(BENEFIT_TYPES, p.benefitType), formatYuan(p.amountFen), label(BENEFIT_STATUS, p.status)]),
    },
    closing: ["特此证明。"],
    issuer: ISSUER,
  };
}

export function transferPaymentContent(person: CorePersonRecord, transfers: TransferRecord[]): CertificateContent {
  const sorted = [...transfers].sort((a, b) => a.appliedOn.localeCompare(b.appliedOn));
  return {
    kind: "TRANSFER_PAYMENT",
    title: `基本养老保险关系${KIND_LABELS.TRANSFER_PAYMENT}`,
    holder: personHolder(person),
    fields: personFields(person),
    paragraphs: [`${person.name}的社会保险关系转移接续及转移资金情况如下：`],
    table: {
      columns: ["险种", "转出地", "转入地", "转移资金（元）", "缴费月数", "状态", "申请日期", "办结日期"],
      widths: [3, 1.6, 1.6, 2, 1.4, 1.4, 2, 2],
      rows: sorted.map((t) => [insuranceTypeLabel(t.insuranceType), region(t.fromRegion), region(t.toRegion), formatYuan(t.fundFen), String(t.months), label(TRANSFER_STATUS, t.status), t.appliedOn, t.completedOn ?? "—"]),
    },
    closing: ["特此证明。"],
    issuer: ISSUER,
  };
}

export interface UnitEmployeeLine {
  personNo: string;
  name: string;
  idNumber: string;
}

export function unitInsuranceContent(unit: CoreUnitRecord, employees: UnitEmployeeLine[], latestMonth: { yearMonth: number; headcount: number } | null): CertificateContent {
  const sorted = [...employees].sort((a, b) => a.personNo.localeCompare(b.personNo));
  return {
    kind: "UNIT_INSURANCE",
    title: `社会保险${KIND_LABELS.UNIT_INSURANCE}`,
    holder: unitHolder(unit),
    fields: [
      ["单位名称", unit.name],
      ["统一社会信用代码", unit.creditCode],
      ["单位编号", unit.unitNo],
      ["参保登记日期", unit.registeredOn],
      ["参保状态", label(UNIT_STATUS, unit.status)],
      ["参保职工人数", `${sorted.length} 人`],
      ...(latestMonth ? ([["最近缴费月份", `${formatYearMonth(latestMonth.yearMonth)}（缴费人数 ${latestMonth.headcount} 人）`]] as [string, string][]) : []),
    ],
    paragraphs: [`兹证明${unit.name}（统一社会信用代码 ${unit.creditCode}）在本统筹地区依法参加社会保险，在职参保职工如下（证件号码部分遮盖）：`],
    table: { columns: ["序号", "个人编号", "姓名", "证件号码"], widths: [1, 3, 2, 4], rows: sorted.map((e, i) => [String(i + 1), e.personNo, e.name, maskIdNumber(e.idNumber)]) },
    closing: ["特此证明。"],
    issuer: ISSUER,
  };
}

export interface ApplicationFacts {
  applicationNo: string;
  itemName: string;
  applicantName: string;
  holder: CertificateHolder;
  submittedAt: Date | null;
  acceptedAt: Date | null;
  acceptingDept: string | null;
  dueDate: string | null;
  status: string;
  result: string | null;
  decidedAt: Date | null;
}

function applicationFields(a: ApplicationFacts): [string, string][] {
  return [
    ["申请编号", a.applicationNo],
    ["申请事项", a.itemName],
    ["申请人", a.applicantName],
    [idTypeLabel(a.holder.idType), a.holder.idNumber],
    ["提交时间", a.submittedAt ? formatShanghai(a.submittedAt, "datetime") : "—"],
  ];
}

export function acceptanceNoticeContent(a: ApplicationFacts): CertificateContent {
  return {
    kind: "ACCEPTANCE_NOTICE",
    title: `社会保险业务${KIND_LABELS.ACCEPTANCE_NOTICE}`,
    holder: a.holder,
    fields: [...applicationFields(a), ["受理时间", a.acceptedAt ? formatShanghai(a.acceptedAt, "datetime") : "—"], ["受理部门", a.acceptingDept ?? ISSUER], ["承诺办结日期", a.dueDate ?? "即时办结"]],
    paragraphs: [`${a.applicantName}：`, `您于${a.submittedAt ? formatShanghai(a.submittedAt, "date") : ""}通过网上服务大厅提交的“${a.itemName}”申请（申请编号 ${a.applicationNo}），经审查，申请材料齐全、符合法定形式，本中心决定予以受理。${a.dueDate ? `承诺于 ${a.dueDate} 前办结。` : ""}办理进度可在网上服务大厅“网上申报”中查询。`],
    closing: ["特此通知。"],
    issuer: ISSUER,
  };
}

export function resultNoticeContent(a: ApplicationFacts): CertificateContent {
  const completed = a.status === "COMPLETED";
  return {
    kind: "RESULT_NOTICE",
    title: `社会保险业务${KIND_LABELS.RESULT_NOTICE}`,
    holder: a.holder,
    fields: [...applicationFields(a), ["办结时间", a.decidedAt ? formatShanghai(a.decidedAt, "datetime") : "—"], ["办理结果", completed ? "办结（准予办理）" : "不予办理"]],
    paragraphs: [
      `${a.applicantName}：`,
      completed
        ? `您申请的“${a.itemName}”（申请编号 ${a.applicationNo}）已办理完毕。${a.result ? `办理结果：${a.result}` : ""}`
        : `您申请的“${a.itemName}”（申请编号 ${a.applicationNo}）经审查不予办理。理由：${a.result ?? "不符合办理条件"}。如有异议，可依法申请行政复议或提起行政诉讼。`,
    ],
    closing: ["特此通知。"],
    issuer: ISSUER,
  };
}
