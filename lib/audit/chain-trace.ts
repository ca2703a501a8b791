/**
 * The chainer of the operation trace (issue 13; the model is described in lib/audit/trace.ts).
 * Appends are plain inserts; this is the one place that takes the TraceHead row lock. Under it,
 * in one transaction per batch, it reads the unchained rows in storage order, gives each the next
 * chain position, the previous hash and its SM3 hash, writes them with one UPDATE and moves the
 * head. Two chainers (two instances, or the job and a verification) take turns on the head lock:
 * the second one's read starts after the first committed, so it never sees the rows the first
 * one chained as unchained, and the chain never forks.
 */
import { db as defaultDb, Prisma, type Db, type Tx } from "@/lib/db";
import { traceHash, type TraceHeadState } from "./trace";

/** Rows chained per transaction: bounds how long the head lock is held and the UPDATE's size (7 parameters a row). */
export const CHAIN_BATCH_SIZE = 500;

function isRecordNotFound(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}

/** One batch under the head lock; the number of rows chained, or null when the head row is missing. */
async function chainBatch(tx: Tx, batchSize: number): Promise<number | null> {
  let head: TraceHeadState;
  try {
    // The lock: an UPDATE of the head row (row lock on PostgreSQL, the write lock on SQLite),
    // which also reads it. A missing head is left missing: verification reports it.
    head = await tx.traceHead.update({ where: { id: 1 }, data: { seq: { increment: 0 } } });
  } catch (error) {
    if (isRecordNotFound(error)) return null;
    throw error;
  }
  const rows = await tx.operationTrace.findMany({ where: { chainSeq: null }, orderBy: { seq: "asc" }, take: batchSize });
  if (rows.length === 0) return 0;
  let chainSeq = head.seq;
  let prevHash = head.lastHash;
  const links = rows.map((row) => {
    chainSeq += 1;
    const hash = traceHash({ ...row, chainSeq, prevHash });
    const link = { seq: row.seq, chainSeq, prevHash, hash };
    prevHash = hash;
    return link;
  });
  const caseOf = (value: (l: (typeof links)[number]) => Prisma.Sql) =>
    Prisma.sql`CASE "seq" ${Prisma.join(links.map((l) => Prisma.sql`WHEN ${l.seq} THEN ${value(l)}`), " ")} END`;
  // One statement for the batch; portable SQL (CASE, CAST) for SQLite and PostgreSQL alike.
  const updated = await tx.$executeRaw`
    UPDATE "OperationTrace" SET
      "chainSeq" = ${caseOf((l) => Prisma.sql`CAST(${l.chainSeq} AS INTEGER)`)},
      "prevHash" = ${caseOf((l) => Prisma.sql`${l.prevHash}`)},
      "hash" = ${caseOf((l) => Prisma.sql`${l.hash}`)}
    WHERE "seq" IN (${Prisma.join(links.map((l) => l.seq))}) AND "chainSeq" IS NULL`;
  if (updated !== links.length) throw new Error(`留痕链接失败：应更新 ${links.length} 条，实际 ${updated} 条`);
  await tx.traceHead.update({ where: { id: 1 }, data: { seq: chainSeq, lastHash: prevHash } });
  return links.length;
}

export interface ChainRun {
  /** rows chained by this run */
  chained: number;
  /** false when the head row is missing: nothing can be chained (verification reports it) */
  headPresent: boolean;
}

/** Chains every unchained row committed so far, in batches. Safe to run anywhere, any number of times at once. */
export async function chainTrace(client: Db = defaultDb, { batchSize = CHAIN_BATCH_SIZE } = {}): Promise<ChainRun> {
  let chained = 0;
  for (;;) {
    const n = await client.$transaction((tx) => chainBatch(tx, batchSize), { maxWait: 30_000, timeout: 60_000 });
    if (n === null) return { chained, headPresent: false };
    chained += n;
    if (n < batchSize) return { chained, headPresent: true };
  }
}
