import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appendTrace, traceHash, verifyChain } from "./trace";
import { verifyOperationTrace } from "./verify-trace";
import { chainTrace } from "./chain-trace";
import { buildChain, headOf } from "./test-fixtures";



describe("operation trace hash chain (U7)", () => {
  it("U7: an untouched chain verifies", () => {
    const rows = buildChain(5);
    expect(verifyChain(rows, headOf(rows))).toEqual({ ok: true, checked: 5, checkpoints: 0 });
  });

  it("U7: the verifier reports an edited row as the first broken link", () => {
    const rows = buildChain(5);
    rows[2] = { ...rows[2], summary: JSON.stringify({ before: { status: "ACTIVE" }, after: { status: "ACTIVE" } }) };
    const report = verifyChain(rows, { seq: 5, lastHash: rows[4].hash });
    expect(report).toMatchObject({ ok: false, brokenAtSeq: 3, checked: 2 });
  });

  it("U7: an edit that also recomputes the row's own hash breaks the next link", () => {
    const rows = buildChain(5);
    const head = headOf(rows);
    const { hash: _old, ...content } = { ...rows[1], action: "account.lock" };
    rows[1] = { ...content, hash: traceHash(content) };
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, brokenAtSeq: 3 });
  });

  it("U7: the verifier detects a deleted row", () => {
    const rows = buildChain(5);
    const head = headOf(rows);
    rows.splice(2, 1);
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, brokenAtSeq: 3 });
  });

  it("U7: the verifier detects a deleted last row against the chain head", () => {
    const rows = buildChain(5);
    const head = { seq: 5, lastHash: rows[4].hash };
    expect(verifyChain(rows.slice(0, 4), head)).toMatchObject({ ok: false, brokenAtSeq: 5 });
  });

  it("U7: the verifier detects reordered rows", () => {
    const rows = buildChain(5);
    const head = headOf(rows);
    [rows[1], rows[2]] = [rows[2], rows[1]];
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, brokenAtSeq: 2 });
  });

  it("U7: reordering with swapped chain positions is detected too", () => {
    const rows = buildChain(5);
    const head = headOf(rows);
    const a = { ...rows[1], chainSeq: 3 };
    const b = { ...rows[2], chainSeq: 2 };
    rows[1] = b;
    rows[2] = a;
    expect(verifyChain(rows, head)).toMatchObject({ ok: false, brokenAtSeq: 2 });
  });

  it("U7: rows appended in transactions chain up in the database, and an edit made there is found", async () => {
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 3; i++) {
        await appendTrace(tx, { id: null, role: "SYSTEM", ip: "" }, { action: "test.append", entity: "Test", entityId: String(i), summary: { i } });
      }
    });
    await chainTrace(db);
    const before = await verifyOperationTrace(db);
    expect(before).toMatchObject({ ok: true, unchained: null });

    const target = await db.operationTrace.findFirstOrThrow({ where: { action: "test.append" }, orderBy: { seq: "desc" } });
    expect(target.chainSeq).not.toBeNull();
    await db.operationTrace.update({ where: { seq: target.seq }, data: { summary: JSON.stringify({ i: 99 }) } });
    try {
      expect(await verifyOperationTrace(db)).toMatchObject({ ok: false, brokenAtSeq: target.chainSeq });
    } finally {
      // Other suites share this database: put the row back as it was.
      await db.operationTrace.update({ where: { seq: target.seq }, data: { summary: target.summary } });
    }
    expect((await verifyOperationTrace(db)).ok).toBe(true);
  });
});
