/**
 * Booking under contention (A3, §12). Run: npx tsx bench/booking.ts  (DATABASE_URL=postgresql://… for
 * PostgreSQL; SQLite otherwise). Uses its own fresh database (scripts/test-db.mjs, suite
 * "bench-booking"). Prints figures only:
 *   1. 200 concurrent bookings of one 5-seat slot by 200 people: successes (must be 5) and why the rest were refused;
 *   2. throughput: 1000 concurrent bookings spread over the slots of five days at a 20-seat centre;
 *   3. on PostgreSQL, after `npx next build` (issue 13): bookings over HTTP through the real server
 *      action, against one `scripts/server.mjs` instance and against two behind
 *      scripts/round-robin.mjs, next to a static chunk and /api/live of the same servers,
 *      measured in interleaved slices; then the database is checked (no slot over capacity,
 *      one active booking per person, item and day).
 *
 *   npx tsx bench/booking.ts [--seconds 30] [--rounds 3] [--callers 32] [--port 3331] [--skip-in-process]
 * The HTTP run uses --port … --port+3: the two instances, then the two round-robins.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import { resetTestDatabase } from "../scripts/test-db.mjs";
import { startRoundRobin, type RoundRobin } from "../scripts/round-robin.mjs";
import { figures, formatFigures, scenario, slice, waitForServer, type Figures, type Scenario } from "./lib/load";

const CONTENDED = 200;
const THROUGHPUT = 1000;

const { values: options } = parseArgs({
  options: {
    seconds: { type: "string", default: "30" },
    rounds: { type: "string", default: "3" },
    callers: { type: "string", default: "32" },
    port: { type: "string", default: "3331" },
    "skip-in-process": { type: "boolean", default: false },
  },
});

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
  if (options["skip-in-process"]) {
    await httpRuns();
    return db.$disconnect();
  }

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

  await httpRuns();
  await db.$disconnect();
}

// ---------------------------------------------------------------------------------------------
// 3. Over HTTP: one instance, then two behind the round-robin (issue 13, PostgreSQL only).

const SEATS_PER_SLOT = 200; // 20 appointment windows × 10 seats
const CONTENDED_SEATS = 5;
/** Every 10th call books the one contended 5-seat slot; every 25th is one person booking two slots of a day at once. */
const isContended = (i: number) => i % 10 === 9;
const isDouble = (i: number) => i % 25 === 24;

interface BookingOutcome {
  booked: number;
  refused: Map<string, number>;
}

async function httpRuns() {
  console.log("\n[3] bookings over HTTP: one instance, and two behind scripts/round-robin.mjs");
  if (!process.env.DATABASE_URL!.startsWith("postgres")) {
    console.log("  skipped: several instances need PostgreSQL; run with DATABASE_URL=postgresql://…");
    return;
  }
  const root = path.resolve(import.meta.dirname, "..");
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("  skipped: no production build; run `npx next build` first");
    return;
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const actionId = Object.entries(manifest.node).find(([, a]) => a.filename === "lib/appointments/actions.ts" && a.exportedName === "bookAppointmentAction")?.[0];
  if (!actionId) throw new Error("bookAppointmentAction is not in .next/server/server-reference-manifest.json: rebuild");
  const chunks = fs.readdirSync(path.join(root, ".next", "static", "chunks")).filter((f) => f.endsWith(".js"));
  const chunk = chunks.map((f) => ({ f, size: fs.statSync(path.join(root, ".next", "static", "chunks", f)).size })).sort((a, b) => a.size - b.size)[Math.floor(chunks.length / 2)];
  const staticPath = `/_next/static/chunks/${chunk.f}`;

  const { db } = await import("../lib/db");
  const { listBookingDays, listDaySlots } = await import("../lib/appointments/slots");
  const { createTestCentre, createTestItem } = await import("../lib/appointments/test-fixtures");
  const { SLOT_FULL_MESSAGE, ALREADY_BOOKED_MESSAGE } = await import("../lib/appointments/book-appointment");

  const SECONDS = Number(options.seconds);
  const ROUNDS = Number(options.rounds);
  const CALLERS = Number(options.callers);
  const PORT = Number(options.port);
  const secret = randomBytes(32).toString("base64url");
  process.env.AUTH_SECRET = secret; // derivedKey("session") below seals cookies the servers open
  const { derivedKey } = await import("../lib/config");
  const sessionKey = derivedKey("session").toString("base64url");

  const item = await createTestItem();
  const now = new Date();

  /** A centre whose booking days are opened (slots created, as viewers would), with its bookable days and times. */
  async function openCentre(appointmentWindows: number, seatsPerWindowPerSlot: number) {
    const centre = await createTestCentre({ appointmentWindows, otherWindows: 0, seatsPerWindowPerSlot });
    const days = (await listBookingDays(centre.id, now)).filter((d) => d.available).map((d) => d.date);
    const times = (await listDaySlots(centre.id, days[0], now)).filter((s) => s.available).map((s) => s.startTime);
    for (const d of days.slice(1)) await listDaySlots(centre.id, d, now);
    return { centre, days, times };
  }

  /** `n` persons with a live session each, and the session cookie the servers accept. */
  async function persons(n: number, tag: string) {
    const prefix = `bench_http_${tag}_`;
    await db.user.createMany({
      data: Array.from({ length: n }, (_, i) => ({ username: `${prefix}${i}`, passwordHash: "!bench-no-login", role: "PERSON" as const, name: `压测用户${i}`, mobile: `197${String(i).padStart(8, "0")}` })),
    });
    const users = await db.user.findMany({ where: { username: { startsWith: prefix } }, select: { id: true, name: true, username: true } });
    users.sort((a, b) => Number(a.username.slice(prefix.length)) - Number(b.username.slice(prefix.length)));
    const expiresAt = new Date(Date.now() + 3 * 3600_000);
    const sessions = await db.userSession.createManyAndReturn({ data: users.map((u) => ({ userId: u.id, expiresAt })), select: { id: true, userId: true } });
    const sessionOf = new Map(sessions.map((s) => [s.userId, s.id]));
    return Promise.all(
      users.map(async (u) => {
        const token = await encode({ token: { uid: u.id, role: "PERSON", sid: sessionOf.get(u.id), name: u.name }, secret: sessionKey, maxAge: 3 * 3600 });
        return { id: u.id, cookie: `next-auth.session-token=${token}` };
      }),
    );
  }

  // The servers: the same build, database, AUTH_SECRET and DATA_DIR; jobs on both (leases).
  const dataDir = path.join(root, ".test-tmp", "bench-booking-data");
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const instances = [PORT, PORT + 1].map((port) => `http://127.0.0.1:${port}`);
  const servers: ChildProcess[] = [];
  const proxies: RoundRobin[] = [];
  let stopping = false;
  try {
    for (const [i, base] of instances.entries()) {
      const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], {
        cwd: root,
        env: {
          ...process.env,
          PORT: String(PORT + i),
          NODE_ENV: "production",
          AUTH_SECRET: secret,
          DATA_DIR: dataDir,
          NEXTAUTH_URL: `http://127.0.0.1:${PORT + 2}`,
          TRUSTED_PROXY_HOPS: "1",
          JOBS_ENABLED: "1",
        },
        stdio: ["ignore", "ignore", "inherit"],
      });
      servers.push(server);
      server.once("exit", (code, signal) => {
        if (!stopping) console.error(`  instance ${base} exited during the run (${signal ?? `code ${code}`})`);
      });
      await waitForServer(`${base}/api/live`, server);
    }
    const one = await startRoundRobin({ port: PORT + 2, targets: instances.slice(0, 1) });
    proxies.push(one);
    const two = await startRoundRobin({ port: PORT + 3, targets: instances });
    proxies.push(two);

    const get = (base: string, url: string) => async () => {
      const res = await fetch(base + url);
      await res.arrayBuffer();
      return res.ok ? null : `${url}: HTTP ${res.status}`;
    };

    let answerBytes = 0;
    /** One booking through the server action, as the booking form sends it. */
    async function book(base: string, cookie: string, input: { centreId: number; itemId: number; date: string; startTime: string }) {
      const res = await fetch(`${base}/person/appointments/new?centre=${input.centreId}&item=${input.itemId}&date=${input.date}`, {
        method: "POST",
        headers: {
          cookie,
          "next-action": actionId!,
          accept: "text/x-component",
          "content-type": "text/plain;charset=UTF-8",
          origin: base,
        },
        // The form's values as formDataToObject gives them (strings), encoded as React's encodeReply does for plain values.
        body: JSON.stringify([{ centreId: String(input.centreId), itemId: String(input.itemId), date: input.date, startTime: input.startTime }]),
      });
      const body = await res.text();
      if (res.status !== 200) return { ok: false as const, unexpected: `HTTP ${res.status} ${body.slice(0, 200)}` };
      if (body.includes('"ok":true')) {
        answerBytes ||= Buffer.byteLength(body);
        return { ok: true as const };
      }
      const message = /"ok":false,"code":"[A-Z_]+","message":"([^"]*)"/.exec(body)?.[1];
      return message ? { ok: false as const, message } : { ok: false as const, unexpected: `unreadable answer: ${body.slice(0, 200)}` };
    }

    /** A booking scenario on `base`: its own centre, contended slot and persons. */
    async function bookingScenario(name: string, base: string, count: number) {
      const main = await openCentre(20, 10);
      const contended = await openCentre(CONTENDED_SEATS, 1);
      const people = await persons(count, name.replace(/\W+/g, "_"));
      const outcome: BookingOutcome = { booked: 0, refused: new Map() };
      const refuse = (message: string) => outcome.refused.set(message, (outcome.refused.get(message) ?? 0) + 1);
      const slotOf = (i: number) => ({ date: main.days[i % main.days.length], startTime: main.times[Math.floor(i / main.days.length) % main.times.length] });
      const sc = scenario(
        name,
        async (i) => {
          const person = people[i];
          if (isContended(i)) {
            const r = await book(base, person.cookie, { centreId: contended.centre.id, itemId: item.id, date: contended.days[0], startTime: contended.times[0] });
            if (r.ok) outcome.booked++;
            else if (r.message === SLOT_FULL_MESSAGE) refuse(r.message);
            else return r.unexpected ?? r.message;
            return null;
          }
          const slot = slotOf(i);
          if (isDouble(i)) {
            // The same person, two slots of one day at once (on two instances behind the round-robin): one booking.
            const other = main.times[(main.times.indexOf(slot.startTime) + 1) % main.times.length];
            const rs = await Promise.all([slot.startTime, other].map((startTime) => book(base, person.cookie, { centreId: main.centre.id, itemId: item.id, date: slot.date, startTime })));
            const oks = rs.filter((r) => r.ok).length;
            outcome.booked += oks;
            for (const r of rs) if (!r.ok && r.message === ALREADY_BOOKED_MESSAGE) refuse(r.message);
            const wrong = rs.find((r) => !r.ok && r.message !== ALREADY_BOOKED_MESSAGE);
            return oks === 1 ? null : `double booking: ${oks} booked${wrong && !wrong.ok ? ` (${wrong.unexpected ?? wrong.message})` : ""}`;
          }
          const r = await book(base, person.cookie, { centreId: main.centre.id, itemId: item.id, ...slot });
          if (r.ok) outcome.booked++;
          return r.ok ? null : (r.unexpected ?? r.message);
        },
        count,
      );
      const seats = main.days.length * main.times.length * SEATS_PER_SLOT;
      if (count > seats) throw new Error(`${count} persons for ${seats} seats`);
      return { sc, outcome, centres: [main.centre.id, contended.centre.id], sessions: people.map((p) => p.id), contendedCentre: contended.centre.id };
    }

    // Warm both instances (the action's module, the session check, the slot caches) through the two-instance round-robin.
    const warm = await bookingScenario("warm-up", two.url, 40);
    await slice(warm.sc, 8, 120);
    for (const url of ["/api/live", staticPath]) await slice(scenario("warm-up", get(two.url, url), 100), 8, 60);
    if (warm.sc.errors) console.log(`  warm-up: ${warm.sc.errors} errors (${warm.sc.firstError})`);

    // Enough persons that no scenario runs out: 3× the bookings/s either could reach on this machine.
    const PERSONS = Math.min(Number(process.env.BENCH_PERSONS ?? 12_000), 5 * 13 * SEATS_PER_SLOT);
    const bookingsOne = await bookingScenario("bookings, 1 instance", one.url, PERSONS);
    const bookingsTwo = await bookingScenario("bookings, 2 instances", two.url, PERSONS);
    const scenarios: { sc: Scenario; sessions?: string[] }[] = [
      { sc: scenario("static chunk, 1 instance", get(one.url, staticPath)) },
      { sc: scenario("/api/live, 1 instance", get(one.url, "/api/live")) },
      { sc: bookingsOne.sc, sessions: bookingsOne.sessions },
      { sc: scenario("static chunk, 2 instances", get(two.url, staticPath)) },
      { sc: scenario("/api/live, 2 instances", get(two.url, "/api/live")) },
      { sc: bookingsTwo.sc, sessions: bookingsTwo.sessions },
    ];
    // What the database's backends are doing while bookings run, sampled twice a second: how many
    // run a statement, how many of those wait for a row lock (the seat's, or the trace head's), and
    // how many sit in an open transaction waiting for their instance to send the next statement.
    const backends = new Map<Scenario, { samples: number; active: number; waiting: number; trace: number; idleInTx: number }>();
    async function sampleBackends(sc: Scenario, until: () => boolean) {
      const tally = backends.get(sc) ?? { samples: 0, active: 0, waiting: 0, trace: 0, idleInTx: 0 };
      backends.set(sc, tally);
      while (!until()) {
        const [row] = await db.$queryRaw<{ active: bigint; waiting: bigint; trace: bigint; idle: bigint }[]>`SELECT count(*) FILTER (WHERE state = 'active') AS active, count(*) FILTER (WHERE state = 'idle in transaction') AS idle, count(*) FILTER (WHERE wait_event_type = 'Lock') AS waiting, count(*) FILTER (WHERE wait_event_type = 'Lock' AND query LIKE '%"TraceHead"%') AS trace FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`;
        tally.samples += 1;
        tally.active += Number(row.active);
        tally.waiting += Number(row.waiting);
        tally.trace += Number(row.trace);
        tally.idleInTx += Number(row.idle);
        await new Promise((r) => setTimeout(r, 500));
      }
    }

    const load = () => os.loadavg().map((n) => n.toFixed(2)).join(", ");
    console.log(`  ${CALLERS} callers, ${SECONDS} s a scenario in ${ROUNDS} interleaved slices; static chunk ${staticPath} (${chunk.size} bytes); load average before: ${load()}`);
    for (let round = 0; round < ROUNDS; round++) {
      for (const { sc, sessions } of scenarios) {
        // Sessions are touched at most once a minute: fresh before each slice, as a person's last page view would leave them.
        if (sessions) await db.userSession.updateMany({ where: { userId: { in: sessions } }, data: { lastSeenAt: new Date() } });
        let done = false;
        const sampling = sessions ? sampleBackends(sc, () => done) : null;
        await slice(sc, CALLERS, SECONDS / ROUNDS);
        done = true;
        await sampling;
        const gone = servers.findIndex((s) => s.exitCode !== null || s.signalCode !== null);
        if (gone >= 0) throw new Error(`instance ${instances[gone]} has stopped (${servers[gone].signalCode ?? servers[gone].exitCode}): the figures are discarded`);
      }
    }
    console.log(`  load average after: ${load()}\n`);

    const f = scenarios.map(({ sc }) => figures(sc));
    const [staticOne, liveOne, bookOne, staticTwo, liveTwo, bookTwo] = f;
    const perSecond = (sc: Scenario, booked: number) => booked / (sc.elapsedMs / 1000);
    const report = (x: Figures, reference?: Figures) => console.log(`  ${formatFigures(x, reference && { figures: reference, label: "/api/live" }, 28)}`);
    report(staticOne);
    report(liveOne);
    report(bookOne, liveOne);
    report(staticTwo);
    report(liveTwo);
    report(bookTwo, liveTwo);
    const b1 = perSecond(bookingsOne.sc, bookingsOne.outcome.booked);
    const b2 = perSecond(bookingsTwo.sc, bookingsTwo.outcome.booked);
    console.log(`\n  bookings/s       1 instance ${b1.toFixed(1).padStart(7)}   2 instances ${b2.toFixed(1).padStart(7)}   ratio ${(b2 / b1).toFixed(2)}× (goal ≥ 1.6×)`);
    console.log(`  static chunk/s   1 instance ${staticOne.perSecond.toFixed(0).padStart(7)}   2 instances ${staticTwo.perSecond.toFixed(0).padStart(7)}   ratio ${(staticTwo.perSecond / staticOne.perSecond).toFixed(2)}×`);
    console.log(`  /api/live/s      1 instance ${liveOne.perSecond.toFixed(0).padStart(7)}   2 instances ${liveTwo.perSecond.toFixed(0).padStart(7)}   ratio ${(liveTwo.perSecond / liveOne.perSecond).toFixed(2)}×`);
    console.log(`  a booking's answer (the action result, no page): ${answerBytes} bytes`);
    console.log(`  requests per instance behind the two-instance round-robin: ${two.stats().map((s) => `${s.target} ${s.requests}`).join(", ")}`);

    // What the database says.
    for (const run of [warm, bookingsOne, bookingsTwo]) {
      const where = { centreId: { in: run.centres } };
      const slots = await db.appointmentSlot.findMany({ where, select: { id: true, centreId: true, booked: true, capacity: true } });
      const counted = await db.appointment.groupBy({ by: ["slotId"], where: { ...where, status: "BOOKED" }, _count: { _all: true } });
      const countOf = new Map(counted.map((c) => [c.slotId, c._count._all]));
      const over = slots.filter((s) => s.booked > s.capacity).length;
      const mismatched = slots.filter((s) => s.booked !== (countOf.get(s.id) ?? 0)).length;
      const doubles = await db.appointment.groupBy({ by: ["userId", "itemId", "date"], where: { ...where, status: "BOOKED" }, _count: { _all: true }, having: { userId: { _count: { gt: 1 } } } });
      const total = await db.appointment.count({ where: { ...where, status: "BOOKED" } });
      const hot = slots.filter((s) => s.centreId === run.contendedCentre && s.booked > 0);
      const refused = [...run.outcome.refused].map(([m, n]) => `${n} “${m}”`).join(", ");
      console.log(`\n  ${run.sc.name}: ${run.sc.latencies.length} calls, ${run.outcome.booked} booked as answered, ${total} in the database${run.sc.errors ? `, ${run.sc.errors} errors (first: ${run.sc.firstError})` : ""}`);
      console.log(`    slots over capacity ${over}; slots whose count differs from their bookings ${mismatched}; persons with two active bookings of an item on one day ${doubles.length}`);
      const b = backends.get(run.sc);
      if (b?.samples) console.log(`    database backends during the run: ${(b.active / b.samples).toFixed(1)} running a statement, ${(b.waiting / b.samples).toFixed(1)} of them waiting for a lock, ${(b.trace / b.samples).toFixed(1)} for the trace head's; ${(b.idleInTx / b.samples).toFixed(1)} idle in a transaction (mean of ${b.samples} samples)`);
      console.log(`    contended slot ${hot.map((s) => `${s.booked} / ${s.capacity}`).join(", ") || "not reached"}; refused: ${refused || "none"}`);
    }
  } finally {
    stopping = true;
    for (const proxy of proxies) await proxy.close();
    for (const server of servers) server.kill("SIGTERM");
    await Promise.all(servers.map((s) => (s.exitCode === null ? new Promise((r) => s.once("exit", r)) : null)));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
