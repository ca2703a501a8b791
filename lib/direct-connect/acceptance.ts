/**
 * E4 sandbox acceptance. Minimal version for the gateway's branch: the enterprise portal (issue
 * 15) owns this file and replaces it at merge with the full bookkeeping (acceptance passing when
 * every grant has a correct sandbox call). The gateway calls it inside its transaction after
 * every successful sandbox business call (business code 0000).
 */
import type { Tx } from "@/lib/db";

export async function recordSandboxSuccess(tx: Tx, enterpriseId: string, serviceCode: string, now: Date): Promise<void> {
  await tx.directGrant.updateMany({ where: { enterpriseId, serviceCode, sandboxPassedAt: null }, data: { sandboxPassedAt: now } });
}
