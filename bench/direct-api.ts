/**
 * The direct-connect gateway under load (E6, §12): `npx tsx bench/direct-api.ts [--seconds 15]
 * [--connections 32] [--port 3208]`, after `npx next build`. On its own fresh database
 * (`bench-direct`; DATABASE_URL=postgresql://… measures PostgreSQL) it creates a unit with
 * employees and an enterprise, starts `next start`, and measures at 32 connections:
 *
 *   1. GET /api/live — a bare route handler returning fixed JSON (the reference),
 *   2. SB_EMP_QUERY on the formal endpoint (verify, nonce, token, rate limit, decrypt, query,
 *      encrypt, sign, call log),
 *   3. SB_EMP_REG on the formal endpoint (the same plus idempotency record, outbox row and the
 *      core write delivered at once),
 *
 * printing req/s, p50/p95/p99 and the ratio to the bare handler. Requests are signed before the
 * clock starts (with lib/gm through the client's pluggable crypto), so the load generator spends
 * the shared CPU on HTTP only; one answer in 20 is verified and decrypted during the run.
 */
import { spawn } from "node:child_process";
import { randomBytes, randomInt } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { resetTestDatabase } from "../scripts/test-db.mjs";
import { formatFigures, measure, runRounds, scenario, waitForServer, type Figures } from "./lib/load";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "15" },
    connections: { type: "string", default: "32" },
    port: { type: "string", default: "3208" },
    prepare: { type: "string", default: "8000" },
    rounds: { type: "string", default: "5" },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const PORT = Number(values.port);
const PREPARE = Number(values.prepare);
const ROUNDS = Number(values.rounds);

async function main() {
  const root = path.resolve(import.meta.dirname, "..");
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run `npx next build` first");
  process.env.DATABASE_URL = await resetTestDatabase("bench-direct");
  const secret = randomBytes(32).toString("base64url");
  process.env.AUTH_SECRET = secret;
  const dataDir = path.join(root, ".test-tmp", "bench-direct-data");
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  process.env.DATA_DIR = dataDir; // the same key-vault master key and platform key as the server
  const { db } = await import("../lib/db");
  const { generateSm2KeyPair, generateSm4Key, sm2Verify, decryptBody } = await import("../lib/gm");
  const { createRng, generateIdNumber, generateCreditCode, genderFromId, birthDateFromId, formatBirthDate } = await import("../lib/identity");
  const { sealKey } = await import("../lib/direct-connect/key-vault");
  const { DirectClient, responseSignString } = await import("../lib/direct-connect/client");
  const { gmCrypto } = await import("../lib/direct-connect/gm-crypto");
  const { SERVICE_CODES } = await import("../lib/direct-connect/service-codes");
  const { platformPublicKey } = await import("../lib/gm/platform-key");

  console.log(`database: ${process.env.DATABASE_URL!.split(":")[0]}, ${CONNECTIONS} connections, ${SECONDS} s each in ${ROUNDS} interleaved slices`);
  const rng = createRng(20261123);
  const unit = await db.coreUnit.create({
    data: {
      unitNo: "UBENCH0001", name: "压测单位", creditCode: generateCreditCode(rng, "370202"), regionCode: "370202", legalRepName: "王法人", legalRepPhone: "13800000001",
      address: "青岛市", industry: "制造", status: "ACTIVE", registeredOn: "2015-01-01",
    },
  });
  const employees = Array.from({ length: 200 }, (_, i) => {
    const idNumber = generateIdNumber(rng, { birthYearRange: [1970, 2000] });
    return { personNo: `PB${String(i).padStart(8, "0")}`, idNumber, name: `职工${i}`, gender: genderFromId(idNumber)!, birthDate: formatBirthDate(birthDateFromId(idNumber)!), mobile: "13900000000", address: "青岛市", unitId: unit.id, status: "INSURED" };
  });
  await db.corePerson.createMany({ data: employees });
  const signKeys = generateSm2KeyPair();
  const sm4Key = generateSm4Key();
  await db.directEnterprise.create({
    data: {
      reqAppCode: "B000000001", coreUnitId: unit.id, creditCode: unit.creditCode, unitName: unit.name, areaCode: "370200", status: "ACTIVE",
      signPublicKey: signKeys.publicKey, rateLimitPerMinute: 10_000_000,
      grants: { create: SERVICE_CODES.slice(1).map((s) => ({ serviceCode: s.code })) },
      keys: { create: [{ environment: "FORMAL", sealedKey: sealKey(sm4Key), fingerprint: "bench" }] },
    },
  });

  const base = `http://127.0.0.1:${PORT}`;
  const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", AUTH_SECRET: secret, NEXTAUTH_URL: base, DATA_DIR: dataDir, JOBS_ENABLED: "0" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForServer(`${base}/api/live`, server);
    const platformKey = platformPublicKey();
    const client = new DirectClient({ baseUrl: base, environment: "formal", reqAppCode: "B000000001", reqAreaCode: "370200", sm4Key, privateKey: signKeys.privateKey, platformPublicKey: platformKey, crypto: gmCrypto });
    const token = await client.fetchToken();

    const post = async (envelope: string, i: number): Promise<string | null> => {
      const res = await fetch(client.url, { method: "POST", headers: { "content-type": "application/json" }, body: envelope });
      const text = await res.text();
      if (res.status !== 200) return `HTTP ${res.status} ${text.slice(0, 120)}`;
      if (i % 20 === 0) {
        const json = JSON.parse(text) as { head: { status: string; msg: string; timestamp: string; nonce: string; signature: string }; body: string };
        if (!sm2Verify(platformKey, responseSignString(json.head, json.body), json.head.signature)) return "bad platform signature";
        const result = JSON.parse(decryptBody(sm4Key, json.body)) as { code: string };
        if (result.code !== "0000") return `business code ${result.code}`;
      }
      return null;
    };
    const prepare = (count: number, make: (i: number) => [string, unknown]) => {
      const t = performance.now();
      const out = Array.from({ length: count }, (_, i) => JSON.stringify(client.envelope(...make(i), token)));
      console.log(`  prepared ${count} signed requests in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      return out;
    };

    const queries = prepare(PREPARE, (i) => ["SB_EMP_QUERY", { page: 1 + (i % 10), pageSize: 20 }]);
    const registrations = prepare(Math.ceil(PREPARE / 2), (i) => [
      "SB_EMP_REG",
      { bizSerialNo: `BENCH${i}${randomInt(1e6)}`, idType: "01", idNo: generateIdNumber(rng, { birthYearRange: [1975, 2002] }), name: "压测职工", mobile: "13800138000", hireDate: "2026-11-01", insuranceTypes: ["110", "210", "310", "410", "510"], wageBase: "8000.00" },
    ]);
    const warm = prepare(300, (i) => ["SB_EMP_QUERY", { page: 1 + (i % 10), pageSize: 20 }]);

    // Warm-up: JIT, the enterprise cache, key tables.
    await measure("warm-up", () => fetch(`${base}/api/live`).then((r) => r.text()).then(() => null), { callers: CONNECTIONS, seconds: SECONDS, limit: 300 });
    await measure("warm-up", (i) => post(warm[i]!, i), { callers: CONNECTIONS, seconds: SECONDS, limit: warm.length });

    const scenarios = [
      scenario("GET /api/live (bare)", () => fetch(`${base}/api/live`).then(async (r) => (r.ok && (await r.text()).includes("ok") ? null : `HTTP ${r.status}`))),
      scenario("SB_EMP_QUERY (formal)", (i) => post(queries[i]!, i), queries.length),
      scenario("SB_EMP_REG (formal)", (i) => post(registrations[i]!, i), registrations.length),
    ];
    const [bare, query, reg] = (await runRounds(scenarios, { callers: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS })) as [Figures, Figures, Figures];
    console.log(formatFigures(bare));
    console.log(formatFigures(query, { figures: bare, label: "bare" }));
    console.log(formatFigures(reg, { figures: bare, label: "bare" }));
    if (scenarios.some((sc) => sc.next >= sc.limit)) console.log("  (ran out of prepared requests before the time was up: raise --prepare)");
    console.log(`  registered in the core system: ${await db.corePerson.count({ where: { unitId: unit.id } }) - employees.length}, call log rows: ${await db.directCallLog.count()}`);
  } finally {
    server.kill("SIGTERM");
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
