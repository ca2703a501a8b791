/**
 * A job's run for one scheduled minute happens on exactly one instance: the instance whose
 * conditional update moves the lease's lastRunAt up to that minute wins; the others see
 * zero rows updated and skip. Works the same on SQLite and PostgreSQL.
 */
import type { Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db";

export async function claimJobRun(db: Db, name: string, holder: string, slot: Date, ttlMs: number): Promise<boolean> {
  const now = new Date();
  const leaseUntil = new Date(now.getTime() + ttlMs);
  try {
    await db.jobLease.create({ data: { name, holder, leaseUntil, lastRunAt: slot } });
    return true;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const { count } = await db.jobLease.updateMany({
    where: { name, leaseUntil: { lt: now }, OR: [{ lastRunAt: null }, { lastRunAt: { lt: slot } }] },
    data: { holder, leaseUntil, lastRunAt: slot },
  });
  return count === 1;
}

export async function finishJobRun(db: Db, name: string, holder: string, result: string): Promise<void> {
  await db.jobLease.updateMany({ where: { name, holder }, data: { leaseUntil: new Date(), lastResult: result.slice(0, 500) } });
}
