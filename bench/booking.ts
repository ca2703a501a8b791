/**
 * Booking under contention (A3). Run: npx tsx bench/booking.ts  (DATABASE_URL=postgresql://… for
 * PostgreSQL; SQLite otherwise). Uses its own fresh database (scripts/test-db.mjs, suite
 * "bench-booking"). Prints figures only:
 *   1. 200 concurrent bookings of one 5-seat slot by 200 people: successes (must be 5) and why the rest were refused;
 *   2. throughput: 1000 concurrent bookings spread over the slots of five days at a 20-seat centre.
 */
import { resetTestDatabase } from "../scripts/test-db.mjs";

const CONTENDED = 200;
const THROUGHPUT = 1000;

async function main() {
  process.env.DATABASE_URL = await resetTestDatabase("bench-booking");
  // lib/db reads DATABASE_URL when first imported, so everything below loads after it is set.
  const { db } = await import("../lib/db");
  const { bookAppointment } = await import("../lib/appointments/book-appointment");
  const { listDaySlots } = await import("../lib/appointments/slots");
  const { createTestCentre, createTestItem, seedStatutoryCalendar } = await import("../lib/appointments/test-fixtures");

  await seedStatutoryCalendar();
  const item = await createTestItem();
  const now = new Date("2026-11-23T01:00:00Z"); // Monday 09:00 Asia/Shanghai

  async function createUsers(n: number, tag: string) {
    await db.user.createMany({
      data: Array.from({ length: n }, (_, i) => ({ username: `bench_${tag}_${i}`, passwordHash: "-", role: "PERSON" as const, name: `压测用户${i}`, mobile: `139${String(i).padStart(8, "0")}` })),
    });
    return db.user.findMany({ where: { username: { startsWith: `bench_${tag}_` } }, select: { id: true } });
  }

  async function fire(requests: { userId: string; centreId: number; date: string; startTime: string }[]) {
    const started = performance.now();
    const results = await Promise.allSettled(
      requests.map((r) => bookAppointment({ id: r.userId, role: "PERSON" }, { centreId: r.centreId, itemId: item.id, date: r.date, startTime: r.startTime }, now)),
    );
    const seconds = (performance.now() - started) / 1000;
    const tally = new Map<string, number>();
    for (const r of results) if (r.status === "rejected") tally.set(String((r.reason as Error).message), (tally.get(String((r.reason as Error).message)) ?? 0) + 1);
    return { seconds, successes: results.filter((r) => r.status === "fulfilled").length, tally };
  }

  const print = (title: string, n: number, run: Awaited<ReturnType<typeof fire>>) => {
    console.log(title);
    console.log(`  requests        ${n}`);
    console.log(`  elapsed         ${run.seconds.toFixed(2)} s`);
    console.log(`  requests/s      ${(n / run.seconds).toFixed(0)}`);
    console.log(`  bookings/s      ${(run.successes / run.seconds).toFixed(1)}`);
    console.log(`  successes       ${run.successes}`);
    for (const [reason, count] of run.tally) console.log(`  refused ${String(count).padStart(5)}  ${reason}`);
  };

  console.log(`database: ${process.env.DATABASE_URL!.split(":")[0]}`);

  // 1. One 5-seat slot, 200 people at once.
  const small = await createTestCentre({ appointmentWindows: 5, otherWindows: 2 });
  const crowd = await createUsers(CONTENDED, "contended");
  const contended = await fire(crowd.map((u) => ({ userId: u.id, centreId: small.id, date: "2026-11-24", startTime: "09:00" })));
  print(`\n[1] ${CONTENDED} concurrent bookings of one 5-seat slot`, CONTENDED, contended);
  const slot = await db.appointmentSlot.findFirstOrThrow({ where: { centreId: small.id } });
  console.log(`  slot booked     ${slot.booked} / ${slot.capacity}`);

  // 2. Many slots: 5 working days × 13 slots × 20 seats = 1300 seats, 1000 people at once.
  const big = await createTestCentre({ appointmentWindows: 20, otherWindows: 0 });
  const days = ["2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-30"];
  const times = (await listDaySlots(big.id, days[0], now)).map((s) => s.startTime);
  for (const d of days.slice(1)) await listDaySlots(big.id, d, now); // open the days, as viewers would
  const people = await createUsers(THROUGHPUT, "throughput");
  const spread = await fire(people.map((u, i) => ({ userId: u.id, centreId: big.id, date: days[i % days.length], startTime: times[Math.floor(i / days.length) % times.length] })));
  print(`\n[2] ${THROUGHPUT} concurrent bookings over ${days.length * times.length} slots (20 seats each)`, THROUGHPUT, spread);
  const over = await db.appointmentSlot.count({ where: { centreId: big.id, booked: { gt: db.appointmentSlot.fields.capacity } } });
  const booked = await db.appointment.count({ where: { centreId: big.id, status: "BOOKED" } });
  console.log(`  appointments    ${booked}`);
  console.log(`  slots over cap  ${over}`);

  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
