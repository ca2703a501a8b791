/**
 * Issue 13: what several portal instances share through the database, proved without starting
 * Next. A second "instance" is a second copy of the modules (vi.resetModules) with its own
 * Prisma client and connection pool on the same database, as a second `node scripts/server.mjs`
 * would have. Bookings across two real servers are proved by bench/booking.ts (HTTP run).
 *
 * Several instances need PostgreSQL (README, Configuration). On SQLite the same calls run one
 * after another: better-sqlite3 waits for a lock synchronously, so two connections in one
 * process would block each other's commit until the busy timeout; two processes would not.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { encode, decode } from "next-auth/jwt";
import { db, dbProvider } from "@/lib/db";
import * as rateLimitA from "@/lib/security/rate-limit";
import * as runnerA from "@/lib/jobs/runner";
import * as claimA from "@/lib/jobs/claim-period";
import * as sessionA from "@/lib/auth/session-check";
import * as configA from "@/lib/config";
import { createTestUser } from "@/tests/helpers";

type Instance = {
  db: typeof db;
  rateLimit: typeof rateLimitA;
  runner: typeof runnerA;
  claim: typeof claimA;
  session: typeof sessionA;
  config: typeof configA;
};

const A: Instance = { db, rateLimit: rateLimitA, runner: runnerA, claim: claimA, session: sessionA, config: configA };
let B: Instance;

/** All at once on PostgreSQL; one after another on SQLite (see above). */
async function atOnce<T>(calls: (() => Promise<T>)[]): Promise<T[]> {
  if (dbProvider === "postgresql") return Promise.all(calls.map((call) => call()));
  const results: T[] = [];
  for (const call of calls) results.push(await call());
  return results;
}

beforeAll(async () => {
  // lib/db keeps its client on globalThis (one per process): hide it while the second copy of
  // the modules loads, so that copy makes a client and pool of its own.
  const holder = globalThis as unknown as { __portalDb?: unknown };
  const first = holder.__portalDb;
  delete holder.__portalDb;
  vi.resetModules();
  try {
    B = {
      db: (await import("@/lib/db")).db,
      rateLimit: await import("@/lib/security/rate-limit"),
      runner: await import("@/lib/jobs/runner"),
      claim: await import("@/lib/jobs/claim-period"),
      session: await import("@/lib/auth/session-check"),
      config: await import("@/lib/config"),
    };
  } finally {
    holder.__portalDb = first;
  }
  expect(B.db).not.toBe(A.db);
  return async () => {
    await B.db.$disconnect();
  };
});

describe("issue 13: two instances on one database", () => {
  it("rate limits (S2, S3): buckets are shared: 30 hits at once, 15 on each instance, against a limit of 10 allow exactly 10", async () => {
    const rule = { name: `two-instances:${Date.now()}`, limit: 10, windowSeconds: 600 };
    const now = new Date();
    const outcomes = await atOnce(Array.from({ length: 30 }, (_, i) => () => (i % 2 ? A : B).rateLimit.hitRateLimit(rule, "198.51.100.9", now)));
    expect(outcomes.filter((o) => o.allowed)).toHaveLength(10);
    // Every hit was counted once, whichever instance took it.
    expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key: `${rule.name}:198.51.100.9` } })).count).toBe(30);
    // The next hit on either instance is refused with the time left of the one window.
    const next = await B.rateLimit.hitRateLimit(rule, "198.51.100.9", new Date(now.getTime() + 1000));
    expect(next).toMatchObject({ allowed: false, remaining: 0 });
    expect(next.retryAfterSeconds).toBeGreaterThan(590);
  });

  it("jobs: a scheduled minute fired on both instances (three times each) runs once, and the next minute once more", async () => {
    const runs: string[] = [];
    const job = {
      name: `two-instances-${Date.now()}`,
      schedule: "* * * * *",
      maxRunMs: 60_000,
      run: async () => {
        runs.push("ran");
        await new Promise((r) => setTimeout(r, 50));
        return "done";
      },
    };
    const slot = new Date("2026-11-23T02:00:00Z");
    const fire = (at: Date) => atOnce([A, B, A, B, A, B].map((instance) => () => instance.runner.runJobOnce(job, at)));
    const first = await fire(slot);
    expect(first.filter((r) => r === "done")).toHaveLength(1);
    expect(runs).toHaveLength(1);
    // Fired again after it finished (a late timer on one instance): still not run twice.
    expect((await fire(slot)).filter((r) => r !== null)).toHaveLength(0);
    expect((await fire(new Date(slot.getTime() + 60_000))).filter((r) => r === "done")).toHaveLength(1);
    expect(runs).toHaveLength(2);
    const lease = await db.jobLease.findUniqueOrThrow({ where: { name: job.name } });
    expect(lease.lastRunAt?.toISOString()).toBe("2026-11-23T02:01:00.000Z");
  });

  it("jobs that notify: a month claimed in transactions on both instances at once is claimed by one", async () => {
    const key = `two-instances.claim.${Date.now()}`;
    await atOnce([() => A.claim.ensureClaimRow(key, "test"), () => B.claim.ensureClaimRow(key, "test")]);
    const claims = await atOnce([A, B, A, B].map((instance) => () => instance.db.$transaction((tx) => instance.claim.claimPeriod(tx, key, "202611"))));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await B.db.$transaction((tx) => B.claim.claimPeriod(tx, key, "202611"))).toBe(false);
    expect(await A.db.$transaction((tx) => A.claim.claimPeriod(tx, key, "202612"))).toBe(true);
  });

  it("U6: a session token sealed on one instance is accepted on the other, and a logout on one ends it on both", async () => {
    const user = await createTestUser("PERSON");
    // Both instances derive the session key from the same root secret (here DATA_DIR/auth-secret).
    expect(B.config.derivedKey("session").equals(A.config.derivedKey("session"))).toBe(true);
    const token = await encode({ token: { uid: user.id, sid: user.sessionId }, secret: A.config.derivedKey("session").toString("base64url") });
    const claims = await decode({ token, secret: B.config.derivedKey("session").toString("base64url") });
    expect(claims).toMatchObject({ uid: user.id, sid: user.sessionId });
    const claimed = { userId: String(claims?.uid), sessionId: String(claims?.sid) };
    expect(await B.session.checkSession(claimed, new Date())).toMatchObject({ id: user.id, role: "PERSON" });
    expect(await A.session.checkSession(claimed, new Date())).toMatchObject({ id: user.id, role: "PERSON" });

    await A.db.userSession.update({ where: { id: user.sessionId }, data: { revokedAt: new Date() } });
    expect(await B.session.checkSession(claimed, new Date())).toBeNull();
  });
});
