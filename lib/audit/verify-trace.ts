import { db as defaultDb, type Db } from "@/lib/db";
import { trustedPlatformPublicKeys } from "@/lib/gm/platform-key";
import { ChainVerifier, type ChainReport } from "./trace";

/**
 * Verifies the whole trace page by page (bounded memory) against its head row and the signed
 * checkpoints (S6). The last checkpoint's seq is read before the head, and the head before the
 * rows, and the scan stops at both: rows and checkpoints written meanwhile are newer than what
 * was read and are left for the next run, instead of reading as a mismatch.
 */
export async function verifyOperationTrace(db: Db = defaultDb, pageSize = 5000, trustedKeys = trustedPlatformPublicKeys()): Promise<ChainReport> {
  const lastCheckpoint = await db.traceCheckpoint.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  const head = await db.traceHead.findUnique({ where: { id: 1 } });
  const checkpointsUpTo = lastCheckpoint?.seq ?? 0;
  // Without a head (itself a failure, reported at the end) the rows are still checked: all of
  // them, up to the largest value the seq column (a 32-bit integer) can hold.
  const rowsUpTo = head?.seq ?? 2_147_483_647;
  const verifier = new ChainVerifier(trustedKeys);
  const loadCheckpoints = async (after: number, upTo: number) =>
    verifier.addCheckpoints(await db.traceCheckpoint.findMany({ where: { seq: { gt: after, lte: Math.min(upTo, checkpointsUpTo) } }, orderBy: { seq: "asc" } }));
  let after = 0;
  for (;;) {
    const page = await db.operationTrace.findMany({ where: { seq: { gt: after, lte: rowsUpTo } }, orderBy: { seq: "asc" }, take: pageSize });
    if (page.length === 0) break;
    const last = page[page.length - 1].seq;
    await loadCheckpoints(after, last);
    for (const row of page) {
      const failure = verifier.push(row);
      if (failure) return failure;
    }
    after = last;
    if (page.length < pageSize) break;
  }
  // Checkpoints beyond the last row: the tail was cut off.
  await loadCheckpoints(after, checkpointsUpTo);
  return verifier.finish(head);
}
