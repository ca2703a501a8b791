/**
 * Generates core business data (REQUIREMENTS B2) of any size, deterministically from a seed:
 * units, insured persons with valid ID numbers, registrations, monthly contributions,
 * personal-account years, transfers, benefit payments and unit bills. Rows are streamed to
 * the database in batches, so the benchmark size (tens of millions of rows) needs no more
 * memory than the demo size.
 */
import { isUniqueViolation, Prisma, type Db } from "@/lib/db";
import { createRng } from "@/lib/identity/rng";
import { generateChineseName, generateCreditCode, generateIdNumber, generateMobile, generateUnitName } from "@/lib/identity/generate";
import { formatBirthDate, birthDateFromId, genderFromId } from "@/lib/identity/id-number";

/** Contribution rates in basis points of the base (unit part, personal part), by insurance type. */
export const CONTRIBUTION_RATES: Record<string, { unit: number; personal: number }> = {
  "110": { unit: 1600, personal: 800 },
  "210": { unit: 70, personal: 30 },
  "310": { unit: 800, personal: 200 },
  "410": { unit: 40, personal: 0 },
  "510": { unit: 50, personal: 0 },
};
const TYPES = Object.keys(CONTRIBUTION_RATES);

/** 个人账户记账利率 (basis points) published by MOHRSS; later years provisional. */
const ACCOUNT_RATES: Record<number, number> = {
  2015: 500, 2016: 831, 2017: 712, 2018: 829, 2019: 761, 2020: 604, 2021: 669, 2022: 612, 2023: 397, 2024: 262, 2025: 250, 2026: 250,
};

const INDUSTRIES = ["制造业", "批发和零售业", "信息传输、软件和信息技术服务业", "建筑业", "住宿和餐饮业", "交通运输业", "租赁和商务服务业"];
const STREETS = ["香港中路", "山东路", "延安三路", "福州路", "辽阳西路", "株洲路", "长江中路", "黄河路", "银川东路", "海尔路"];
const QINGDAO_DISTRICTS = ["370202", "370203", "370211", "370212", "370213", "370214"];

export interface CoreDataSize {
  units: number;
  personsPerUnit: number;
  /** First and last contribution month, YYYYMM. */
  fromMonth: number;
  toMonth: number;
  seed: number;
}

export interface GeneratedCounts {
  units: number;
  persons: number;
  contributions: number;
}

const monthIndex = (ym: number) => Math.floor(ym / 100) * 12 + ((ym % 100) - 1);
const monthOf = (index: number) => Math.floor(index / 12) * 100 + (index % 12) + 1;

class BatchWriter<T> {
  private rows: T[] = [];
  count = 0;
  constructor(private readonly flushFn: (rows: T[]) => Promise<unknown>, private readonly size = 5000) {}
  async add(row: T) {
    this.rows.push(row);
    this.count += 1;
    if (this.rows.length >= this.size) await this.flush();
  }
  async flush() {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    await this.flushFn(rows);
  }
}

interface ContributionRow {
  personId: number;
  unitId: number | null;
  insuranceType: string;
  yearMonth: number;
  baseFen: number;
  unitFen: number;
  personalFen: number;
  status: string;
}

export interface FixedPerson {
  name: string;
  idNumber: string;
  /** null: the core system holds no mobile for this person. */
  mobile: string | null;
  unitCreditCode: string | null;
  startMonth: number;
  wageBaseFen: number;
  socialCardNo?: string;
}

export interface FixedUnit {
  name: string;
  creditCode: string;
  legalRepName: string;
  legalRepPhone: string;
  handlerName: string | null;
  handlerMobile: string | null;
}

/**
 * One multi-row INSERT per batch (2,000 rows × 8 values stays under SQLite's and PostgreSQL's
 * parameter limits). createMany builds every row through Prisma's query engine, which manages
 * about 5,000 rows/s here: too slow for the ten million rows of the benchmark seed.
 */
function insertContributions(db: Db, rows: ContributionRow[]) {
  const values = rows.map((r) => Prisma.sql`(${r.personId}, ${r.unitId}, ${r.insuranceType}, ${r.yearMonth}, ${r.baseFen}, ${r.unitFen}, ${r.personalFen}, ${r.status})`);
  return db.$executeRaw`INSERT INTO "CoreContribution" ("personId", "unitId", "insuranceType", "yearMonth", "baseFen", "unitFen", "personalFen", "status") VALUES ${Prisma.join(values)}`;
}

/** Writes units and persons; fixed ones (demo identities) first, then generated ones. */
export async function generateCoreData(
  db: Db,
  size: CoreDataSize,
  fixed: { units?: FixedUnit[]; persons?: FixedPerson[] } = {},
  onProgress?: (counts: GeneratedCounts) => void,
): Promise<GeneratedCounts> {
  const rng = createRng(size.seed);
  const lastIndex = monthIndex(size.toMonth);
  const firstIndex = monthIndex(size.fromMonth);

  const contributions = new BatchWriter((rows: ContributionRow[]) => insertContributions(db, rows), 2_000);
  const accountYears = new BatchWriter((rows: { personId: number; year: number; openingFen: number; contributedFen: number; interestFen: number; closingFen: number; rateBasisPts: number; months: number }[]) =>
    db.coreAccountYear.createMany({ data: rows }));
  const registrations = new BatchWriter((rows: { personId: number; unitId: number | null; insuranceType: string; status: string; startMonth: number; endMonth: number | null }[]) =>
    db.coreRegistration.createMany({ data: rows }));

  const counts: GeneratedCounts = { units: 0, persons: 0, contributions: 0 };
  let personSeq = (await db.corePerson.count()) + 1;
  let unitSeq = (await db.coreUnit.count()) + 1;
  // Random ID numbers and credit codes collide now and then at benchmark sizes (about one in
  // 14,000 persons): draw again on a repeat within this run or a clash with a row already there.
  const usedIds = new Set((fixed.persons ?? []).map((p) => p.idNumber));
  const usedCodes = new Set((fixed.units ?? []).map((u) => u.creditCode));
  const fresh = (used: Set<string>, draw: () => string) => {
    let value = draw();
    while (used.has(value)) value = draw();
    used.add(value);
    return value;
  };
  async function createUnique<T>(generated: boolean, create: (redraw: boolean) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await create(attempt > 0);
      } catch (error) {
        if (!generated || !isUniqueViolation(error) || attempt >= 20) throw error;
      }
    }
  }

  async function createUnit(u: FixedUnit | null) {
    const region = rng.pick(QINGDAO_DISTRICTS);
    const data = {
      unitNo: `37020${String(unitSeq++).padStart(7, "0")}`,
      name: u?.name ?? generateUnitName(rng, "青岛市"),
      creditCode: u?.creditCode ?? fresh(usedCodes, () => generateCreditCode(rng, region)),
      regionCode: region,
      legalRepName: u?.legalRepName ?? generateChineseName(rng, rng.chance(0.7) ? "M" : "F"),
      legalRepPhone: u?.legalRepPhone ?? generateMobile(rng),
      handlerName: u ? u.handlerName : generateChineseName(rng, rng.chance(0.4) ? "M" : "F"),
      handlerMobile: u ? u.handlerMobile : generateMobile(rng),
      address: `青岛市${rng.pick(STREETS)}${rng.int(1, 399)}号`,
      industry: rng.pick(INDUSTRIES),
      registeredOn: `${rng.int(2000, 2015)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
    };
    const unit = await createUnique(!u, (redraw) => {
      // The clash may be the credit code or the unit number (rows deleted since the count): renew both.
      if (redraw) Object.assign(data, { unitNo: `37020${String(unitSeq++).padStart(7, "0")}`, creditCode: fresh(usedCodes, () => generateCreditCode(rng, region)) });
      return db.coreUnit.create({ data, select: { id: true, creditCode: true } });
    });
    counts.units += 1;
    return unit;
  }

  async function createPerson(unitId: number | null, p: FixedPerson | null, unitBills: Map<string, [number, number, number, number, number]>) {
    let idNumber = p?.idNumber ?? fresh(usedIds, () => generateIdNumber(rng, { regionCode: rng.pick(QINGDAO_DISTRICTS), birthYearRange: [1962, 2002] }));
    const birth = birthDateFromId(idNumber)!;
    const gender = genderFromId(idNumber)!;
    const retirementAge = gender === "M" ? 60 : 55;
    const retiredAt = (birth.year + retirementAge) * 100 + birth.month;
    const retired = retiredAt <= size.toMonth && !p;
    const person = await createUnique(!p, (redraw) => {
      // The clash may be the ID number or the person number: renew both. A redrawn ID number
      // keeps the birth date and gender the rest of this person is built on.
      if (redraw) idNumber = fresh(usedIds, () => generateIdNumber(rng, { regionCode: rng.pick(QINGDAO_DISTRICTS), birthDate: birth, gender }));
      return db.corePerson.create({
        data: {
          personNo: `P${String(personSeq++).padStart(11, "0")}`,
          idType: "01",
          idNumber,
          name: p?.name ?? generateChineseName(rng, gender),
          gender,
          birthDate: formatBirthDate(birth),
          mobile: p ? p.mobile : generateMobile(rng),
          address: `青岛市${rng.pick(STREETS)}${rng.int(1, 399)}号${rng.int(1, 30)}单元${rng.int(101, 2802)}户`,
          socialCardNo: p?.socialCardNo ?? (rng.chance(0.9) ? `Q${String(rng.int(10000000, 99999999))}` : null),
          unitId: retired ? null : unitId,
          status: retired ? "RETIRED" : "INSURED",
        },
        select: { id: true },
      });
    });
    counts.persons += 1;

    // Contribution months: from starting work (age 20, at most fromMonth) to retirement or toMonth.
    const startIndex = p ? monthIndex(p.startMonth) : Math.max(firstIndex, monthIndex((birth.year + 20) * 100 + rng.int(1, 12)));
    const endIndex = Math.min(lastIndex, retired ? monthIndex(retiredAt) - 1 : lastIndex);
    let base = p?.wageBaseFen ?? rng.int(4_000, 20_000) * 100;
    const accounts = new Map<number, { contributed: number; months: number }>();
    for (let i = startIndex; i <= endIndex; i++) {
      const ym = monthOf(i);
      if (ym % 100 === 1 && i !== startIndex) base = Math.round((base * (100 + rng.int(2, 7))) / 100 / 100) * 100;
      const arrears = i === endIndex && rng.chance(0.05);
      for (const type of TYPES) {
        const rate = CONTRIBUTION_RATES[type];
        const unitFen = Math.round((base * rate.unit) / 10_000);
        const personalFen = Math.round((base * rate.personal) / 10_000);
        await contributions.add({ personId: person.id, unitId, insuranceType: type, yearMonth: ym, baseFen: base, unitFen, personalFen, status: arrears ? "ARREARS" : "PAID" });
        if (unitId !== null) {
          const key = `${ym}|${type}`;
          const bill = unitBills.get(key) ?? [0, 0, 0, 0, 0];
          bill[0] += 1; bill[1] += base; bill[2] += unitFen; bill[3] += personalFen;
          unitBills.set(key, bill);
        }
        if (type === "110" && !arrears) {
          const year = Math.floor(ym / 100);
          const acc = accounts.get(year) ?? { contributed: 0, months: 0 };
          acc.contributed += personalFen;
          acc.months += 1;
          accounts.set(year, acc);
        }
      }
    }
    counts.contributions = contributions.count;

    let balance = 0;
    for (const [year, acc] of [...accounts.entries()].sort((a, b) => a[0] - b[0])) {
      const rate = ACCOUNT_RATES[year] ?? 400;
      // 当年记账利息: opening balance for the year plus half a year on the year's contributions.
      const interest = Math.round((balance * rate) / 10_000 + (acc.contributed * rate) / 20_000);
      await accountYears.add({ personId: person.id, year, openingFen: balance, contributedFen: acc.contributed, interestFen: interest, closingFen: balance + acc.contributed + interest, rateBasisPts: rate, months: acc.months });
      balance += acc.contributed + interest;
    }
    for (const type of TYPES) {
      await registrations.add({ personId: person.id, unitId: retired ? null : unitId, insuranceType: type, status: retired ? "TERMINATED" : "ACTIVE", startMonth: monthOf(startIndex), endMonth: retired ? monthOf(endIndex) : null });
    }
    if (retired) {
      const monthly = Math.round(balance / 139) + rng.int(1500, 2500) * 100;
      const payments = [];
      for (let i = monthIndex(retiredAt); i <= lastIndex; i++) payments.push({ personId: person.id, benefitType: "PENSION", yearMonth: monthOf(i), amountFen: monthly, status: "PAID" });
      if (payments.length) await db.coreBenefitPayment.createMany({ data: payments });
    }
    if (rng.chance(0.05)) {
      await db.coreTransfer.create({
        data: { personId: person.id, insuranceType: "110", fromRegion: rng.pick(["110105", "310104", "440305", "320102"]), toRegion: "370200", fundFen: rng.int(20_000, 90_000) * 100, months: rng.int(12, 96), status: "TRANSFERRED", appliedOn: "2021-03-15", completedOn: "2021-04-20" },
      });
    }
  }

  const fixedUnits = fixed.units ?? [];
  const fixedPersons = fixed.persons ?? [];
  const unitIds: { id: number; creditCode: string }[] = [];
  for (let u = 0; u < size.units; u++) unitIds.push(await createUnit(fixedUnits[u] ?? null));
  for (const u of fixedUnits.slice(size.units)) unitIds.push(await createUnit(u));

  for (const unit of unitIds) {
    const bills = new Map<string, [number, number, number, number, number]>();
    for (const p of fixedPersons.filter((f) => f.unitCreditCode === unit.creditCode)) await createPerson(unit.id, p, bills);
    for (let i = 0; i < size.personsPerUnit; i++) await createPerson(unit.id, null, bills);
    await contributions.flush();
    const billRows = [...bills.entries()].map(([key, [headcount, baseFen, unitFen, personalFen]]) => {
      const [ym, type] = key.split("|");
      return { unitId: unit.id, yearMonth: Number(ym), insuranceType: type, headcount, baseFen, unitFen, personalFen, status: Number(ym) === size.toMonth ? "UNPAID" : "PAID" };
    });
    for (let i = 0; i < billRows.length; i += 5000) await db.coreUnitBill.createMany({ data: billRows.slice(i, i + 5000) });
    onProgress?.(counts);
  }
  for (const p of fixedPersons.filter((f) => f.unitCreditCode === null)) await createPerson(null, p, new Map());

  await contributions.flush();
  await accountYears.flush();
  await registrations.flush();
  counts.contributions = contributions.count;
  return counts;
}

