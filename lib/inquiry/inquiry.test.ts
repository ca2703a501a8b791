import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { generateCoreData } from "@/prisma/seed/core-data";
import { createTestUser } from "@/tests/helpers";
import type { SessionUser } from "@/lib/auth/actor";
import { getAccountHistory, getBenefits, getContributionYear, getRightsOverview, getTransfers } from "./person-rights";
import { getUnitBills, getUnitEmployee, searchUnitEmployees } from "./unit-rights";
import { exportContributionHistory } from "./export-contributions";

let unitA: number;
let unitB: number;
let personA: { id: number; personNo: string; idNumber: string; name: string };
let personB: { id: number; personNo: string };
let holderA: SessionUser;
let holderB: SessionUser;
let handlerA: SessionUser;

const codeOf = async (p: Promise<unknown>) => p.then(() => "OK", (e) => (e instanceof AppError ? e.code : String(e)));
const client = { ip: "203.0.113.7", userAgent: "vitest" };

beforeAll(async () => {
  // Two units of 21 persons each (20 to a page, so each unit has two pages), 2023-01 to 2024-06.
  // The suite's own units: the database may already hold others (a demo seed run in this worker).
  const before = (await db.coreUnit.aggregate({ _max: { id: true } }))._max.id ?? 0;
  await generateCoreData(db, { units: 2, personsPerUnit: 21, fromMonth: 202301, toMonth: 202406, seed: 909 });
  const units = await db.coreUnit.findMany({ where: { id: { gt: before } }, orderBy: { id: "asc" }, take: 2 });
  [unitA, unitB] = units.map((u) => u.id);
  // The first insured (not retired) person of each unit.
  personA = await db.corePerson.findFirstOrThrow({ where: { unitId: unitA }, orderBy: { id: "asc" } });
  personB = await db.corePerson.findFirstOrThrow({ where: { unitId: unitB }, orderBy: { id: "asc" } });
  holderA = await createTestUser("PERSON", { corePersonId: personA.id });
  holderB = await createTestUser("PERSON", { corePersonId: personB.id });
  handlerA = await createTestUser("UNIT", { coreUnitId: unitA });
  // One month in arrears for person A: 2024-06, every insurance type.
  await db.coreContribution.updateMany({ where: { personId: personA.id, yearMonth: 202406 }, data: { status: "ARREARS" } });
  // …and none for person B (the generator puts a last month in arrears now and then).
  await db.coreContribution.updateMany({ where: { personId: personB.id }, data: { status: "PAID" } });
});

describe("Q2 a person's rights information", () => {
  it("Q2: the yearly totals equal the sums of the month rows, paid and arrears apart", async () => {
    const rows = await db.coreContribution.findMany({ where: { personId: personA.id } });
    const { years } = await getRightsOverview(holderA);
    expect(years.map((y) => y.year)).toEqual([2024, 2023].filter((y) => rows.some((r) => Math.floor(r.yearMonth / 100) === y)));
    for (const y of years) {
      const ofYear = rows.filter((r) => Math.floor(r.yearMonth / 100) === y.year);
      expect(y.unitFen).toBe(ofYear.reduce((s, r) => s + r.unitFen, 0));
      expect(y.personalFen).toBe(ofYear.reduce((s, r) => s + r.personalFen, 0));
      expect(y.months).toBe(new Set(ofYear.map((r) => r.yearMonth)).size);
      const pension = ofYear.filter((r) => r.insuranceType === "110");
      expect(y.pensionBaseFen).toBe(pension.reduce((s, r) => s + r.baseFen, 0));
      expect(y.pensionPaidMonths).toBe(pension.filter((r) => r.status !== "ARREARS").length);
    }
    const y2024 = years.find((y) => y.year === 2024)!;
    expect(y2024.arrearsMonths).toBe(1);
    const june = rows.filter((r) => r.yearMonth === 202406);
    expect(june).toHaveLength(5);
    expect(y2024.arrearsFen).toBe(june.reduce((s, r) => s + r.unitFen + r.personalFen, 0));
  });

  it("Q2: 缴费年限 counts pension months paid; the balance is the newest account year's closing", async () => {
    const overview = await getRightsOverview(holderA);
    const paid = await db.coreContribution.count({ where: { personId: personA.id, insuranceType: "110", status: { not: "ARREARS" } } });
    expect(overview.paidMonths).toBe(paid);
    const newest = await db.coreAccountYear.findFirstOrThrow({ where: { personId: personA.id }, orderBy: { year: "desc" } });
    expect(overview.balanceFen).toBe(newest.closingFen);
    expect(overview.registrations.map((r) => r.insuranceType).sort()).toEqual(["110", "210", "310", "410", "510"]);
    expect((await getAccountHistory(holderA)).years[0].closingFen).toBe(newest.closingFen);
  });

  it("Q2: one year at a time — the newest by default, filtered by year and by insurance type", async () => {
    const latest = await getContributionYear(holderA, {});
    expect(latest.year).toBe(2024);
    expect(latest.years).toEqual([2024, 2023]);
    expect(new Set(latest.rows.map((r) => Math.floor(r.yearMonth / 100)))).toEqual(new Set([2024]));
    const y2023 = await getContributionYear(holderA, { year: 2023, insuranceType: "110" });
    expect(y2023.rows.every((r) => r.insuranceType === "110" && Math.floor(r.yearMonth / 100) === 2023)).toBe(true);
    expect(y2023.rows.length).toBeGreaterThan(0);
    expect(y2023.totals!.unitFen).toBe(y2023.rows.reduce((s, r) => s + r.unitFen, 0));
    const none = await getContributionYear(holderA, { year: 1999 });
    expect(none.rows).toEqual([]);
    expect(none.totals).toBeNull();
  });

  it("Q2: each person sees only their own data; an unbound account and other roles see none", async () => {
    const [a, b] = [await getContributionYear(holderA, { year: 2024 }), await getContributionYear(holderB, { year: 2024 })];
    const ownRows = await db.coreContribution.findMany({ where: { personId: personB.id, yearMonth: { gte: 202401 } } });
    expect(b.rows).toHaveLength(ownRows.length);
    expect(b.totals!.unitFen).toBe(ownRows.reduce((s, r) => s + r.unitFen, 0));
    expect(b.totals!.arrearsMonths).toBe(0); // A's arrears are not B's
    expect(a.totals!.arrearsMonths).toBe(1);
    expect((await getRightsOverview(holderB)).person.personNo).toBe(personB.personNo);

    const unbound = await createTestUser("PERSON");
    expect(await codeOf(getRightsOverview(unbound))).toBe("NOT_FOUND");
    expect(await codeOf(getContributionYear(unbound, {}))).toBe("NOT_FOUND");
    expect(await codeOf(getTransfers(unbound))).toBe("NOT_FOUND");
    expect(await codeOf(getBenefits(unbound, 1))).toBe("NOT_FOUND");
    expect(await codeOf(getRightsOverview(handlerA))).toBe("FORBIDDEN");
  });
});

describe("Q3 a unit's registration, bills and employees", () => {
  it("Q3: the monthly bills are the unit's own, summed over insurance types per month", async () => {
    const bills = await getUnitBills(handlerA, { year: 2024 });
    expect(bills.unit.id).toBe(unitA);
    expect(bills.years).toEqual([2024, 2023]);
    expect(bills.months.map((m) => m.yearMonth)).toEqual([202406, 202405, 202404, 202403, 202402, 202401]);
    for (const m of bills.months) {
      const own = await db.coreUnitBill.findMany({ where: { unitId: unitA, yearMonth: m.yearMonth } });
      expect(m.unitFen).toBe(own.reduce((s, r) => s + r.unitFen, 0));
      expect(m.personalFen).toBe(own.reduce((s, r) => s + r.personalFen, 0));
    }
    // The last month is unpaid in the generated data (all five types); earlier months are paid.
    expect(bills.months[0].unpaidTypes).toBe(5);
    expect(bills.months[1].unpaidTypes).toBe(0);
    expect(bills.yearMonth).toBe(202406);
    expect(bills.detail.map((d) => d.insuranceType)).toEqual(["110", "210", "310", "410", "510"]);
    const march = await getUnitBills(handlerA, { year: 2024, yearMonth: 202403 });
    expect(march.detail.every((d) => d.yearMonth === 202403)).toBe(true);
    // A month outside the chosen year falls back to the year's newest.
    expect((await getUnitBills(handlerA, { year: 2023, yearMonth: 202403 })).yearMonth).toBe(202312);
  });

  it("Q3: employees come 20 to a page; a page past the end shows the last page", async () => {
    const total = await db.corePerson.count({ where: { unitId: unitA } });
    const first = await searchUnitEmployees(handlerA, { q: "", page: 1 });
    expect(first.total).toBe(total);
    expect(first.items).toHaveLength(Math.min(20, total));
    expect(first.items.every((p) => p.unitId === unitA)).toBe(true);
    const lastPage = Math.ceil(total / 20);
    const far = await searchUnitEmployees(handlerA, { q: "", page: 99 });
    expect(far.page).toBe(lastPage);
    expect(far.items).toHaveLength(total - (lastPage - 1) * 20);
    const ids = new Set([...first.items, ...(await searchUnitEmployees(handlerA, { q: "", page: 2 })).items].map((p) => p.id));
    expect(ids.size).toBe(Math.min(total, 40));
  });

  it("Q3: search by part of a name, by the tail of the ID number, by person number — within the unit only", async () => {
    const byName = await searchUnitEmployees(handlerA, { q: personA.name.slice(1), page: 1 });
    expect(byName.items.map((p) => p.id)).toContain(personA.id);
    expect(byName.items.every((p) => p.name.includes(personA.name.slice(1)))).toBe(true);
    const byTail = await searchUnitEmployees(handlerA, { q: personA.idNumber.slice(-6), page: 1 });
    expect(byTail.items.map((p) => p.id)).toEqual([personA.id]);
    expect((await searchUnitEmployees(handlerA, { q: personA.personNo, page: 1 })).items.map((p) => p.id)).toEqual([personA.id]);
    // B works for the other unit: not found by any of its identifiers.
    const other = await db.corePerson.findUniqueOrThrow({ where: { id: personB.id } });
    for (const q of [other.personNo, other.idNumber.slice(-6), other.name]) {
      expect((await searchUnitEmployees(handlerA, { q, page: 1 })).items.map((p) => p.id)).not.toContain(personB.id);
    }
  });

  it("Q3: an employee detail by person number is the unit's own; a guessed number of another unit's employee is not found", async () => {
    const own = await getUnitEmployee(handlerA, personA.personNo);
    expect(own.person.id).toBe(personA.id);
    expect(own.registrations.every((r) => r.unitId === unitA)).toBe(true);
    expect(await codeOf(getUnitEmployee(handlerA, personB.personNo))).toBe("NOT_FOUND");
    expect(await codeOf(getUnitEmployee(handlerA, "P99999999999"))).toBe("NOT_FOUND");
    const unboundHandler = await createTestUser("UNIT");
    expect(await codeOf(getUnitBills(unboundHandler, {}))).toBe("NOT_FOUND");
    expect(await codeOf(searchUnitEmployees(holderA, { q: "", page: 1 }))).toBe("FORBIDDEN");
    expect(await codeOf(getUnitBills({ ...holderA, unitId: unitA }, {}))).toBe("FORBIDDEN");
  });
});

describe("Q5 whole-history export", () => {
  it("Q5: the CSV streams every month of the caller's history, with a BOM and Chinese headers, and the download is traced", async () => {
    const traced = await db.operationTrace.count({ where: { action: "contribution.export", actorId: holderA.id } });
    const { stream, filename } = await exportContributionHistory({ ...holderA, ...client }, new Date("2026-11-23T02:00:00Z"));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("费款所属期,险种,缴费基数（元）,单位缴纳（元）,个人缴纳（元）,缴费状态");
    expect(lines.length - 1).toBe(await db.coreContribution.count({ where: { personId: personA.id } }));
    const june = await db.coreContribution.findFirstOrThrow({ where: { personId: personA.id, yearMonth: 202406, insuranceType: "110" } });
    expect(lines).toContain(`2024-06,企业职工基本养老保险,${(june.baseFen / 100).toFixed(2)},${(june.unitFen / 100).toFixed(2)},${(june.personalFen / 100).toFixed(2)},欠缴`);
    expect(lines.some((l) => l.includes(personB.personNo))).toBe(false);
    expect(filename).toBe(`缴费明细-${personA.personNo}-20261123.csv`);
    expect(await db.operationTrace.count({ where: { action: "contribution.export", actorId: holderA.id } })).toBe(traced + 1);
  });
});
