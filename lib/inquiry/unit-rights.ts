/**
 * 单位查询 (REQUIREMENTS Q3): a UNIT handler sees its own unit's registration, monthly bills
 * and insured employees. The unit is the one the handler's account is bound to (actor.unitId);
 * an employee asked for by person number is shown only when they work for that unit, anyone
 * else is "not found" (U9).
 */
import { assertRole, type Actor } from "@/lib/auth/actor";
import { coreSystem } from "@/lib/core";
import { notFound } from "@/lib/errors/app-error";

type UnitActor = Pick<Actor, "role" | "unitId">;

export const EMPLOYEE_PAGE_SIZE = 20;

function boundUnitId(actor: UnitActor): number {
  const unitId = actor.unitId;
  assertRole(actor, ["UNIT"], "查询单位参保信息");
  if (!unitId) throw notFound("单位参保信息");
  return unitId;
}

/** 单位参保登记 and the monthly bills of one year (the newest when none is asked for). */
export async function getUnitBills(actor: UnitActor, filter: { year?: number; yearMonth?: number }) {
  const unitId = boundUnitId(actor);
  const core = coreSystem();
  const [unit, years] = await Promise.all([core.getUnit(unitId), core.listUnitBillYears(unitId)]);
  if (!unit) throw notFound("单位参保信息");
  const year = filter.year ?? years[0];
  const months = year === undefined ? [] : await core.summarizeUnitBillMonths(unitId, year);
  // The month whose bill is shown by insurance type: the one asked for if it is in this year, else the newest.
  const yearMonth = months.find((m) => m.yearMonth === filter.yearMonth)?.yearMonth ?? months[0]?.yearMonth;
  const detail = yearMonth === undefined ? [] : await core.listUnitBills(unitId, { yearMonth });
  return { unit, years, year: year ?? null, months, yearMonth: yearMonth ?? null, detail };
}

/** 参保职工: paged, by part of a name, an ID-number tail or a person number. */
export async function searchUnitEmployees(actor: UnitActor, query: { q: string; page: number }) {
  const unitId = boundUnitId(actor);
  const search = query.q.trim().slice(0, 30);
  const first = await coreSystem().listUnitEmployees(unitId, { page: Math.max(1, query.page), pageSize: EMPLOYEE_PAGE_SIZE, search });
  const pages = Math.max(1, Math.ceil(first.total / EMPLOYEE_PAGE_SIZE));
  // A page past the end (an old link after employees left) shows the last page.
  if (first.page <= pages) return first;
  return coreSystem().listUnitEmployees(unitId, { page: pages, pageSize: EMPLOYEE_PAGE_SIZE, search });
}

/** One employee of the unit, with their registrations at this unit only. */
export async function getUnitEmployee(actor: UnitActor, personNo: string) {
  const unitId = boundUnitId(actor);
  const core = coreSystem();
  const person = await core.getPersonByNo(personNo);
  if (!person || person.unitId !== unitId) throw notFound("职工");
  const registrations = (await core.listRegistrations(person.id)).filter((r) => r.unitId === unitId);
  return { person, registrations };
}
