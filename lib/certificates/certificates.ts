/**
 * Reading, downloading, printing and revoking certificates. Every read of the owner side goes
 * through ownerScope: another person's (or another unit's) certificate is "not found" (U9).
 * Downloads and print views render the stored content again (D5: the same certificate) and are
 * traced (D4).
 */
import { db, type Prisma } from "@/lib/db";
import { appendTrace } from "@/lib/audit/trace";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { formatShanghai } from "@/lib/calendar";
import { coreSystem } from "@/lib/core";
import { AppError, notFound } from "@/lib/errors/app-error";
import { renderOfficialPdf } from "@/lib/documents/official-pdf";
import { maskIdNumber, maskName } from "@/lib/security/masking";
import { normalizeCertificateCode } from "./code";
import { documentOf, KIND_LABELS, type CertificateContent, type CertificateKindName } from "./content";

export function ownerScope(actor: UserActor): Prisma.CertificateWhereInput {
  if (actor.role === "PERSON") return { ownerUserId: actor.id, unitId: null };
  if (actor.role === "UNIT" && actor.unitId) return { unitId: actor.unitId };
  // Staff find certificates by code (findCertificateForStaff), never by an owner's list.
  return { id: "" };
}

const LIST_SELECT = { id: true, code: true, kind: true, status: true, issuedAt: true, holderName: true, subjectKey: true, applicationId: true, revokedReason: true } as const;

export async function listOwnCertificates(actor: UserActor, take = 50) {
  return db.certificate.findMany({ where: ownerScope(actor), orderBy: { issuedAt: "desc" }, take, select: LIST_SELECT });
}

export async function listApplicationCertificates(actor: UserActor, applicationId: string) {
  return db.certificate.findMany({ where: { ...ownerScope(actor), applicationId }, orderBy: { issuedAt: "desc" }, select: LIST_SELECT });
}

export type CertificateRecord = NonNullable<Awaited<ReturnType<typeof db.certificate.findUnique>>>;

export function contentOf(record: Pick<CertificateRecord, "content">): CertificateContent {
  return JSON.parse(record.content) as CertificateContent;
}

/** One of the caller's certificates; NOT_FOUND for anyone else's. */
export async function findOwnCertificate(actor: UserActor, id: string) {
  const record = await db.certificate.findFirst({ where: { id, ...ownerScope(actor) } });
  if (!record) throw notFound("证明");
  return { ...record, kind: record.kind as CertificateKindName, parsed: contentOf(record) };
}

/** The verification address printed in the QR code. */
export function verifyUrl(code: string, baseUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`): string {
  return `${baseUrl.replace(/\/$/, "")}/verify?code=${encodeURIComponent(code)}`;
}

export function issuedOnText(issuedAt: Date): string {
  const [y, m, d] = formatShanghai(issuedAt, "date").split("-");
  return `${y}年${m}月${d}日`;
}

/** The official document of a stored certificate (for the PDF, the print view and the bench). */
export function certificateDocument(record: Pick<CertificateRecord, "content" | "code" | "issuedAt">) {
  return documentOf(contentOf(record), { code: record.code, issuedOn: issuedOnText(record.issuedAt), verifyUrl: verifyUrl(record.code) });
}

function traceOf(record: CertificateRecord) {
  return { kind: record.kind, code: record.code, status: record.status };
}

/** D4: the PDF of one of the caller's certificates, traced as a download. */
export async function downloadCertificate(actor: UserActor, id: string): Promise<{ bytes: Uint8Array; filename: string }> {
  const record = await findOwnCertificate(actor, id);
  const bytes = await renderOfficialPdf(certificateDocument(record));
  await db.$transaction((tx) => appendTrace(tx, actor, { action: "certificate.download", entity: "Certificate", entityId: record.id, summary: traceOf(record) }));
  return { bytes, filename: `${KIND_LABELS[record.kind]}-${record.code}.pdf` };
}

/** D4: the print view of one of the caller's certificates, traced as a print. */
export async function printCertificate(actor: UserActor, id: string) {
  const record = await findOwnCertificate(actor, id);
  await db.$transaction((tx) => appendTrace(tx, actor, { action: "certificate.print", entity: "Certificate", entityId: record.id, summary: traceOf(record) }));
  return { record, document: certificateDocument(record) };
}

/** Staff: a certificate by its code, with a masked holder (to decide on a revocation). */
export async function findCertificateForStaff(actor: UserActor, typedCode: string) {
  assertRole(actor, ["STAFF", "ADMIN"], "查询证明");
  const code = normalizeCertificateCode(typedCode);
  const record = code ? await db.certificate.findUnique({ where: { code } }) : null;
  if (!record) return null;
  return {
    id: record.id,
    code: record.code,
    kind: record.kind as CertificateKindName,
    status: record.status,
    issuedAt: record.issuedAt,
    holderName: record.holderIdType === "CREDIT" ? record.holderName : maskName(record.holderName),
    holderId: maskIdNumber(record.holderIdNo),
    revokedAt: record.revokedAt,
    revokedReason: record.revokedReason,
  };
}

/** D5: STAFF revoke a certificate with a reason; /verify then says it was revoked. */
export async function revokeCertificate(actor: UserActor, input: { code: string; reason: string }, now: Date) {
  assertRole(actor, ["STAFF"], "作废证明");
  const code = normalizeCertificateCode(input.code);
  const record = code ? await db.certificate.findUnique({ where: { code } }) : null;
  if (!record) throw notFound("证明");
  return db.$transaction(async (tx) => {
    const { count } = await tx.certificate.updateMany({
      where: { id: record.id, status: { not: "REVOKED" } },
      data: { status: "REVOKED", revokedAt: now, revokedReason: input.reason, revokedBy: actor.id, currentSlot: null },
    });
    if (count === 0) throw new AppError("CONFLICT", "该证明已作废");
    await appendTrace(tx, actor, { action: "certificate.revoke", entity: "Certificate", entityId: record.id, summary: { ...traceOf(record), reason: input.reason } });
    return { code: record.code };
  });
}

export interface AvailableKind {
  kind: CertificateKindName;
  label: string;
  description: string;
  /** why it cannot be issued now, or null */
  unavailable: string | null;
}

const DESCRIPTIONS: Partial<Record<CertificateKindName, string>> = {
  PERSON_INSURANCE: "各险种参保登记情况与养老保险缴费年限，可用于入学、落户、购房等",
  CONTRIBUTION_RECORD: "按年度汇总的缴费记录（权益记录）",
  BENEFIT_DETAILS: "养老金、失业保险金等待遇的逐月发放记录",
  TRANSFER_PAYMENT: "养老保险关系转移接续及转移资金情况",
  UNIT_INSURANCE: "单位参保登记情况及在职参保职工名单",
};

/** D1: the kinds the caller can issue from their own data, with the reason where one cannot. */
export async function availableCertificateKinds(actor: UserActor): Promise<AvailableKind[]> {
  const item = (kind: CertificateKindName, unavailable: string | null): AvailableKind => ({ kind, label: KIND_LABELS[kind], description: DESCRIPTIONS[kind] ?? "", unavailable });
  if (actor.role === "UNIT") {
    return [item("UNIT_INSURANCE", actor.unitId ? null : "账户未绑定参保单位")];
  }
  assertRole(actor, ["PERSON"], "开具证明");
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { corePersonId: true } });
  const personId = user?.corePersonId;
  if (!personId) return ["PERSON_INSURANCE", "CONTRIBUTION_RECORD", "BENEFIT_DETAILS", "TRANSFER_PAYMENT"].map((k) => item(k as CertificateKindName, "账户未绑定参保信息"));
  const core = coreSystem();
  const [registrations, years, payments, transfers] = await Promise.all([
    core.listRegistrations(personId),
    core.listContributionYears(personId),
    core.listBenefitPayments(personId),
    core.listTransfers(personId),
  ]);
  return [
    item("PERSON_INSURANCE", registrations.length ? null : "没有参保登记记录"),
    item("CONTRIBUTION_RECORD", years.length ? null : "没有缴费记录"),
    item("BENEFIT_DETAILS", payments.length ? null : "没有待遇发放记录"),
    item("TRANSFER_PAYMENT", transfers.length ? null : "没有转移接续记录"),
  ];
}
