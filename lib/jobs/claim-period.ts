/**
 * Once-per-period claims for jobs that notify people (a day's reminder, a month's notices): the
 * period is recorded in SystemParameter by a conditional update inside the transaction that
 * writes the messages, so a job that runs twice, or on two instances, notifies once, and a run
 * that fails leaves the period unclaimed. Periods must sort as strings (2026-11-23, 202610).
 */
import { db, type Tx } from "@/lib/db";

/** Creates the claim row once (empty), so that each claim is a single conditional update. */
export async function ensureClaimRow(key: string, note: string): Promise<void> {
  if (await db.systemParameter.findUnique({ where: { key }, select: { key: true } })) return;
  try {
    await db.systemParameter.create({ data: { key, value: "", note } });
  } catch {
    // another run created it just now
  }
}

/** Claims `period` inside `tx`; false when this period (or a later one) was claimed already. */
export async function claimPeriod(tx: Tx, key: string, period: string): Promise<boolean> {
  const { count } = await tx.systemParameter.updateMany({ where: { key, value: { lt: period } }, data: { value: period } });
  return count === 1;
}
