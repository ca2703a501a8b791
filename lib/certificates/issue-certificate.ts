/**
 * Issuing a certificate (D1, D2, D5). The content is built from the caller's own data; when the
 * caller already holds a valid certificate of the same kind and subject whose content hash is
 * the same, that certificate is returned (same code); otherwise a new one is signed and the old
 * one is marked superseded, in one transaction with the trace. `currentSlot` is unique, so two
 * issues at once cannot leave two valid certificates: the loser reads the winner's.
 */
import { db, isUniqueViolation, type Tx } from "@/lib/db";
import { appendTrace } from "@/lib/audit/trace";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { coreSystem } from "@/lib/core";
import { AppError, notFound } from "@/lib/errors/app-error";
import { applicantScope } from "@/lib/applications/access";
import { boundPersonId, pensionPaidMonths } from "@/lib/inquiry/person-rights";
import { maskIdNumber, maskName } from "@/lib/security/masking";
import { generateCertificateCode } from "./code";
import { KIND_LABELS, type CertificateContent, type CertificateKindName } from "./content";
import {
  acceptanceNoticeContent,
  benefitDetailsContent,
  contributionRecordContent,
  personHolder,
  personInsuranceContent,
  resultNoticeContent,
  transferPaymentContent,
  unitHolder,
  unitInsuranceContent,
  type ApplicationFacts,
  type UnitEmployeeLine,
} from "./build-content";
import { canonicalJson, contentHashOf, signCertificate } from "./signature";

export interface CertificateRequest {
  kind: CertificateKindName;
  /** ACCEPTANCE_NOTICE / RESULT_NOTICE */
  applicationId?: string;
  /** UNIT: an employee's PERSON_INSURANCE */
  personNo?: string;
}

export const PERSON_KINDS: readonly CertificateKindName[] = ["PERSON_INSURANCE", "CONTRIBUTION_RECORD", "BENEFIT_DETAILS", "TRANSFER_PAYMENT"];
export const APPLICATION_KINDS: readonly CertificateKindName[] = ["ACCEPTANCE_NOTICE", "RESULT_NOTICE"];
/** Statuses in which an application's notice can be issued. */
export const NOTICE_STATUSES: Record<"ACCEPTANCE_NOTICE" | "RESULT_NOTICE", readonly string[]> = {
  ACCEPTANCE_NOTICE: ["ACCEPTED", "PRE_APPROVED", "PROCESSING", "COMPLETED"],
  RESULT_NOTICE: ["COMPLETED", "REJECTED"],
};

const UNIT_EMPLOYEE_LIMIT = 2000;

interface Built {
  content: CertificateContent;
  subjectKey: string;
  applicationId?: string;
}

/** Who owns the certificate: the person's account, or the unit (shared by its handlers). */
export function ownerScopeKey(actor: UserActor): string {
  if (actor.role === "PERSON") return `user:${actor.id}`;
  if (actor.role === "UNIT" && actor.unitId) return `unit:${actor.unitId}`;
  throw notFound("证明");
}

function unitIdOf(actor: UserActor): number {
  if (actor.role !== "UNIT" || !actor.unitId) throw notFound("单位参保信息");
  return actor.unitId;
}

async function buildPersonContent(actor: UserActor, kind: CertificateKindName): Promise<Built> {
  const personId = await boundPersonId(actor);
  const core = coreSystem();
  const person = await core.getPerson(personId);
  if (!person) throw notFound("参保信息");
  const subjectKey = `person:${personId}`;
  switch (kind) {
    case "PERSON_INSURANCE": {
      const [registrations, years] = await Promise.all([core.listRegistrations(personId), core.summarizeContributionYears(personId)]);
      if (registrations.length === 0) throw new AppError("CONFLICT", "核心系统中没有您的参保登记记录，暂不能出具参保证明");
      return { content: personInsuranceContent(person, registrations, pensionPaidMonths(years)), subjectKey };
    }
    case "CONTRIBUTION_RECORD": {
      const years = await core.summarizeContributionYears(personId);
      if (years.length === 0) throw new AppError("CONFLICT", "核心系统中没有您的缴费记录，暂不能出具缴费记录证明");
      return { content: contributionRecordContent(person, years), subjectKey };
    }
    case "BENEFIT_DETAILS": {
      const payments = await core.listBenefitPayments(personId);
      if (payments.length === 0) throw new AppError("CONFLICT", "您没有待遇发放记录，暂不能出具待遇发放明细");
      return { content: benefitDetailsContent(person, payments), subjectKey };
    }
    case "TRANSFER_PAYMENT": {
      const transfers = await core.listTransfers(personId);
      if (transfers.length === 0) throw new AppError("CONFLICT", "您没有转移接续记录，暂不能出具转移接续缴费凭证");
      return { content: transferPaymentContent(person, transfers), subjectKey };
    }
    default:
      throw new AppError("VALIDATION", "个人不能出具此类证明");
  }
}

async function buildUnitContent(actor: UserActor, request: CertificateRequest): Promise<Built> {
  const unitId = unitIdOf(actor);
  const core = coreSystem();
  if (request.kind === "PERSON_INSURANCE") {
    // An insured employee's certificate, with their registrations at this unit only.
    const person = request.personNo ? await core.getPersonByNo(request.personNo) : null;
    if (!person || person.unitId !== unitId) throw notFound("职工");
    const unit = await core.getUnit(unitId);
    const [registrations, years] = await Promise.all([core.listRegistrations(person.id), core.summarizeContributionYears(person.id)]);
    const atUnit = registrations.filter((r) => r.unitId === unitId);
    if (atUnit.length === 0) throw new AppError("CONFLICT", "该职工在本单位没有参保登记记录");
    return { content: personInsuranceContent(person, atUnit, pensionPaidMonths(years), unit?.name), subjectKey: `person:${person.id}` };
  }
  if (request.kind !== "UNIT_INSURANCE") throw new AppError("VALIDATION", "单位不能出具此类证明");
  const unit = await core.getUnit(unitId);
  if (!unit) throw notFound("单位参保信息");
  const employees: UnitEmployeeLine[] = [];
  for (let page = 1; employees.length < UNIT_EMPLOYEE_LIMIT; page++) {
    const batch = await core.listUnitEmployees(unitId, { page, pageSize: 200 });
    employees.push(...batch.items.map((p) => ({ personNo: p.personNo, name: p.name, idNumber: p.idNumber })));
    if (batch.items.length < 200 || employees.length >= batch.total) break;
  }
  const [year] = await core.listUnitBillYears(unitId);
  const [latest] = year === undefined ? [] : await core.summarizeUnitBillMonths(unitId, year);
  return { content: unitInsuranceContent(unit, employees, latest ? { yearMonth: latest.yearMonth, headcount: latest.headcount } : null), subjectKey: `unit:${unitId}` };
}

async function buildApplicationContent(actor: UserActor, request: CertificateRequest): Promise<Built> {
  const kind = request.kind as "ACCEPTANCE_NOTICE" | "RESULT_NOTICE";
  const app = request.applicationId
    ? await db.application.findFirst({
        where: { id: request.applicationId, ...applicantScope(actor), status: { not: "DRAFT" } },
        include: { item: { select: { name: true } }, applicant: { select: { name: true, role: true, corePersonId: true, idType: true, idNumber: true } } },
      })
    : null;
  if (!app) throw notFound("申请");
  if (!NOTICE_STATUSES[kind].includes(app.status) || (kind === "ACCEPTANCE_NOTICE" && !app.acceptedAt)) {
    throw new AppError("CONFLICT", kind === "ACCEPTANCE_NOTICE" ? "申请尚未受理，暂不能出具受理通知书" : "申请尚未办结，暂不能出具办结通知书");
  }
  const core = coreSystem();
  let facts: Pick<ApplicationFacts, "applicantName" | "holder">;
  if (app.unitId) {
    const unit = await core.getUnit(app.unitId);
    if (!unit) throw notFound("单位参保信息");
    facts = { applicantName: unit.name, holder: unitHolder(unit) };
  } else {
    const person = app.applicant.corePersonId ? await core.getPerson(app.applicant.corePersonId) : null;
    facts = person
      ? { applicantName: person.name, holder: personHolder(person) }
      : { applicantName: app.applicant.name, holder: { name: app.applicant.name, idType: app.applicant.idType ?? "01", idNumber: app.applicant.idNumber ?? "" } };
  }
  const all: ApplicationFacts = {
    ...facts,
    applicationNo: app.applicationNo,
    itemName: app.item.name,
    submittedAt: app.submittedAt,
    acceptedAt: app.acceptedAt,
    acceptingDept: app.acceptingDept,
    dueDate: app.dueDate,
    status: app.status,
    result: app.result,
    decidedAt: app.decidedAt,
  };
  return { content: kind === "ACCEPTANCE_NOTICE" ? acceptanceNoticeContent(all) : resultNoticeContent(all), subjectKey: `application:${app.id}`, applicationId: app.id };
}

export async function buildCertificateContent(actor: UserActor, request: CertificateRequest): Promise<Built> {
  assertRole(actor, ["PERSON", "UNIT"], "开具证明");
  if (APPLICATION_KINDS.includes(request.kind)) return buildApplicationContent(actor, request);
  return actor.role === "PERSON" ? buildPersonContent(actor, request.kind) : buildUnitContent(actor, request);
}

export interface IssuedCertificate {
  id: string;
  code: string;
  reused: boolean;
}

/** Summary for the trace: what was issued, with personal data masked. */
function traceSummary(content: CertificateContent, extra: Record<string, unknown> = {}) {
  const holderId = content.holder.idType === "CREDIT" ? content.holder.idNumber : maskIdNumber(content.holder.idNumber);
  return { kind: content.kind, holder: content.holder.idType === "CREDIT" ? content.holder.name : maskName(content.holder.name), holderId, ...extra };
}

async function issueOnce(tx: Tx, actor: UserActor, built: Built, slot: string, contentHash: string, now: Date): Promise<IssuedCertificate> {
  const current = await tx.certificate.findUnique({ where: { currentSlot: slot } });
  if (current && current.contentHash === contentHash) return { id: current.id, code: current.code, reused: true };
  if (current) {
    await tx.certificate.update({ where: { id: current.id }, data: { status: "SUPERSEDED", supersededAt: now, currentSlot: null } });
  }
  // Stored to the millisecond the database keeps, so what was signed is what is read back.
  const issuedAt = new Date(now.getTime());
  const code = generateCertificateCode();
  const { signature, publicKey } = signCertificate({ code, issuedAt, content: built.content });
  const created = await tx.certificate.create({
    data: {
      code,
      kind: built.content.kind,
      ownerUserId: actor.id,
      unitId: actor.role === "UNIT" ? actor.unitId : null,
      subjectKey: built.subjectKey,
      currentSlot: slot,
      applicationId: built.applicationId ?? null,
      holderName: built.content.holder.name,
      holderIdType: built.content.holder.idType,
      holderIdNo: built.content.holder.idNumber,
      content: canonicalJson(built.content),
      contentHash,
      signature,
      publicKey,
      issuedAt,
    },
  });
  await appendTrace(tx, actor, { action: "certificate.issue", entity: "Certificate", entityId: created.id, summary: traceSummary(built.content, { supersedes: current?.id ?? null }) });
  return { id: created.id, code, reused: false };
}

/** Issues (or re-issues the same) certificate of `request` for the caller. */
export async function issueCertificate(actor: UserActor, request: CertificateRequest, now: Date): Promise<IssuedCertificate> {
  const built = await buildCertificateContent(actor, request);
  const slot = `${built.content.kind}|${ownerScopeKey(actor)}|${built.subjectKey}`;
  const contentHash = contentHashOf(built.content);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction((tx) => issueOnce(tx, actor, built, slot, contentHash, now));
    } catch (error) {
      // Another issue of the same slot won the race: read what it made.
      if (attempt < 2 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

export { KIND_LABELS };
