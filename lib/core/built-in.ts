/** The built-in CoreSystem over the portal's own Core* tables (REQUIREMENTS B1). */
import type { Db } from "@/lib/db";
import type {
  AccountYearRecord, BenefitPaymentRecord, ContributionRecord, CorePersonRecord, CoreSystem, CoreUnitRecord,
  NewEmployee, Page, RegistrationRecord, TransferRecord, UnitBillRecord,
} from "./core-system";

const personSelect = {
  id: true, personNo: true, idType: true, idNumber: true, name: true, gender: true, birthDate: true,
  mobile: true, address: true, socialCardNo: true, unitId: true, status: true,
} as const;

const unitSelect = {
  id: true, unitNo: true, name: true, creditCode: true, regionCode: true, legalRepName: true,
  legalRepPhone: true, handlerName: true, handlerMobile: true, address: true, industry: true, status: true, registeredOn: true,
} as const;

export class BuiltInCoreSystem implements CoreSystem {
  constructor(private readonly db: Db) {}

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

  async listRegistrations(personId: number): Promise<RegistrationRecord[]> {
    const rows = await this.db.coreRegistration.findMany({
      where: { personId },
      orderBy: [{ insuranceType: "asc" }, { startMonth: "asc" }],
      include: { unit: { select: { name: true } } },
    });
    return rows.map((r) => ({ insuranceType: r.insuranceType, unitName: r.unit?.name ?? null, status: r.status, startMonth: r.startMonth, endMonth: r.endMonth }));
  }

  listContributions(personId: number, filter: { year?: number; insuranceType?: string } = {}): Promise<ContributionRecord[]> {
    const yearMonth = filter.year ? { gte: filter.year * 100 + 1, lte: filter.year * 100 + 12 } : undefined;
    return this.db.coreContribution.findMany({
      where: { personId, yearMonth, insuranceType: filter.insuranceType },
      orderBy: [{ yearMonth: "desc" }, { insuranceType: "asc" }],
      select: { yearMonth: true, insuranceType: true, baseFen: true, unitFen: true, personalFen: true, status: true },
    });
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

  listUnitBills(unitId: number, filter: { year?: number } = {}): Promise<UnitBillRecord[]> {
    const yearMonth = filter.year ? { gte: filter.year * 100 + 1, lte: filter.year * 100 + 12 } : undefined;
    return this.db.coreUnitBill.findMany({
      where: { unitId, yearMonth },
      orderBy: [{ yearMonth: "desc" }, { insuranceType: "asc" }],
      select: { yearMonth: true, insuranceType: true, headcount: true, baseFen: true, unitFen: true, personalFen: true, status: true },
    });
  }

  async listUnitEmployees(unitId: number, query: { page: number; pageSize: number; search?: string }): Promise<Page<CorePersonRecord>> {
    const search = query.search?.trim();
    const where = {
      unitId,
      ...(search ? { OR: [{ name: { contains: search } }, { personNo: search }, { idNumber: search }] } : {}),
    };
    const [items, total] = await Promise.all([
      this.db.corePerson.findMany({ where, orderBy: { id: "asc" }, skip: (query.page - 1) * query.pageSize, take: query.pageSize, select: personSelect }),
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

  async registerEmployee(unitId: number, employee: NewEmployee): Promise<{ personId: number }> {
    return this.db.$transaction(async (tx) => {
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
      for (const insuranceType of employee.insuranceTypes) {
        const active = await tx.coreRegistration.findFirst({ where: { personId: person.id, unitId, insuranceType, status: "ACTIVE" }, select: { id: true } });
        if (!active) await tx.coreRegistration.create({ data: { personId: person.id, unitId, insuranceType, status: "ACTIVE", startMonth: employee.startMonth } });
      }
      return { personId: person.id };
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
