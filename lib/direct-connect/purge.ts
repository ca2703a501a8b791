/** Housekeeping of the gateway: nonces after 10 minutes, idempotency records after 30 days. */
import { db } from "@/lib/db";

export async function purgeExpiredDirectRecords(now: Date): Promise<{ nonces: number; records: number }> {
  const nonces = await db.directNonce.deleteMany({ where: { expiresAt: { lt: now } } });
  const records = await db.directBizRecord.deleteMany({ where: { expiresAt: { lt: now } } });
  return { nonces: nonces.count, records: records.count };
}
