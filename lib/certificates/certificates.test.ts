import { beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { generateSm2KeyPair } from "@/lib/gm";
import { platformPublicKey } from "@/lib/gm/platform-key";
import { maskDocumentNumber, maskName } from "@/lib/security/masking";
import { createCoreUnit, createPersonApplicant, createUnitApplicant, seedApplicationCatalogue } from "@/lib/applications/test-fixtures";
import { createTestUser, TEST_CLIENT } from "@/tests/helpers";
import type { SessionUser } from "@/lib/auth/actor";
import { generateCertificateCode, normalizeCertificateCode } from "./code";
import { canonicalJson, signCertificate, verifyCertificateSignature } from "./signature";
import { personInsuranceContent } from "./build-content";
import { issueCertificate } from "./issue-certificate";
import { downloadCertificate, findOwnCertificate, printCertificate, revokeCertificate } from "./certificates";
import { lookUpCertificate, verifyCertificate } from "./verify-certificate";
import type { CertificateContent } from "./content";

const codeOf = (p: Promise<unknown>) => p.then(() => "OK", (e) => (e instanceof AppError ? e.code : String(e)));
const withClient = <T extends SessionUser>(u: T) => ({ ...u, ...TEST_CLIENT });
const now = new Date("2026-11-23T06:00:00Z");

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text;
}

/** Every leaf of the content with a way to change it. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value !== null && typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leafPaths(v, [...path, Array.isArray(value) ? Number(k) : k]));
  }
  return [path];
}

function changed(content: CertificateContent, path: (string | number)[]): CertificateContent {
  const copy = structuredClone(content) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  node[last] = `${String(node[last])}x`;
  return copy as unknown as CertificateContent;
}

const samplePerson = {
  id: 1, personNo: "P0000000001", idType: "01", idNumber: "11010519491231002X", name: "张小三", gender: "M", birthDate: "1949-12-31",
  mobile: null, address: "", socialCardNo: null, unitId: null, status: "INSURED",
};
const sampleContent = personInsuranceContent(samplePerson, [{ insuranceType: "110", unitId: 1, unitName: "青岛海澄精密机械有限公司", status: "ACTIVE", startMonth: 201201, endMonth: null }], 150);

describe("D2 signature over the canonical content", () => {
  const fields = { code: "ABCD-EFGH-JKLM-NPQR", issuedAt: now, content: sampleContent };

  it("D2: verifies with the platform public key", () => {
    const { signature, publicKey } = signCertificate(fields);
    expect(publicKey).toBe(platformPublicKey());
    expect(verifyCertificateSignature(fields, signature, [platformPublicKey()])).toBe(true);
  });

  it("D2: fails after any change of the content, the code or the issue time, and with another key", () => {
    const { signature } = signCertificate(fields);
    const keys = [platformPublicKey()];
    const paths = leafPaths(sampleContent);
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      expect(verifyCertificateSignature({ ...fields, content: changed(sampleContent, path) }, signature, keys), path.join(".")).toBe(false);
    }
    expect(verifyCertificateSignature({ ...fields, code: "ABCD-EFGH-JKLM-NPQS" }, signature, keys)).toBe(false);
    expect(verifyCertificateSignature({ ...fields, issuedAt: new Date(now.getTime() + 1) }, signature, keys)).toBe(false);
    expect(verifyCertificateSignature(fields, signature, [generateSm2KeyPair().publicKey])).toBe(false);
  });

  it("D2: the canonical JSON does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: "张" } })).toBe('{"a":{"c":"张","d":[1,{"x":1,"y":2}]},"b":1}');
  });
});

describe("D2 anti-forgery code", () => {
  it("D2: 16 symbols of an unambiguous alphabet, grouped XXXX-XXXX-XXXX-XXXX, all different", () => {
    const codes = Array.from({ length: 20000 }, () => generateCertificateCode());
    for (const code of codes.slice(0, 2000)) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(codes.every((c) => c.replaceAll("-", "").length >= 16)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    // Every symbol of the alphabet turns up, and none of 0 O 1 I.
    const used = new Set(codes.join("").replaceAll("-", ""));
    expect(used.size).toBe(32);
    for (const c of "01OI") expect(used.has(c)).toBe(false);
  });

  it("D3: what people type is normalised; anything else is no code", () => {
    expect(normalizeCertificateCode(" abcd efgh-jklm npqr ")).toBe("ABCD-EFGH-JKLM-NPQR");
    expect(normalizeCertificateCode("ＡＢＣＤ－ＥＦＧＨ－ＪＫＬＭ－ＮＰＱＲ")).toBe("ABCD-EFGH-JKLM-NPQR");
    expect(normalizeCertificateCode("ABCD-EFGH-JKLM-NPQ")).toBeNull();
    expect(normalizeCertificateCode("ABCD-EFGH-JKLM-NPQ0")).toBeNull();
    expect(normalizeCertificateCode("' OR 1=1 --")).toBeNull();
  });
});

describe("D3 masking of names and every ID type", () => {
  it("D3: 2-, 3- and 4-character names", () => {
    expect(maskName("张三")).toBe("张*");
    expect(maskName("张小三")).toBe("张*三");
    expect(maskName("欧阳小锋")).toBe("欧**锋");
  });

  it("D3: 居民身份证, 港澳台居民居住证, 外国人永久居留身份证 (new and old), 护照, 统一社会信用代码", () => {
    expect(maskDocumentNumber("01", "11010519491231002X")).toBe("1101**********002X");
    expect(maskDocumentNumber("02", "810000199408230021")).toBe("8100**********0021");
    expect(maskDocumentNumber("03", "932682198501010017")).toBe("9326**********0017");
    expect(maskDocumentNumber("03", "USA310112850101")).toBe("USA3*******0101");
    expect(maskDocumentNumber("04", "E12345678")).toBe("E1*****78");
    expect(maskDocumentNumber("04", "G1234567")).toBe("G1****67");
    expect(maskDocumentNumber("CREDIT", "91370212MA3D5R7N1F")).toBe("9137**********7N1F");
    // Whatever the type, at least half of a document number is hidden.
    for (const [type, value] of [["01", "11010519491231002X"], ["04", "E12345678"], ["04", "AB12"], ["99", "X1234567"]] as const) {
      const masked = maskDocumentNumber(type, value);
      expect(masked).toHaveLength(value.length);
      expect([...masked].filter((c) => c === "*").length, `${type} ${value}`).toBeGreaterThanOrEqual(Math.floor(value.length / 2));
    }
  });
});

describe("D1, D5 issuing from the caller's own data", () => {
  let holder: SessionUser & typeof TEST_CLIENT;
  let other: SessionUser & typeof TEST_CLIENT;
  let person: Awaited<ReturnType<typeof createPersonApplicant>>["person"];
  let unitId: number;

  beforeAll(async () => {
    const unit = await createCoreUnit();
    unitId = unit.id;
    const a = await createPersonApplicant({ unitId });
    const b = await createPersonApplicant({ unitId });
    holder = withClient(a.user);
    other = withClient(b.user);
    person = a.person;
    await db.coreRegistration.createMany({
      data: [
        { personId: person.id, unitId, insuranceType: "110", status: "ACTIVE", startMonth: 201801 },
        { personId: person.id, unitId, insuranceType: "310", status: "ACTIVE", startMonth: 201801 },
        { personId: b.person.id, unitId, insuranceType: "110", status: "ACTIVE", startMonth: 202001 },
      ],
    });
  });

  it("D1, D4: a person's insurance certificate holds their name, ID and registrations; the PDF has them as text; download and print are traced", async () => {
    const issued = await issueCertificate(holder, { kind: "PERSON_INSURANCE" }, now);
    expect(issued.reused).toBe(false);
    const cert = await findOwnCertificate(holder, issued.id);
    expect(cert.parsed.holder).toEqual({ name: person.name, idType: "01", idNumber: person.idNumber });
    expect(cert.parsed.table!.rows.map((r) => r[0])).toEqual(["企业职工基本养老保险", "职工基本医疗保险"]);
    const { bytes, filename } = await downloadCertificate(holder, issued.id);
    expect(filename).toContain(issued.code);
    expect(bytes.length).toBeLessThan(300 * 1024);
    const text = await pdfText(bytes);
    expect(text).toContain(person.name);
    expect(text).toContain(issued.code);
    expect(text).toContain(person.idNumber);
    // D4: the print view shows the same certificate.
    const printed = await printCertificate(holder, issued.id);
    expect(printed.document.verification?.code).toBe(issued.code);
    expect(printed.document.title).toBe(cert.parsed.title);
    const traced = await db.operationTrace.findMany({ where: { entity: "Certificate", entityId: issued.id }, orderBy: { seq: "asc" } });
    expect(traced.map((t) => t.action)).toEqual(["certificate.issue", "certificate.download", "certificate.print"]);
    expect(traced[0].summary).not.toContain(person.idNumber);
  });

  it("D5: issuing again with unchanged data gives the same certificate; changed data a new one that supersedes it", async () => {
    const first = await issueCertificate(holder, { kind: "PERSON_INSURANCE" }, now);
    const again = await issueCertificate(holder, { kind: "PERSON_INSURANCE" }, new Date(now.getTime() + 60_000));
    expect(again).toEqual({ id: first.id, code: first.code, reused: true });
    await db.coreRegistration.create({ data: { personId: person.id, unitId, insuranceType: "210", status: "ACTIVE", startMonth: 201801 } });
    const renewed = await issueCertificate(holder, { kind: "PERSON_INSURANCE" }, new Date(now.getTime() + 120_000));
    expect(renewed.reused).toBe(false);
    expect(renewed.code).not.toBe(first.code);
    expect((await lookUpCertificate(first.code))).toMatchObject({ found: true, status: "SUPERSEDED", signatureValid: true });
    expect((await lookUpCertificate(renewed.code))).toMatchObject({ found: true, status: "VALID", signatureValid: true });
  });

  it("D5: two issues at once leave one valid certificate", async () => {
    const results = await Promise.all([1, 2, 3].map(() => issueCertificate(other, { kind: "PERSON_INSURANCE" }, now)));
    expect(new Set(results.map((r) => r.code)).size).toBe(1);
    expect(await db.certificate.count({ where: { ownerUserId: other.id, status: "VALID" } })).toBe(1);
  });

  it("D1: a kind without data is refused with a clear Chinese message", async () => {
    const res = issueCertificate(holder, { kind: "BENEFIT_DETAILS" }, now);
    await expect(res).rejects.toThrow(/没有待遇发放记录/);
  });

  it("U9: another person's certificate is not found in the page, the download and the print view", async () => {
    const issued = await issueCertificate(holder, { kind: "PERSON_INSURANCE" }, now);
    expect(await codeOf(findOwnCertificate(other, issued.id))).toBe("NOT_FOUND");
    expect(await codeOf(downloadCertificate(other, issued.id))).toBe("NOT_FOUND");
    expect(await codeOf(printCertificate(other, issued.id))).toBe("NOT_FOUND");
    const handler = withClient(await createTestUser("UNIT", { coreUnitId: unitId }));
    expect(await codeOf(findOwnCertificate(handler, issued.id))).toBe("NOT_FOUND");
    expect(await codeOf(printCertificate(holder, issued.id))).toBe("OK");
  });

  it("D1: a unit's insurance certificate lists its employees with masked ID numbers; its handlers share it, other units do not", async () => {
    const unitHandler = withClient(await createTestUser("UNIT", { coreUnitId: unitId }));
    const secondHandler = withClient(await createTestUser("UNIT", { coreUnitId: unitId }));
    const stranger = withClient((await createUnitApplicant()).user);
    const issued = await issueCertificate(unitHandler, { kind: "UNIT_INSURANCE" }, now);
    const cert = await findOwnCertificate(secondHandler, issued.id);
    expect(cert.parsed.table!.rows.map((r) => r[3])).toContain(`${person.idNumber.slice(0, 4)}${"*".repeat(10)}${person.idNumber.slice(-4)}`);
    expect(cert.content).not.toContain(person.idNumber);
    expect(await codeOf(findOwnCertificate(stranger, issued.id))).toBe("NOT_FOUND");
    // An employee's certificate from the unit; another unit's employee is not found.
    expect(await codeOf(issueCertificate(unitHandler, { kind: "PERSON_INSURANCE", personNo: person.personNo }, now))).toBe("OK");
    expect(await codeOf(issueCertificate(stranger, { kind: "PERSON_INSURANCE", personNo: person.personNo }, now))).toBe("NOT_FOUND");
  });

  it("D1: acceptance and result notices only in the right state, for the applicant only", async () => {
    await seedApplicationCatalogue();
    const item = await db.serviceItem.findFirstOrThrow({ orderBy: { id: "asc" } });
    const app = await db.application.create({
      data: {
        applicationNo: `T${Date.now()}`, itemId: item.id, applicantUserId: holder.id, subjectPersonId: person.id, requestKey: `cert-${Date.now()}`,
        status: "SUBMITTED", formData: "{}", submittedAt: now,
      },
    });
    expect(await codeOf(issueCertificate(holder, { kind: "ACCEPTANCE_NOTICE", applicationId: app.id }, now))).toBe("CONFLICT");
    await db.application.update({ where: { id: app.id }, data: { status: "ACCEPTED", acceptedAt: now, acceptingDept: "市社会保险事业中心", dueDate: "2026-11-30" } });
    const accepted = await issueCertificate(holder, { kind: "ACCEPTANCE_NOTICE", applicationId: app.id }, now);
    expect((await findOwnCertificate(holder, accepted.id)).parsed.fields).toContainEqual(["申请编号", app.applicationNo]);
    expect(await codeOf(issueCertificate(holder, { kind: "RESULT_NOTICE", applicationId: app.id }, now))).toBe("CONFLICT");
    expect(await codeOf(issueCertificate(other, { kind: "ACCEPTANCE_NOTICE", applicationId: app.id }, now))).toBe("NOT_FOUND");
    await db.application.update({ where: { id: app.id }, data: { status: "COMPLETED", decidedAt: now, result: "已办结" } });
    const result = await issueCertificate(holder, { kind: "RESULT_NOTICE", applicationId: app.id }, now);
    expect((await pdfText((await downloadCertificate(holder, result.id)).bytes))).toContain("办结通知书");
  });
});

describe("D3 public verification, D5 revocation", () => {
  let code: string;
  let person: Awaited<ReturnType<typeof createPersonApplicant>>["person"];
  let staff: SessionUser & typeof TEST_CLIENT;

  beforeAll(async () => {
    const a = await createPersonApplicant();
    person = a.person;
    await db.coreRegistration.create({ data: { personId: person.id, insuranceType: "110", status: "ACTIVE", startMonth: 201201 } });
    code = (await issueCertificate(withClient(a.user), { kind: "PERSON_INSURANCE" }, now)).code;
    staff = withClient(await createTestUser("STAFF"));
  });

  it("D3: genuine, with the issue date, kind and a masked summary only", async () => {
    const result = await lookUpCertificate(code.toLowerCase().replaceAll("-", " "));
    expect(result).toMatchObject({ found: true, status: "VALID", kind: "PERSON_INSURANCE", signatureValid: true, holderName: maskName(person.name) });
    expect(JSON.stringify(result)).not.toContain(person.idNumber);
    if (result.found) expect(result.holderId).toBe(`${person.idNumber.slice(0, 4)}**********${person.idNumber.slice(-4)}`);
  });

  it("D3: a malformed code and an unknown one get the same answer", async () => {
    const unknown = await lookUpCertificate(generateCertificateCode());
    const oneOff = await lookUpCertificate(`${code.slice(0, -1)}${code.endsWith("Z") ? "Y" : "Z"}`);
    const malformed = await lookUpCertificate("not-a-code");
    expect(unknown).toEqual({ found: false });
    expect(oneOff).toEqual(unknown);
    expect(malformed).toEqual(unknown);
  });

  it("D3: a record changed in the database no longer verifies", async () => {
    const a = await createPersonApplicant();
    await db.coreRegistration.create({ data: { personId: a.person.id, insuranceType: "110", status: "ACTIVE", startMonth: 201201 } });
    const issued = await issueCertificate(withClient(a.user), { kind: "PERSON_INSURANCE" }, now);
    const record = await db.certificate.findUniqueOrThrow({ where: { id: issued.id } });
    const content = JSON.parse(record.content) as CertificateContent;
    content.table!.rows[0][3] = "2000年01月";
    await db.certificate.update({ where: { id: issued.id }, data: { content: canonicalJson(content) } });
    expect(await lookUpCertificate(issued.code)).toMatchObject({ found: true, signatureValid: false });
  });

  it("D3: lookups are limited per client address", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    const results: string[] = [];
    for (let i = 0; i < 31; i++) results.push(await codeOf(verifyCertificate(code, ip)));
    expect(results.slice(0, 30).every((r) => r === "OK")).toBe(true);
    expect(results[30]).toBe("RATE_LIMITED");
    expect(await codeOf(verifyCertificate(code, "198.51.100.250"))).toBe("OK");
  });

  it("D5: STAFF revoke with a reason; verification then says revoked; only STAFF may", async () => {
    const person2 = withClient(await createTestUser("PERSON"));
    expect(await codeOf(revokeCertificate(person2, { code, reason: "数据有误需重开" }, now))).toBe("FORBIDDEN");
    await revokeCertificate(staff, { code, reason: "数据有误需重开" }, now);
    expect(await lookUpCertificate(code)).toMatchObject({ found: true, status: "REVOKED", revokedReason: "数据有误需重开", signatureValid: true });
    expect(await codeOf(revokeCertificate(staff, { code, reason: "再次作废" }, now))).toBe("CONFLICT");
    const trace = await db.operationTrace.findFirst({ where: { action: "certificate.revoke" }, orderBy: { seq: "desc" } });
    expect(trace?.actorId).toBe(staff.id);
  });
});
