import { describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { appendTrace, type TraceEntry } from "./trace";
import { chainTrace } from "./chain-trace";
import { verifyOperationTrace } from "./verify-trace";
import { writeTraceCheckpoint } from "./checkpoint";

const SYSTEM = { id: null, role: "SYSTEM" as const, ip: "" };
const entry = (action: string, entityId: string): TraceEntry => ({ action, entity: "Test", entityId });
const head = () => db.traceHead.findUniqueOrThrow({ where: { id: 1 } });

/** Puts every trace row and the head back as they were after `tamper` and `check` (other suites share this database). */
async function withTampering(tamper: () => Promise<void>, check: () => Promise<void>) {
  await chainTrace(db);
  const rows = await db.operationTrace.findMany({ orderBy: { seq: "asc" } });
  const saved = await head();
  try {
    await tamper();
    await check();
  } finally {
    await db.$transaction(async (tx) => {
      await tx.operationTrace.deleteMany({});
      await tx.operationTrace.createMany({ data: rows });
      await tx.traceHead.upsert({ where: { id: 1 }, create: saved, update: saved });
    });
  }
  expect((await verifyOperationTrace(db)).ok).toBe(true);
}

describe("operation trace: lock-free appends, chained afterwards (U7, issue 13)", () => {
  it("U7 / issue 13: 50 concurrent appends in separate transactions all commit, unchained and without touching the head; chaining then verifies", async () => {
    await chainTrace(db);
    const before = await head();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => db.$transaction((tx) => appendTrace(tx, SYSTEM, entry("test.append.concurrent", String(i))))),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const rows = await db.operationTrace.findMany({ where: { action: "test.append.concurrent" } });
    expect(rows).toHaveLength(50);
    expect(rows.every((r) => r.chainSeq === null && r.hash === null && r.prevHash === null)).toBe(true);
    expect(await head()).toEqual(before); // an append never updates the head: no global lock

    const unchained = await verifyOperationTrace(db);
    expect(unchained).toMatchObject({ ok: true, checked: before.seq, unchained: { count: 50 } });

    expect(await chainTrace(db, { batchSize: 16 })).toEqual({ chained: 50, headPresent: true });
    const after = await head();
    expect(after.seq).toBe(before.seq + 50);
    expect(await verifyOperationTrace(db)).toMatchObject({ ok: true, checked: before.seq + 50, unchained: null });
    // Chained in storage order within the run: chain positions follow seq.
    const chained = await db.operationTrace.findMany({ where: { action: "test.append.concurrent" }, orderBy: { seq: "asc" } });
    expect(chained.map((r) => r.chainSeq)).toEqual(Array.from({ length: 50 }, (_, i) => before.seq + 1 + i));
  });

  it("U7 / issue 13: a rolled-back append leaves no row and no hole in the chain", async () => {
    await chainTrace(db);
    const before = await head();
    await expect(
      db.$transaction(async (tx) => {
        await appendTrace(tx, SYSTEM, entry("test.rollback", "x"));
        throw new Error("change failed");
      }),
    ).rejects.toThrow("change failed");
    expect(await db.operationTrace.count({ where: { action: "test.rollback" } })).toBe(0);
    await db.$transaction((tx) => appendTrace(tx, SYSTEM, entry("test.after-rollback", "y")));
    await chainTrace(db);
    const next = await db.operationTrace.findFirstOrThrow({ where: { action: "test.after-rollback" } });
    expect(next.chainSeq).toBe(before.seq + 1); // the chain is contiguous whatever seq the rollback used up
    expect(await verifyOperationTrace(db)).toMatchObject({ ok: true, checked: before.seq + 1 });
  });

  it("U7 / issue 13: a row committed after later rows were chained is chained next, and verification stays OK", async () => {
    await chainTrace(db);
    // What a slow transaction looks like from the chainer's side: a row with a lower seq than
    // rows already chained appears afterwards. Made here by taking the row out and putting it back
    // with its own seq (portable: SQLite's writers cannot overlap, so it cannot happen there by itself).
    const { seq: lateSeq } = await db.$transaction((tx) => appendTrace(tx, SYSTEM, entry("test.late", "late")));
    const late = await db.operationTrace.findUniqueOrThrow({ where: { seq: lateSeq } });
    await db.operationTrace.delete({ where: { seq: lateSeq } });
    await db.$transaction((tx) => appendTrace(tx, SYSTEM, entry("test.early", "a")));
    await db.$transaction((tx) => appendTrace(tx, SYSTEM, entry("test.early", "b")));
    await chainTrace(db);
    const afterEarly = await head();
    expect(await verifyOperationTrace(db)).toMatchObject({ ok: true, checked: afterEarly.seq, unchained: null });

    await db.operationTrace.create({ data: late });
    expect(await verifyOperationTrace(db)).toMatchObject({ ok: true, unchained: { count: 1, oldestSeq: lateSeq } });
    await chainTrace(db);
    const chained = await db.operationTrace.findUniqueOrThrow({ where: { seq: lateSeq } });
    expect(chained.chainSeq).toBe(afterEarly.seq + 1);
    const early = await db.operationTrace.findMany({ where: { action: "test.early" } });
    expect(early.every((r) => r.seq > lateSeq && r.chainSeq! < chained.chainSeq!)).toBe(true);
    expect(await verifyOperationTrace(db)).toMatchObject({ ok: true, checked: afterEarly.seq + 1, unchained: null });
  });

  it.runIf(dbProvider === "postgresql")("U7 / issue 13: on PostgreSQL, a transaction still open while later appends commit and are chained is chained after them", async () => {
    await chainTrace(db);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let appended!: () => void;
    const lateAppended = new Promise<void>((resolve) => (appended = resolve));
    const slow = db.$transaction(async (tx) => {
      const row = await appendTrace(tx, SYSTEM, entry("test.pg.slow", "slow"));
      appended();
      await held;
      return row;
    });
    await lateAppended;
    await db.$transaction((tx) => appendTrace(tx, SYSTEM, entry("test.pg.fast", "fast")));
    await chainTrace(db); // the slow row is not committed: not seen, and not waited for
    const fast = await db.operationTrace.findFirstOrThrow({ where: { action: "test.pg.fast" } });
    expect(fast.chainSeq).not.toBeNull();
    release();
    const { seq } = await slow;
    expect(seq).toBeLessThan(fast.seq);
    await chainTrace(db);
    const slowRow = await db.operationTrace.findUniqueOrThrow({ where: { seq } });
    expect(slowRow.chainSeq).toBe(fast.chainSeq! + 1);
    expect(await verifyOperationTrace(db)).toMatchObject({ ok: true, unchained: null });
  });

  it("U7 / issue 13: two chainers at once chain every row exactly once", async () => {
    await chainTrace(db);
    const before = await head();
    await Promise.all(Array.from({ length: 30 }, (_, i) => db.$transaction((tx) => appendTrace(tx, SYSTEM, entry("test.two-chainers", String(i))))));
    const [a, b] = await Promise.all([chainTrace(db, { batchSize: 4 }), chainTrace(db, { batchSize: 4 })]);
    expect(a.chained + b.chained).toBe(30);
    expect((await head()).seq).toBe(before.seq + 30);
    expect(await verifyOperationTrace(db)).toMatchObject({ ok: true, checked: before.seq + 30, unchained: null });
  });

  it("U7 / issue 13: editing, deleting or reordering a chained row in the database is detected", async () => {
    for (let i = 0; i < 3; i++) await db.$transaction((tx) => appendTrace(tx, SYSTEM, entry("test.tamper", String(i))));
    await chainTrace(db);
    const rows = await db.operationTrace.findMany({ where: { action: "test.tamper" }, orderBy: { chainSeq: "asc" } });
    const [first, second] = rows;

    await withTampering(
      () => db.operationTrace.update({ where: { seq: second.seq }, data: { entityId: "edited" } }).then(() => undefined),
      async () => expect(await verifyOperationTrace(db)).toMatchObject({ ok: false, brokenAtSeq: second.chainSeq }),
    );
    await withTampering(
      () => db.operationTrace.delete({ where: { seq: second.seq } }).then(() => undefined),
      async () => expect(await verifyOperationTrace(db)).toMatchObject({ ok: false, brokenAtSeq: second.chainSeq }),
    );
    // Taking a row out of the chain by clearing its position is a deletion too.
    await withTampering(
      () => db.operationTrace.update({ where: { seq: second.seq }, data: { chainSeq: null, prevHash: null, hash: null } }).then(() => undefined),
      async () => expect(await verifyOperationTrace(db)).toMatchObject({ ok: false, brokenAtSeq: second.chainSeq }),
    );
    await withTampering(
      async () => {
        // Swap the two rows' chain positions (through a free value: chainSeq is unique).
        await db.operationTrace.update({ where: { seq: first.seq }, data: { chainSeq: -1 } });
        await db.operationTrace.update({ where: { seq: second.seq }, data: { chainSeq: first.chainSeq } });
        await db.operationTrace.update({ where: { seq: first.seq }, data: { chainSeq: second.chainSeq } });
      },
      async () => expect(await verifyOperationTrace(db)).toMatchObject({ ok: false, brokenAtSeq: first.chainSeq }),
    );
  });

  it("S6 / issue 13: a checkpoint chains the committed rows first and signs the chained head; it verifies", async () => {
    await db.$transaction((tx) => appendTrace(tx, SYSTEM, entry("test.checkpoint", "c")));
    const checkpoint = await writeTraceCheckpoint(new Date());
    const row = await db.operationTrace.findFirstOrThrow({ where: { action: "test.checkpoint" } });
    expect(checkpoint).toMatchObject({ seq: row.chainSeq, lastHash: row.hash });
    expect(await head()).toMatchObject({ seq: row.chainSeq, lastHash: row.hash });
    expect(await verifyOperationTrace(db)).toMatchObject({ ok: true, unchained: null, checkpoints: await db.traceCheckpoint.count() });
  });

  it("U7 / issue 13: without a head row the chainer chains nothing and verification fails", async () => {
    await db.$transaction((tx) => appendTrace(tx, SYSTEM, entry("test.no-head", "h")));
    await withTampering(
      async () => {
        await db.traceHead.delete({ where: { id: 1 } });
        expect(await chainTrace(db)).toEqual({ chained: 0, headPresent: false });
      },
      async () => {
        const report = await verifyOperationTrace(db);
        expect(report.ok).toBe(false);
        expect(report.ok || report.reason).toContain("链头记录缺失");
      },
    );
  });
});
