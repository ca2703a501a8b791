/** The built-in CoreSystem over the portal's own Core* tables (REQUIREMENTS B1). */
import type { Db } from "@/lib/db";
import type {
  AccountYearRecord, BenefitPaymentRecord, ContributionRecord, CorePersonRecord, CoreSystem, CoreUnitRecord,
  Page, RegistrationRecord, TransferRecord, UnitBillRecord,
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

  async isAvailable(): Promise<boolean> {
    try {
      await this.db.$queryRawUnsafe("SELECT 1");
      return true;
    } catch {
      return false;
    }
  }
}
