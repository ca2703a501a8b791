import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { generateSm2KeyPair, sm2Sign } from "@/lib/gm";
import { platformPublicKey } from "@/lib/gm/platform-key";
import { appendTrace, canonicalCheckpointContent, GENESIS_HASH, traceHash, verifyChain, type TraceCheckpointRow, type TraceRow } from "./trace";
import { chainTrace } from "./chain-trace";
import { verifyOperationTrace } from "./verify-trace";
import { buildChain, headOf } from "./test-fixtures";
import { writeTraceCheckpoint } from "./checkpoint";
import { traceCheckpointJob } from "./jobs";

const platform = generateSm2KeyPair();
const trustedKeys = [platform.publicKey];



function checkpointOf(row: TraceRow, privateKey = platform.privateKey, publicKey = platform.publicKey): TraceCheckpointRow {
  const content = { seq: row.chainSeq, lastHash: row.hash, createdAt: new Date(Date.UTC(2026, 0, 2)) };
  return { ...content, publicKey, signature: sm2Sign(privateKey, canonicalCheckpointContent(content)) };
}

/** What a careful forger does: changes row `index` and recomputes the hash of it and every row after it. */
function rewriteFrom<R extends TraceRow>(rows: R[], index: number, change: Partial<TraceRow>): R[] {
  const out = rows.slice(0, index);
  let prevHash = index === 0 ? GENESIS_HASH : rows[index - 1].hash;
  for (const row of rows.slice(index)) {
    const { hash: _old, ...content } = { ...row, ...(row === rows[index] ? change : {}), prevHash };
    const rewritten = { ...content, hash: traceHash(content) } as R;
    out.push(rewritten);
    prevHash = rewritten.hash;
  }
  return out;
}

describe("signed trace checkpoints, in memory (S6)", () => {
  it("S6: an honest chain with checkpoints passes", () => {
    const rows = buildChain(10);
    const checkpoints = [checkpointOf(rows[3]), checkpointOf(rows[9])];
    expect(verifyChain(rows, headOf(rows), { checkpoints, trustedKeys })).toEqual({ ok: true, checked: 10, checkpoints: 2 });
  });

  it("S6: a row edited with every later hash and the head recomputed is detected at the next checkpoint", () => {
    const rows = buildChain(10);
    const checkpoints = [checkpointOf(rows[5])];
    const forged = rewriteFrom(rows, 2, { summary: JSON.stringify({ after: { status: "DISABLED" } }) });
    // The hash chain alone is fooled: every link is consistent.
    expect(verifyChain(forged, headOf(forged)).ok).toBe(true);
    const report = verifyChain(forged, headOf(forged), { checkpoints, trustedKeys });
    expect(report).toMatchObject({ ok: false, brokenAtSeq: 6, checked: 5 });
    expect(report.ok || report.reason).toContain("签名检查点");
  });

  it("S6: a deleted tail with the head rewritten is detected by a checkpoint beyond the last row", () => {
    const rows = buildChain(10);
    const checkpoints = [checkpointOf(rows[3]), checkpointOf(rows[7])];
    const truncated = rows.slice(0, 6);
    expect(verifyChain(truncated, headOf(truncated)).ok).toBe(true);
    const report = verifyChain(truncated, headOf(truncated), { checkpoints, trustedKeys });
    expect(report).toMatchObject({ ok: false, brokenAtSeq: 7, checked: 6 });
    expect(report.ok || report.reason).toContain("截断");
  });

  it("S6: a missing head is a failure", () => {
    const rows = buildChain(3);
    const report = verifyChain(rows, null, { checkpoints: [checkpointOf(rows[2])], trustedKeys });
    expect(report).toMatchObject({ ok: false, brokenAtSeq: 4 });
    expect(report.ok || report.reason).toContain("链头");
  });

  it("S6: a checkpoint with a tampered signature, or signed with another key, fails", () => {
    const rows = buildChain(6);
    const honest = checkpointOf(rows[4]);
    const flipped = honest.signature.slice(0, -2) + (honest.signature.endsWith("00") ? "01" : "00");
    const tampered = verifyChain(rows, headOf(rows), { checkpoints: [{ ...honest, signature: flipped }], trustedKeys });
    expect(tampered).toMatchObject({ ok: false, brokenAtSeq: 5 });
    expect(tampered.ok || tampered.reason).toContain("签名无效");

    // A checkpoint moved to vouch for a rewritten hash keeps its old signature: invalid too.
    const forged = rewriteFrom(rows, 1, { action: "account.lock" });
    const moved = { ...honest, lastHash: forged[4].hash };
    expect(verifyChain(forged, headOf(forged), { checkpoints: [moved], trustedKeys })).toMatchObject({ ok: false, brokenAtSeq: 5 });

    // A forger's own key signs validly, but it is not the platform's.
    const forger = generateSm2KeyPair();
    const foreign = checkpointOf(forged[4], forger.privateKey, forger.publicKey);
    const report = verifyChain(forged, headOf(forged), { checkpoints: [foreign], trustedKeys });
    expect(report).toMatchObject({ ok: false, brokenAtSeq: 5 });
    expect(report.ok || report.reason).toContain("不是用本平台密钥签名");
  });

  it("S6: a checkpoint signed by a retired platform key still counts when that key is trusted", () => {
    const rows = buildChain(4);
    const retired = generateSm2KeyPair();
    const checkpoints = [checkpointOf(rows[1], retired.privateKey, retired.publicKey), checkpointOf(rows[3])];
    expect(verifyChain(rows, headOf(rows), { checkpoints, trustedKeys: [platform.publicKey, retired.publicKey] })).toMatchObject({ ok: true, checkpoints: 2 });
    expect(verifyChain(rows, headOf(rows), { checkpoints, trustedKeys })).toMatchObject({ ok: false, brokenAtSeq: 2 });
  });
});

const SYSTEM = { id: null, role: "SYSTEM" as const, ip: "" };

type StoredRow = Awaited<ReturnType<typeof db.operationTrace.findFirstOrThrow>>;
/** A stored row that the chainer has reached, typed as such. */
function asChained(row: StoredRow): TraceRow & { seq: number } {
  if (row.chainSeq === null || row.prevHash === null || row.hash === null) throw new Error(`row ${row.seq} is not chained`);
  return { ...row, chainSeq: row.chainSeq, prevHash: row.prevHash, hash: row.hash };
}

/** Appends n rows in one transaction (unchained until the next chainTrace); a thousand appends take seconds on a loaded machine, so no 5 s limit. */
async function appendRows(n: number, tag: string) {
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < n; i++) await appendTrace(tx, SYSTEM, { action: "test.s6", entity: "Test", entityId: `${tag}-${i}` });
    },
    { maxWait: 60_000, timeout: 120_000 },
  );
}

/** Chains everything, runs `tamper`, then puts every trace row, the head and the checkpoints back as they were (other suites share this database). */
async function withTampering(tamper: () => Promise<void>, check: () => Promise<void>) {
  await chainTrace(db);
  const rows = await db.operationTrace.findMany({ orderBy: { seq: "asc" } });
  const head = await db.traceHead.findUniqueOrThrow({ where: { id: 1 } });
  const checkpoints = await db.traceCheckpoint.findMany();
  try {
    await tamper();
    await check();
  } finally {
    await db.$transaction(async (tx) => {
      await tx.operationTrace.deleteMany({});
      await tx.operationTrace.createMany({ data: rows });
      await tx.traceHead.upsert({ where: { id: 1 }, create: head, update: head });
      await tx.traceCheckpoint.deleteMany({});
      await tx.traceCheckpoint.createMany({ data: checkpoints });
    });
  }
  expect((await verifyOperationTrace(db)).ok).toBe(true);
}

describe("signed trace checkpoints in the database (S6)", () => {
  it("S6: the checkpoint job signs the head when it moved, and not when it did not", async () => {
    await appendRows(3, "job");
    const t0 = new Date(Date.now() + 3600_000); // after any checkpoint an earlier suite wrote
    await traceCheckpointJob.run(t0);
    const head = await db.traceHead.findUniqueOrThrow({ where: { id: 1 } });
    const first = await db.traceCheckpoint.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(first).toMatchObject({ seq: head.seq, lastHash: head.lastHash, publicKey: platformPublicKey() });

    // The head did not move: nothing new, however late.
    expect(await traceCheckpointJob.run(new Date(t0.getTime() + 60 * 60_000))).toBe("no checkpoint due");
    expect(await db.traceCheckpoint.count({ where: { seq: { gt: first.seq } } })).toBe(0);

    // It moved by one row: not yet 5 minutes after the last checkpoint, then 5 minutes after it.
    await appendRows(1, "job-moved");
    await traceCheckpointJob.run(new Date(t0.getTime() + 4 * 60_000));
    expect(await db.traceCheckpoint.count({ where: { seq: { gt: first.seq } } })).toBe(0);
    await traceCheckpointJob.run(new Date(t0.getTime() + 5 * 60_000));
    expect(await db.traceCheckpoint.findFirstOrThrow({ orderBy: { seq: "desc" } })).toMatchObject({ seq: first.seq + 1 });

    // 1,000 rows are enough without waiting.
    await appendRows(1000, "job-rows");
    await traceCheckpointJob.run(new Date(t0.getTime() + 6 * 60_000));
    expect(await db.traceCheckpoint.findFirstOrThrow({ orderBy: { seq: "desc" } })).toMatchObject({ seq: first.seq + 1001 });

    // Called directly, it signs whenever the head moved.
    expect(await writeTraceCheckpoint(new Date(t0.getTime() + 7 * 60_000))).toBeNull();
    await appendRows(1, "direct");
    expect(await writeTraceCheckpoint(new Date(t0.getTime() + 7 * 60_000))).toMatchObject({ seq: first.seq + 1002 });

    expect(await verifyOperationTrace(db, 7)).toMatchObject({ ok: true });
  });

  it("S6: a row rewritten in the database with every later hash and the head recomputed is detected", async () => {
    await appendRows(4, "rewrite");
    const checkpoint = await writeTraceCheckpoint(new Date());
    await appendRows(2, "rewrite-after");
    expect(checkpoint).not.toBeNull();
    const target = checkpoint!.seq - 2;
    await withTampering(
      async () => {
        const rows = (await db.operationTrace.findMany({ where: { chainSeq: { gte: target - 1 } }, orderBy: { chainSeq: "asc" } })).map(asChained);
        const forged = rewriteFrom(rows, 1, { summary: JSON.stringify({ forged: true }) });
        for (const row of forged.slice(1)) await db.operationTrace.update({ where: { seq: row.seq }, data: row });
        const last = forged[forged.length - 1];
        await db.traceHead.update({ where: { id: 1 }, data: { seq: last.chainSeq, lastHash: last.hash } });
      },
      async () => {
        const report = await verifyOperationTrace(db, 3);
        expect(report).toMatchObject({ ok: false, brokenAtSeq: checkpoint!.seq });
        expect(report.ok || report.reason).toContain("签名检查点");
      },
    );
  });

  it("S6: a tail deleted from the database with the head rewritten is detected", async () => {
    await appendRows(3, "tail");
    const checkpoint = (await writeTraceCheckpoint(new Date()))!;
    await withTampering(
      async () => {
        await db.operationTrace.deleteMany({ where: { chainSeq: { gte: checkpoint.seq - 1 } } });
        const last = asChained(await db.operationTrace.findFirstOrThrow({ where: { chainSeq: { not: null } }, orderBy: { chainSeq: "desc" } }));
        await db.traceHead.update({ where: { id: 1 }, data: { seq: last.chainSeq, lastHash: last.hash } });
      },
      async () => {
        const report = await verifyOperationTrace(db, 3);
        expect(report).toMatchObject({ ok: false, brokenAtSeq: checkpoint.seq - 1 });
        expect(report.ok || report.reason).toContain("截断");
      },
    );
  });

  it("S6: a deleted head row is a failure", async () => {
    await withTampering(
      async () => {
        await db.traceHead.delete({ where: { id: 1 } });
      },
      async () => {
        const report = await verifyOperationTrace(db);
        expect(report.ok).toBe(false);
        expect(report.ok || report.reason).toContain("链头记录缺失");
      },
    );
  });

  it("S6: a checkpoint whose signature was altered in the database fails", async () => {
    await appendRows(1, "forged");
    const checkpoint = (await writeTraceCheckpoint(new Date()))!;
    await withTampering(
      async () => {
        // Re-dated to look older: the signature no longer covers the content.
        await db.traceCheckpoint.update({ where: { seq: checkpoint.seq }, data: { createdAt: new Date(checkpoint.createdAt.getTime() - 86_400_000) } });
      },
      async () => {
        const report = await verifyOperationTrace(db);
        expect(report).toMatchObject({ ok: false, brokenAtSeq: checkpoint.seq });
        expect(report.ok || report.reason).toContain("签名无效");
      },
    );
  });
});
