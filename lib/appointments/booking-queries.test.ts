import { vi, beforeAll, describe, expect, it } from "vitest";
// Before lib/db is loaded (imports are hoisted below this): the client emits a `query` event per statement.
vi.hoisted(() => {
  process.env.DB_QUERY_EVENTS = "1";
});
import { db, dbProvider } from "@/lib/db";
import { createTestUser } from "@/tests/helpers";
import { bookAppointment } from "./book-appointment";
import { chainTrace } from "@/lib/audit/chain-trace";
import { verifyOperationTrace } from "@/lib/audit/verify-trace";
import { createTestCentre, createTestItem, seedStatutoryCalendar } from "./test-fixtures";

/** Every statement Prisma reports while `run` runs (this file's tests run one at a time). */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (event: { query: string }) => seen.push(event.query);
  (db as unknown as { $on(event: "query", cb: typeof listener): void }).$on("query", listener);
  try {
    await run();
  } finally {
    // Prisma has no $off: later events of this client are ignored by clearing the flag.
    seen.push("<end>");
  }
  return seen.slice(0, seen.indexOf("<end>"));
}

beforeAll(async () => {
  await seedStatutoryCalendar();
});

describe("booking hot path (issue 13)", () => {
  // What is counted: every statement the Prisma client reports as a `query` event, i.e. every SQL
  // statement sent to the database, COMMIT included (SQLite's BEGIN is not reported by the
  // adapter; on PostgreSQL no transaction is opened). Not counted: nothing else runs — the
  // item, centre and calendar come from the per-process caches filled by the first booking.
  it("issue 13 / A3: a booking makes at most 4 queries (PostgreSQL: 2; SQLite: 7, one per table written, see below)", async () => {
    const centre = await createTestCentre({ appointmentWindows: 3 });
    const item = await createTestItem();
    const [first, second] = await Promise.all([createTestUser("PERSON"), createTestUser("PERSON")]);
    const now = new Date("2026-11-23T01:00:00Z"); // Monday 09:00 Shanghai
    const request = { centreId: centre.id, itemId: item.id, date: "2026-11-24", startTime: "10:00" };
    // The first booking of the slot fills the per-process caches (item, centre, calendar) and creates the slot row.
    await bookAppointment({ id: first.id, role: "PERSON" }, request, now);

    const statements = await statementsOf(() => bookAppointment({ id: second.id, role: "PERSON", ip: "203.0.113.9" }, request, now));
    const booked = await db.appointment.findFirstOrThrow({ where: { userId: second.id, status: "BOOKED" } });
    expect(booked.id).toMatch(/^c[0-9a-z]{24}$/);
    // Everything a booking writes is there, whichever path wrote it.
    expect(await db.appointmentSlot.findUniqueOrThrow({ where: { id: booked.slotId } })).toMatchObject({ booked: 2 });
    expect(await db.message.findFirstOrThrow({ where: { userId: second.id, category: "APPOINTMENT" } })).toMatchObject({ title: `预约成功：${item.name}`, readAt: null });
    const { mobile } = await db.user.findUniqueOrThrow({ where: { id: second.id } });
    expect((await db.smsOutbox.findFirstOrThrow({ where: { mobile }, orderBy: { id: "desc" } })).content).toContain(booked.bookingNo);
    expect(await db.operationTrace.findFirstOrThrow({ where: { action: "appointment.book", entityId: booked.id } })).toMatchObject({ actorId: second.id, actorRole: "PERSON", ip: "203.0.113.9", chainSeq: null });

    // The trace row written by the booking's raw SQL chains and verifies like any other (U7).
    await chainTrace(db);
    expect(await verifyOperationTrace(db)).toMatchObject({ ok: true, unchained: null });

    if (dbProvider === "postgresql") {
      // One read, one write statement (data-modifying CTEs, atomic as one statement).
      expect(statements).toHaveLength(2);
      expect(statements.length).toBeLessThanOrEqual(4);
    } else {
      // SQLite has no data-modifying CTEs: one statement per table written (slot, appointment,
      // message, SMS outbox, trace) plus COMMIT, after the one read: 7, the honest floor there.
      expect(statements).toHaveLength(7);
      expect(statements.filter((q) => /^\s*(INSERT|UPDATE)/i.test(q))).toHaveLength(5);
    }
  });
});
