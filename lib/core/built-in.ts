/** The built-in CoreSystem over the portal's own Core* tables (REQUIREMENTS B1). */
import { Prisma, type Db, type Tx } from "@/lib/db";
import type {
  AccountYearRecord, BenefitPaymentRecord, ContributionRecord, ContributionYearSummary, CorePersonRecord, CoreSystem, CoreUnitRecord,
  NewEmployee, Page, RegistrationRecord, TransferRecord, UnitBillMonth, UnitBillRecord,
} from "./core-system";

/** PostgreSQL returns COUNT and SUM as bigint (or numeric): read every figure of a raw row as a number. */
const numbers = <T>(row: Record<string, unknown>): T =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? 0 : Number(v)])) as T;

/** An ID-number tail: at least 4 digits, the last may be X. */
const ID_TAIL = /^\d{3,17}[\dXx]$/;

const personSelect = {
  id: true, personNo: true, idType: true, idNumber: true, name: true, gender: true, birthDate: true,
  mobile: true, address: true, socialCardNo: true, unitId: true, status: true,
} as const;

const unitSelect = {
  id: true, unitNo: true, name: true, creditCode: true, regionCode: true, legalRepName: true,
  legalRepPhone: true, handlerName: true, handlerMobile: true, address: true, industry: true, status: true, registeredOn: true,
} as const;

export class BuiltInCoreSystem implements CoreSystem {
  /** `db` is the client, or (through inTransaction) the caller's transaction: then no own transactions. */
  constructor(
    private readonly db: Db | Tx,
    private readonly tx: Tx | null = null,
  ) {}

  inTransaction(tx: Tx): CoreSystem {
    return new BuiltInCoreSystem(tx, tx);
  }

  /** Runs `work` in a transaction of its own, or in the caller's (inTransaction). */
  private transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.tx ? work(this.tx) : (this.db as Db).$transaction(work);
  }

  findPersonByIdentity(idType: string, idNumber: string): Promise<CorePersonRecord | null> {
    return this.db.corePerson.findUnique({ where: { idType_idNumber: { idType, idNumber } }, select: personSelect });
  }

  findUnitByCreditCode(creditCode: string): Promise<CoreUnitRecord | null> {
    return this.db.coreUnit.findUnique({ where: { creditCode }, select: unitSelect });
  }

  getPerson(personId: number): Promise<CorePersonRecord | null> {
    return this.db.corePerson.findUnique({ where: { id: personId }, select: personSelect });
  }

  getUnit(unitId: number): Promise<CoreUnitRecord | null> {
    return this.db.coreUnit.findUnique({ where: { id: unitId }, select: unitSelect });
  }

  getPersonByNo(personNo: string): Promise<CorePersonRecord | null> {
    return this.db.corePerson.findUnique({ where: { personNo }, select: personSelect });
  }

  async listRegistrations(personId: number): Promise<RegistrationRecord[]> {
    const rows = await this.db.coreRegistration.findMany({
      where: { personId },
      orderBy: [{ insuranceType: "asc" }, { startMonth: "asc" }],
      include: { unit: { select: { name: true } } },
    });
    return rows.map((r) => ({ insuranceType: r.insuranceType, unitId: r.unitId, unitName: r.unit?.name ?? null, status: r.status, startMonth: r.startMonth, endMonth: r.endMonth }));
  }

  /**
   * Raw SQL: decoding rows through findMany costs about four times as much as the query itself
   * (60 rows of a year: 2.3 ms against 0.5 ms), and this is the inquiry's hottest read (Q5).
   */
  listContributions(personId: number, filter: { year?: number; insuranceType?: string } = {}): Promise<ContributionRecord[]> {
    const year = filter.year ? Prisma.sql`AND "yearMonth" BETWEEN ${filter.year * 100 + 1} AND ${filter.year * 100 + 12}` : Prisma.empty;
    const type = filter.insuranceType ? Prisma.sql`AND "insuranceType" = ${filter.insuranceType}` : Prisma.empty;
    return this.db.$queryRaw<ContributionRecord[]>`
      SELECT "yearMonth", "insuranceType", "baseFen", "unitFen", "personalFen", "status"
      FROM "CoreContribution"
      WHERE "personId" = ${personId} ${year} ${type}
      ORDER BY "yearMonth" DESC, "insuranceType" ASC`;
  }

  async listContributionYears(personId: number): Promise<number[]> {
    const rows = await this.db.$queryRaw<{ year: unknown }[]>`
      SELECT DISTINCT "yearMonth" / 100 AS "year" FROM "CoreContribution" WHERE "personId" = ${personId} ORDER BY 1 DESC`;
    return rows.map((r) => Number(r.year));
  }

  async summarizeContributionYears(personId: number, filter: { year?: number; insuranceType?: string } = {}): Promise<ContributionYearSummary[]> {
    // Integer division gives the year on both databases; the (personId, yearMonth) index finds the rows.
    const year = filter.year ? Prisma.sql`AND "yearMonth" BETWEEN ${filter.year * 100 + 1} AND ${filter.year * 100 + 12}` : Prisma.empty;
    const type = filter.insuranceType ? Prisma.sql`AND "insuranceType" = ${filter.insuranceType}` : Prisma.empty;
    const rows = await this.db.$queryRaw<Record<string, unknown>[]>`
      SELECT "yearMonth" / 100 AS "year",
        COUNT(DISTINCT "yearMonth") AS "months",
        COUNT(DISTINCT CASE WHEN "insuranceType" = '110' AND "status" <> 'ARREARS' THEN "yearMonth" END) AS "pensionPaidMonths",
        COUNT(DISTINCT CASE WHEN "status" = 'ARREARS' THEN "yearMonth" END) AS "arrearsMonths",
        SUM(CASE WHEN "insuranceType" = '110' THEN "baseFen" ELSE 0 END) AS "pensionBaseFen",
        SUM(CASE WHEN "insuranceType" = '110' THEN 1 ELSE 0 END) AS "pensionBaseMonths",
        SUM("unitFen") AS "unitFen",
        SUM("personalFen") AS "personalFen",
        SUM(CASE WHEN "status" = 'ARREARS' THEN "unitFen" + "personalFen" ELSE 0 END) AS "arrearsFen"
      FROM "CoreContribution"
      WHERE "personId" = ${personId} ${year} ${type}
      GROUP BY "yearMonth" / 100
      ORDER BY "yearMonth" / 100 DESC`;
    return rows.map((r) => numbers<ContributionYearSummary>(r));
  }

  listAccountYears(personId: number): Promise<AccountYearRecord[]> {
    return this.db.coreAccountYear.findMany({
      where: { personId },
      orderBy: { year: "desc" },
      select: { year: true, openingFen: true, contributedFen: true, interestFen: true, closingFen: true, rateBasisPts: true, months: true },
    });
  }

  listTransfers(personId: number): Promise<TransferRecord[]> {
    return this.db.coreTransfer.findMany({
      where: { personId },
      orderBy: { appliedOn: "desc" },
      select: { insuranceType: true, fromRegion: true, toRegion: true, fundFen: true, months: true, status: true, appliedOn: true, completedOn: true },
    });
  }

  listBenefitPayments(personId: number): Promise<BenefitPaymentRecord[]> {
    return this.db.coreBenefitPayment.findMany({
      where: { personId },
      orderBy: { yearMonth: "desc" },
      select: { benefitType: true, yearMonth: true, amountFen: true, status: true },
    });
  }

  listUnitBills(unitId: number, filter: { year?: number; yearMonth?: number } = {}): Promise<UnitBillRecord[]> {
    const yearMonth = filter.yearMonth ?? (filter.year ? { gte: filter.year * 100 + 1, lte: filter.year * 100 + 12 } : undefined);
    return this.db.coreUnitBill.findMany({
      where: { unitId, yearMonth },
      orderBy: [{ yearMonth: "desc" }, { insuranceType: "asc" }],
      select: { yearMonth: true, insuranceType: true, headcount: true, baseFen: true, unitFen: true, personalFen: true, status: true },
    });
  }

  async listMonthArrears(personIds: number[], yearMonth: number): Promise<Map<number, ContributionRecord[]>> {
    const byPerson = new Map<number, ContributionRecord[]>();
    if (personIds.length === 0) return byPerson;
    // The (personId, yearMonth) index answers each person of the list.
    const rows = await this.db.$queryRaw<(ContributionRecord & { personId: number })[]>`
      SELECT "personId", "yearMonth", "insuranceType", "baseFen", "unitFen", "personalFen", "status"
      FROM "CoreContribution"
      WHERE "personId" IN (${Prisma.join(personIds)}) AND "yearMonth" = ${yearMonth} AND "status" = 'ARREARS'
      ORDER BY "personId", "insuranceType"`;
    for (const { personId, ...row } of rows) {
      const id = Number(personId);
      byPerson.set(id, [...(byPerson.get(id) ?? []), row]);
    }
    return byPerson;
  }

  async listMonthUnitBills(unitIds: number[], yearMonth: number): Promise<Map<number, UnitBillRecord[]>> {
    const byUnit = new Map<number, UnitBillRecord[]>();
    if (unitIds.length === 0) return byUnit;
    const rows = await this.db.coreUnitBill.findMany({
      where: { unitId: { in: unitIds }, yearMonth },
      orderBy: [{ unitId: "asc" }, { insuranceType: "asc" }],
      select: { unitId: true, yearMonth: true, insuranceType: true, headcount: true, baseFen: true, unitFen: true, personalFen: true, status: true },
    });
    for (const { unitId, ...bill } of rows) byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), bill]);
    return byUnit;
  }

  async summarizeUnitBillMonths(unitId: number, year: number): Promise<UnitBillMonth[]> {
    const rows = await this.db.$queryRaw<Record<string, unknown>[]>`
      SELECT "yearMonth", MAX("headcount") AS "headcount", SUM("unitFen") AS "unitFen", SUM("personalFen") AS "personalFen",
        SUM(CASE WHEN "status" = 'PAID' THEN 0 ELSE 1 END) AS "unpaidTypes"
      FROM "CoreUnitBill"
      WHERE "unitId" = ${unitId} AND "yearMonth" BETWEEN ${year * 100 + 1} AND ${year * 100 + 12}
      GROUP BY "yearMonth"
      ORDER BY "yearMonth" DESC`;
    return rows.map((r) => numbers<UnitBillMonth>(r));
  }

  async listUnitBillYears(unitId: number): Promise<number[]> {
    const rows = await this.db.$queryRaw<{ year: unknown }[]>`
      SELECT DISTINCT "yearMonth" / 100 AS "year" FROM "CoreUnitBill" WHERE "unitId" = ${unitId} ORDER BY 1 DESC`;
    return rows.map((r) => Number(r.year));
  }

  async listUnitEmployees(unitId: number, query: { page: number; pageSize: number; search?: string }): Promise<Page<CorePersonRecord>> {
    const search = query.search?.trim();
    const or: Prisma.CorePersonWhereInput[] = [{ name: { contains: search } }, { personNo: search }];
    if (search && ID_TAIL.test(search)) or.push({ idNumber: { endsWith: search.toUpperCase() } });
    const where = { unitId, ...(search ? { OR: or } : {}) };
    if (!search) {
      // The unfiltered page (the gateway's SB_EMP_QUERY, the unit's employee list): the page and
      // the total in one raw query (COUNT(*) OVER () counts before LIMIT), read without Prisma's
      // row decoding; a page past the end has no row to carry the total, so it counts apart.
      const rows = await this.db.$queryRaw<Record<string, unknown>[]>`
        SELECT "id", "personNo", "idType", "idNumber", "name", "gender", "birthDate", "mobile", "address", "socialCardNo", "unitId", "status",
          COUNT(*) OVER () AS "total"
        FROM "CorePerson" WHERE "unitId" = ${unitId}
        ORDER BY "name" ASC, "id" ASC
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
      const total = rows.length ? Number(rows[0]!.total) : await this.db.corePerson.count({ where });
      const items = rows.map(({ total: _total, ...p }) => ({ ...p, id: Number(p.id), unitId: p.unitId === null ? null : Number(p.unitId) }) as CorePersonRecord);
      return { items, total, page: query.page, pageSize: query.pageSize };
    }
    // Ordered by name, then id: the (unitId, name) index serves both the filter and the order.
    const [items, total] = await Promise.all([
      this.db.corePerson.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (query.page - 1) * query.pageSize, take: query.pageSize, select: personSelect }),
      this.db.corePerson.count({ where }),
    ]);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async updatePersonContact(personId: number, change: { mobile?: string; address?: string }): Promise<void> {
    await this.db.corePerson.update({ where: { id: personId }, data: change });
  }

  async updateUnitContact(unitId: number, change: { address?: string; legalRepName?: string; legalRepPhone?: string }): Promise<void> {
    await this.db.coreUnit.update({ where: { id: unitId }, data: change });
  }

  async registerEmployee(unitId: number, employee: NewEmployee): Promise<{ personId: number; personNo: string }> {
    return this.transaction(async (tx) => {
      const existing = await tx.corePerson.findUnique({ where: { idType_idNumber: { idType: "01", idNumber: employee.idNumber } }, select: { id: true } });
      const person = existing
        ? await tx.corePerson.update({ where: { id: existing.id }, data: { unitId, status: "INSURED", mobile: employee.mobile } })
        : await tx.corePerson.create({
            data: {
              personNo: `P${employee.idNumber.slice(-10)}${String(unitId).padStart(4, "0").slice(-4)}`,
              idNumber: employee.idNumber, name: employee.name, gender: employee.gender, birthDate: employee.birthDate,
              mobile: employee.mobile, unitId,
            },
          });
      // One read and one insert for all types (not two queries per type): the transaction holds
      // SQLite's write lock, so each round trip inside it delays every other writer.
      const active = existing
        ? new Set((await tx.coreRegistration.findMany({ where: { personId: person.id, unitId, status: "ACTIVE" }, select: { insuranceType: true } })).map((r) => r.insuranceType))
        : new Set<string>();
      const missing = employee.insuranceTypes.filter((insuranceType) => !active.has(insuranceType));
      if (missing.length) await tx.coreRegistration.createMany({ data: missing.map((insuranceType) => ({ personId: person.id, unitId, insuranceType, status: "ACTIVE", startMonth: employee.startMonth })) });
      return { personId: person.id, personNo: person.personNo };
    });
  }

  async registerFlexibleEmployment(personId: number, startMonth: number): Promise<void> {
    const active = await this.db.coreRegistration.findFirst({ where: { personId, unitId: null, insuranceType: "110", status: "ACTIVE" }, select: { id: true } });
    if (!active) await this.db.coreRegistration.create({ data: { personId, unitId: null, insuranceType: "110", status: "ACTIVE", startMonth } });
  }

  async applyPensionTransfer(personId: number, transfer: { fromRegion: string; toRegion: string; appliedOn: string }): Promise<void> {
    const { fromRegion, toRegion, appliedOn } = transfer;
    const same = await this.db.coreTransfer.findFirst({ where: { personId, insuranceType: "110", fromRegion, toRegion, appliedOn }, select: { id: true } });
    if (!same) {
      await this.db.coreTransfer.create({ data: { personId, insuranceType: "110", fromRegion, toRegion, appliedOn, fundFen: 0, months: 0, status: "APPLIED" } });
    }
  }

  async certifyQualification(personId: number, c: { year: number; certifiedOn: string; method: "ONLINE" | "WINDOW" }): Promise<void> {
    await this.db.coreQualification.upsert({
      where: { personId_year: { personId, year: c.year } },
      create: { personId, year: c.year, certifiedOn: c.certifiedOn, method: c.method },
      update: {},
    });
  }

  async isQualificationCertified(personId: number, year: number): Promise<boolean> {
    return (await this.db.coreQualification.count({ where: { personId, year } })) > 0;
  }

  async isAvailable(): Promise<boolean> {
    try {
      await this.db.$queryRawUnsafe("SELECT 1");
      return true;
    } catch {
      return false;
    }
  }
}
