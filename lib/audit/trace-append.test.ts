import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appendTrace } from "./trace";
import { verifyOperationTrace } from "./verify-trace";

describe("operation trace appends", () => {
  it("U7: 40 concurrent transactions append one unbroken chain", async () => {
    const before = await db.operationTrace.count();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db.$transaction((tx) => appendTrace(tx, { id: null, role: "SYSTEM" }, { action: "test.append", entity: "Test", entityId: String(i) })),
      ),
    );
    expect(await db.operationTrace.count()).toBe(before + 40);
    const report = await verifyOperationTrace(db);
    expect(report).toMatchObject({ ok: true, checked: before + 40 });
  });

  it("U7: a rolled-back change leaves no trace row behind", async () => {
    const before = await db.operationTrace.count();
    await expect(
      db.$transaction(async (tx) => {
        await appendTrace(tx, { id: null, role: "SYSTEM" }, { action: "test.rollback", entity: "Test", entityId: "x" });
        throw new Error("change failed");
      }),
    ).rejects.toThrow("change failed");
    expect(await db.operationTrace.count()).toBe(before);
    expect((await verifyOperationTrace(db)).ok).toBe(true);
  });
});
