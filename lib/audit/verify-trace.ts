import { db as defaultDb, type Db } from "@/lib/db";
import { trustedPlatformPublicKeys } from "@/lib/gm/platform-key";
import { ChainVerifier, type ChainReport, type UnchainedRows } from "./trace";
import { chainTrace } from "./chain-trace";

/**
 * Verifies the whole chained trace page by page (bounded memory), in chain order, against its
 * head row and the signed checkpoints (S6). The last checkpoint's position is read before the
 * head, and the head before the rows, and the scan stops at both: rows chained and checkpoints
 * written meanwhile are newer than what was read and are left for the next run, instead of
 * reading as a mismatch. Rows not chained yet are not checked: they are reported (count and
 * oldest) in `unchained`. It only reads; `verifyOperationTraceNow` chains first.
 */
export async function verifyOperationTrace(db: Db = defaultDb, pageSize = 5000, trustedKeys = trustedPlatformPublicKeys()): Promise<ChainReport> {
  const lastCheckpoint = await db.traceCheckpoint.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  const head = await db.traceHead.findUnique({ where: { id: 1 } });
  const checkpointsUpTo = lastCheckpoint?.seq ?? 0;
  // Without a head (itself a failure, reported at the end) the rows are still checked: all of
  // them, up to the largest value the chainSeq column (a 32-bit integer) can hold.
  const rowsUpTo = head?.seq ?? 2_147_483_647;
  const verifier = new ChainVerifier(trustedKeys);
  const loadCheckpoints = async (after: number, upTo: number) =>
    verifier.addCheckpoints(await db.traceCheckpoint.findMany({ where: { seq: { gt: after, lte: Math.min(upTo, checkpointsUpTo) } }, orderBy: { seq: "asc" } }));
  const report = await (async (): Promise<ChainReport> => {
    let after = 0;
    for (;;) {
      const page = await db.operationTrace.findMany({ where: { chainSeq: { gt: after, lte: rowsUpTo } }, orderBy: { chainSeq: "asc" }, take: pageSize });
      if (page.length === 0) break;
      const last = page[page.length - 1].chainSeq!;
      await loadCheckpoints(after, last);
      for (const row of page) {
        // A row with a chain position but no hash was tampered with: it fails the hash check.
        const failure = verifier.push({ ...row, chainSeq: row.chainSeq!, prevHash: row.prevHash ?? "", hash: row.hash ?? "" });
        if (failure) return failure;
      }
      after = last;
      if (page.length < pageSize) break;
    }
    // Checkpoints beyond the last row: the tail was cut off.
    await loadCheckpoints(after, checkpointsUpTo);
    return verifier.finish(head);
  })();
  return { ...report, unchained: await findUnchainedRows(db) };
}

/** The rows appended but not chained yet, or null when there are none. */
export async function findUnchainedRows(db: Db = defaultDb): Promise<UnchainedRows | null> {
  const [count, oldest] = await Promise.all([
    db.operationTrace.count({ where: { chainSeq: null } }),
    db.operationTrace.findFirst({ where: { chainSeq: null }, orderBy: { seq: "asc" }, select: { seq: true, createdAt: true } }),
  ]);
  return count > 0 && oldest ? { count, oldestSeq: oldest.seq, oldestAt: oldest.createdAt } : null;
}

/** Chains what has been committed, then verifies: what `npm run audit:verify` and the audit page show. */
export async function verifyOperationTraceNow(db: Db = defaultDb): Promise<ChainReport> {
  await chainTrace(db);
  return verifyOperationTrace(db);
}
