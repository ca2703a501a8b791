/**
 * Fixtures for the application tests: the catalogue and calendar as seeded, and core persons
 * and units of their own (random identities), so tests sharing one database stay apart.
 */
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { createRng, generateCreditCode, generateIdNumber } from "@/lib/identity";
import { seedCatalogue } from "@/prisma/seed/catalogue";
import { seedStatutoryCalendar } from "@/lib/appointments/test-fixtures";
import { createTestUser } from "@/tests/helpers";

export async function seedApplicationCatalogue(): Promise<void> {
  await seedCatalogue();
  await seedStatutoryCalendar();
}

const rng = () => createRng(randomInt(1, 2 ** 30));

export async function createCoreUnit(status = "ACTIVE") {
  const creditCode = generateCreditCode(rng(), "370202");
  return db.coreUnit.create({
    data: {
      unitNo: `U${randomInt(1e9, 1e10 - 1)}`, name: `测试单位${creditCode.slice(-6)}`, creditCode, regionCode: "370202",
      legalRepName: "王法人", legalRepPhone: "13800000001", address: "青岛市市南区香港中路 1 号", industry: "软件", status, registeredOn: "2015-01-01",
    },
  });
}

export async function createCorePerson(extra: { unitId?: number | null; status?: string } = {}) {
  const idNumber = generateIdNumber(rng(), { birthYearRange: [1960, 1995] });
  return db.corePerson.create({
    data: {
      personNo: `P${randomInt(1e9, 1e10 - 1)}`, idNumber, name: "测试参保人", gender: "M", birthDate: "1980-01-01",
      mobile: "13900000000", address: "青岛市市北区旧地址 1 号", unitId: extra.unitId ?? null, status: extra.status ?? "INSURED",
    },
  });
}

/** A PERSON user bound to a fresh core person. */
export async function createPersonApplicant(extra: { unitId?: number | null; status?: string } = {}) {
  const person = await createCorePerson(extra);
  const user = await createTestUser("PERSON", { corePersonId: person.id });
  return { user, person };
}

/** A UNIT handler bound to a fresh core unit. */
export async function createUnitApplicant(status = "ACTIVE") {
  const unit = await createCoreUnit(status);
  const user = await createTestUser("UNIT", { coreUnitId: unit.id });
  return { user, unit };
}

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
export const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
