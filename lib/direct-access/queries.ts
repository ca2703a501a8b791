/**
 * Reads of the direct-connection portal. The unit's go through its scoped client (UnitContext),
 * so another unit's record is simply absent; the staff's read everything.
 */
import type { UnitContext } from "@/lib/actions/define-unit-action";
import { shanghaiToday } from "@/lib/calendar";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";

const KEY_SELECT = { id: true, environment: true, fingerprint: true, status: true, graceUntil: true, createdAt: true, revokedAt: true } as const;

/** The unit's home: its latest application, its enterprise with grants and keys (fingerprints only). */
export async function unitDirectOverview(unit: UnitContext) {
  const application = await unit.db.directAccessApplication.findFirst({ orderBy: { createdAt: "desc" }, include: { events: { orderBy: { at: "asc" } } } });
  const enterprise = await unit.db.directEnterprise.findFirst({ include: { grants: { orderBy: { serviceCode: "asc" } }, keys: { select: KEY_SELECT, orderBy: { createdAt: "desc" } } } });
  const reveals = enterprise ? await unit.db.directKeyReveal.findMany({ select: { keyId: true, revealedAt: true } }) : [];
  const revealed = new Map(reveals.map((r) => [r.keyId, r.revealedAt]));
  return {
    application,
    enterprise: enterprise && { ...enterprise, keys: enterprise.keys.map((k) => ({ ...k, revealedAt: revealed.get(k.id) ?? null })) },
  };
}

export async function unitAccessApplication(unit: UnitContext, id: string) {
  const app = await unit.db.directAccessApplication.findFirst({ where: { id }, include: { events: { orderBy: { at: "asc" } } } });
  if (!app) throw notFound("接入申请");
  return app;
}

export function unitCallLog(unit: UnitContext, take = 50) {
  return unit.db.directCallLog.findMany({ orderBy: { createdAt: "desc" }, take, select: { id: true, serviceCode: true, environment: true, httpStatus: true, headStatus: true, bizCode: true, message: true, latencyMs: true, createdAt: true } });
}

export function unitFeedback(unit: UnitContext) {
  return unit.db.directFeedback.findMany({ orderBy: { createdAt: "desc" }, take: 50 });
}

/** The review queue (E3): open applications, earliest due first, with the overdue flag. */
export async function reviewQueue(now: Date) {
  const today = shanghaiToday(now);
  const rows = await db.directAccessApplication.findMany({
    where: { status: "SUBMITTED" },
    orderBy: [{ dueDate: "asc" }, { submittedAt: "asc" }],
    take: 200,
    select: { id: true, applicationNo: true, unitName: true, creditCode: true, hrSystemName: true, services: true, dueDate: true, submittedAt: true },
  });
  return rows.map((r) => ({ ...r, services: JSON.parse(r.services) as string[], overdue: r.dueDate < today, dueToday: r.dueDate === today }));
}

export function recentDecisions(take = 20) {
  return db.directAccessApplication.findMany({ where: { status: { in: ["APPROVED", "REJECTED", "RETURNED"] } }, orderBy: { updatedAt: "desc" }, take, select: { id: true, applicationNo: true, unitName: true, status: true, updatedAt: true } });
}

export async function staffAccessApplication(id: string) {
  const app = await db.directAccessApplication.findUnique({ where: { id }, include: { events: { orderBy: { at: "asc" } } } });
  if (!app) throw notFound("接入申请");
  return app;
}

export function listEnterprises() {
  return db.directEnterprise.findMany({ orderBy: { reqAppCode: "asc" }, take: 500, include: { grants: { select: { serviceCode: true, sandboxPassedAt: true } } } });
}

/** One enterprise for STAFF/ADMIN: keys as fingerprints (the sealed key is never selected), events, recent calls. */
export async function staffEnterprise(id: string) {
  const enterprise = await db.directEnterprise.findUnique({ where: { id }, include: { grants: { orderBy: { serviceCode: "asc" } }, keys: { select: KEY_SELECT, orderBy: { createdAt: "desc" } } } });
  if (!enterprise) throw notFound("接入企业");
  const [events, calls] = await Promise.all([
    db.directEnterpriseEvent.findMany({ where: { enterpriseId: id }, orderBy: { at: "desc" }, take: 50 }),
    db.directCallLog.findMany({ where: { enterpriseId: id }, orderBy: { createdAt: "desc" }, take: 50 }),
  ]);
  return { enterprise, events, calls };
}

export function listFeedback() {
  return db.directFeedback.findMany({ orderBy: [{ repliedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }], take: 100 });
}

/** What waits in direct connection, for the STAFF and ADMIN homes: reviews open and overdue, enterprises suspended, feedback unanswered. */
export async function directWaitingCounts(now: Date) {
  const today = shanghaiToday(now);
  const [reviews, overdue, suspended, feedback] = await Promise.all([
    db.directAccessApplication.count({ where: { status: "SUBMITTED" } }),
    db.directAccessApplication.count({ where: { status: "SUBMITTED", dueDate: { lt: today } } }),
    db.directEnterprise.count({ where: { status: "SUSPENDED" } }),
    db.directFeedback.count({ where: { repliedAt: null } }),
  ]);
  return { reviews, overdue, suspended, feedback };
}
