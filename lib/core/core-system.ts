/**
 * The boundary to the social-insurance core business system (REQUIREMENTS B1; MOHRSS
 * reference architecture: the Internet-facing portal is isolated from the business
 * network). Every read of rights data and every write of handled business goes through
 * this interface. The built-in implementation (built-in.ts) works over the portal's own
 * Core* tables; a provincial deployment plugs in one that calls its core system instead.
 * Amounts are integer fen (分); months are YYYYMM numbers; days are YYYY-MM-DD strings.
 */
import type { Tx } from "@/lib/db";

export const INSURANCE_TYPES = {
  "110": "企业职工基本养老保险",
  "210": "失业保险",
  "310": "职工基本医疗保险",
  "410": "工伤保险",
  "510": "生育保险",
} as const;
export type InsuranceType = keyof typeof INSURANCE_TYPES;

export interface CorePersonRecord {
  id: number;
  personNo: string;
  idType: string;
  idNumber: string;
  name: string;
  gender: string;
  birthDate: string;
  /** The mobile on file; null where the core system holds none (S5: registration needs a service centre). */
  mobile: string | null;
  address: string;
  socialCardNo: string | null;
  unitId: number | null;
  status: string;
}

export interface CoreUnitRecord {
  id: number;
  unitNo: string;
  name: string;
  creditCode: string;
  regionCode: string;
  legalRepName: string;
  /** The legal representative's mobile on file: one place a registration code may go (S5). */
  legalRepPhone: string;
  /** The unit's 社保经办人 on file, and their mobile: the other place (S5). */
  handlerName: string | null;
  handlerMobile: string | null;
  address: string;
  industry: string;
  status: string;
  registeredOn: string;
}

export interface RegistrationRecord {
  insuranceType: string;
  unitId: number | null;
  unitName: string | null;
  status: string;
  startMonth: number;
  endMonth: number | null;
}

export interface ContributionRecord {
  yearMonth: number;
  insuranceType: string;
  baseFen: number;
  unitFen: number;
  personalFen: number;
  status: string;
}

export interface AccountYearRecord {
  year: number;
  openingFen: number;
  contributedFen: number;
  interestFen: number;
  closingFen: number;
  rateBasisPts: number;
  months: number;
}

export interface TransferRecord {
  insuranceType: string;
  fromRegion: string;
  toRegion: string;
  fundFen: number;
  months: number;
  status: string;
  appliedOn: string;
  completedOn: string | null;
}

export interface BenefitPaymentRecord {
  benefitType: string;
  yearMonth: number;
  amountFen: number;
  status: string;
}

export interface UnitBillRecord {
  yearMonth: number;
  insuranceType: string;
  headcount: number;
  baseFen: number;
  unitFen: number;
  personalFen: number;
  status: string;
}

export interface NewEmployee {
  idNumber: string;
  name: string;
  gender: string;
  birthDate: string;
  mobile: string;
  startMonth: number; // YYYYMM
  insuranceTypes: InsuranceType[];
}

/** One year of a person's contributions, summed in the core system (Q5: never in the page). */
export interface ContributionYearSummary {
  year: number;
  /** months with any contribution row */
  months: number;
  /** 养老保险 (110) months paid or back-paid: what 缴费年限 counts */
  pensionPaidMonths: number;
  /** months with a row in arrears (欠缴) */
  arrearsMonths: number;
  /** 养老保险 (110) base summed over its months, for the average base of the year */
  pensionBaseFen: number;
  pensionBaseMonths: number;
  unitFen: number;
  personalFen: number;
  /** unit + personal parts still owed */
  arrearsFen: number;
}

/** A unit's bill of one month, all insurance types together. */
export interface UnitBillMonth {
  yearMonth: number;
  /** 养老保险 headcount (the largest of the types) */
  headcount: number;
  unitFen: number;
  personalFen: number;
  /** insurance types whose bill of the month is not yet paid */
  unpaidTypes: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface CoreSystem {
  /** Real-name check (U2): the insured person with this document, if any. */
  findPersonByIdentity(idType: string, idNumber: string): Promise<CorePersonRecord | null>;
  /** Unit check (U3): the insured unit with this unified social credit code, if any. */
  findUnitByCreditCode(creditCode: string): Promise<CoreUnitRecord | null>;
  getPerson(personId: number): Promise<CorePersonRecord | null>;
  getUnit(unitId: number): Promise<CoreUnitRecord | null>;
  /** By 个人编号; callers scope the answer to whoever may see it. */
  getPersonByNo(personNo: string): Promise<CorePersonRecord | null>;

  listRegistrations(personId: number): Promise<RegistrationRecord[]>;
  listContributions(personId: number, filter?: { year?: number; insuranceType?: string }): Promise<ContributionRecord[]>;
  /** Per-year totals of a person's contributions (SQL GROUP BY year), newest year first; `year` limits it to one. */
  summarizeContributionYears(personId: number, filter?: { year?: number; insuranceType?: string }): Promise<ContributionYearSummary[]>;
  /** The years a person has contributions in, newest first. */
  listContributionYears(personId: number): Promise<number[]>;
  listAccountYears(personId: number): Promise<AccountYearRecord[]>;
  listTransfers(personId: number): Promise<TransferRecord[]>;
  listBenefitPayments(personId: number): Promise<BenefitPaymentRecord[]>;

  listUnitBills(unitId: number, filter?: { year?: number; yearMonth?: number }): Promise<UnitBillRecord[]>;
  /** For monthly notices (K4): the arrears rows of one month of each of these persons, by person; one call per batch. */
  listMonthArrears(personIds: number[], yearMonth: number): Promise<Map<number, ContributionRecord[]>>;
  /** For monthly notices (K4): the bills of one month of each of these units, by unit; one call per batch. */
  listMonthUnitBills(unitIds: number[], yearMonth: number): Promise<Map<number, UnitBillRecord[]>>;
  /** A unit's bills of one year summed per month (SQL GROUP BY month), newest first. */
  summarizeUnitBillMonths(unitId: number, year: number): Promise<UnitBillMonth[]>;
  /** The years a unit has bills in, newest first. */
  listUnitBillYears(unitId: number): Promise<number[]>;
  /**
   * A unit's insured employees by name. `search` matches part of the name, the tail of the ID
   * number (at least 4 characters) or the whole person number.
   */
  listUnitEmployees(unitId: number, query: { page: number; pageSize: number; search?: string }): Promise<Page<CorePersonRecord>>;

  /** 个人基本信息变更 (P7): contact data only; identity never changes online. */
  updatePersonContact(personId: number, change: { mobile?: string; address?: string }): Promise<void>;

  // The writes below are delivered by the outbox worker (B3), which may deliver one twice after
  // a crash; each is idempotent, so a repeat changes nothing.

  /** 单位基本信息变更: contact data of the unit; name and credit code never change online. */
  updateUnitContact(unitId: number, change: { address?: string; legalRepName?: string; legalRepPhone?: string }): Promise<void>;
  /** 职工参保登记: the employee joins the unit (created when new to the core system) with the given insurance types. */
  registerEmployee(unitId: number, employee: NewEmployee): Promise<{ personId: number; personNo: string }>;
  /** 灵活就业人员参保登记: pension insurance without an employer from `startMonth`. */
  registerFlexibleEmployment(personId: number, startMonth: number): Promise<void>;
  /** 养老保险关系转移接续申请: a transfer record the core system then carries out. */
  applyPensionTransfer(personId: number, transfer: { fromRegion: string; toRegion: string; appliedOn: string }): Promise<void>;
  /** 待遇领取资格认证 for one year. */
  certifyQualification(personId: number, certification: { year: number; certifiedOn: string; method: "ONLINE" | "WINDOW" }): Promise<void>;
  /** Whether the person's benefit qualification is certified for `year`. */
  isQualificationCertified(personId: number, year: number): Promise<boolean>;

  /** Is the core system reachable? The outbox worker backs off while it is not (B3). */
  isAvailable(): Promise<boolean>;

  /**
   * Only a core system kept in the portal's own database (the built-in one) has this: the same
   * system reading and writing inside the caller's transaction `tx`, so a write commits (or rolls
   * back) with the portal's own record of it and needs no outbox row (E6: the gateway's
   * registration is one commit). An external core system leaves it undefined; its writes go
   * through the outbox (B3).
   */
  inTransaction?(tx: Tx): CoreSystem;
}
