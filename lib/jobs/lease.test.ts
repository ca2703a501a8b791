import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimJobRun, finishJobRun } from "./lease";

describe("job leases", () => {
  it("Foundation: of several instances firing the same scheduled minute, exactly one runs it", async () => {
    const name = `job-${Date.now()}`;
    const slot = new Date("2026-11-22T10:00:00Z");
    const claims = await Promise.all(["a", "b", "c", "d", "e"].map((holder) => claimJobRun(db, name, holder, slot, 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    const winner = ["a", "b", "c", "d", "e"][claims.indexOf(true)];
    await finishJobRun(db, name, winner, "done");
    // The same minute is not run again, even after the lease was released…
    expect(await claimJobRun(db, name, "f", slot, 60_000)).toBe(false);
    // …and the next minute runs once more.
    expect(await claimJobRun(db, name, "f", new Date(slot.getTime() + 60_000), 60_000)).toBe(true);
  });

  it("Foundation: a lease held by a running instance blocks the next minute until it expires", async () => {
    const name = `job-long-${Date.now()}`;
    const slot = new Date("2026-11-22T10:00:00Z");
    expect(await claimJobRun(db, name, "a", slot, 60_000)).toBe(true);
    expect(await claimJobRun(db, name, "b", new Date(slot.getTime() + 60_000), 60_000)).toBe(false);
  });
});
