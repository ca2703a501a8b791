/**
 * 权益信息查询 (REQUIREMENTS Q2, LD/T 01 §5.2.2) for an insured person. Every function reads
 * the person the signed-in account is bound to (User.corePersonId), never an id from the
 * request: there is nothing in a URL to guess. Core data comes through coreSystem() only, a
 * few queries a page, with every total summed by the core system (Q5).
 */
import { db } from "@/lib/db";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { coreSystem, type ContributionYearSummary } from "@/lib/core";
import { notFound } from "@/lib/errors/app-error";

type PersonActor = Pick<UserActor, "id" | "role">;

/** The core-system person of a PERSON account; an account not bound to one has no rights data. */
export async function boundPersonId(actor: PersonActor): Promise<number> {
  assertRole(actor, ["PERSON"], "查询个人权益信息");
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { corePersonId: true } });
  if (!user?.corePersonId) throw notFound("参保信息");
  return user.corePersonId;
}

/** 缴费年限: 养老保险 months paid, summed over the yearly summary. */
export function pensionPaidMonths(years: readonly ContributionYearSummary[]): number {
  return years.reduce((sum, y) => sum + y.pensionPaidMonths, 0);
}

/** The overview: registrations per insurance type, the yearly summary, the account balance. */
export async function getRightsOverview(actor: PersonActor) {
  const personId = await boundPersonId(actor);
  const core = coreSystem();
  const [person, registrations, years, accountYears] = await Promise.all([
    core.getPerson(personId),
    core.listRegistrations(personId),
    core.summarizeContributionYears(personId),
    core.listAccountYears(personId),
  ]);
  if (!person) throw notFound("参保信息");
  return {
    person,
    registrations,
    years,
    paidMonths: pensionPaidMonths(years),
    arrearsFen: years.reduce((sum, y) => sum + y.arrearsFen, 0),
    balanceFen: accountYears[0]?.closingFen ?? 0,
    balanceYear: accountYears[0]?.year ?? null,
  };
}

/**
 * 缴费明细 of one year (the newest when none is asked for), with that year's totals from the
 * core system's summary: a whole history is never rendered, it is exported (Q5).
 */
export async function getContributionYear(actor: PersonActor, filter: { year?: number; insuranceType?: string }) {
  const personId = await boundPersonId(actor);
  const core = coreSystem();
  const years = await core.listContributionYears(personId);
  const year: number | undefined = filter.year ?? years[0];
  const [rows, [totals]] = year === undefined ? [[], []] : await Promise.all([
    core.listContributions(personId, { year, insuranceType: filter.insuranceType }),
    core.summarizeContributionYears(personId, { year, insuranceType: filter.insuranceType }),
  ]);
  return { years, year: year ?? null, rows, totals: totals ?? null };
}

/** 个人账户: balance and interest of each year. */
export async function getAccountHistory(actor: PersonActor) {
  const personId = await boundPersonId(actor);
  const years = await coreSystem().listAccountYears(personId);
  return { years, balanceFen: years[0]?.closingFen ?? 0 };
}

/** 转移接续 records. */
export async function getTransfers(actor: PersonActor) {
  return coreSystem().listTransfers(await boundPersonId(actor));
}

export const BENEFIT_PAGE_SIZE = 24;

/**
 * 待遇资格与发放: whether the person draws a benefit, and its payments, newest first, a page at
 * a time (a pensioner of twenty years has 240 months).
 */
export async function getBenefits(actor: PersonActor, page: number) {
  const personId = await boundPersonId(actor);
  const core = coreSystem();
  const [person, payments] = await Promise.all([core.getPerson(personId), core.listBenefitPayments(personId)]);
  if (!person) throw notFound("参保信息");
  const pages = Math.max(1, Math.ceil(payments.length / BENEFIT_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  return {
    status: person.status,
    latest: payments[0] ?? null,
    items: payments.slice((current - 1) * BENEFIT_PAGE_SIZE, current * BENEFIT_PAGE_SIZE),
    total: payments.length,
    page: current,
    pageSize: BENEFIT_PAGE_SIZE,
  };
}
