/**
 * Certificate PDF render time and size (D2, §12), next to the HTML print view of the same
 * certificate rendered in the same run. Run: npx tsx bench/certificate.ts [--renders 200] [--http]
 *
 *  1. in process: the PDF (lib/documents/official-pdf.ts) against the print view's component
 *     alone (react-dom/server renderToString, QR code included);
 *  2. with --http (after `npx next build`): `next start` on --port against its own database
 *     (suite "bench-certificate"), one person with a session cookie minted as bench/inquiry.ts
 *     does, and one issued certificate: GET /api/certificates/:id/pdf against GET
 *     /person/certificates/:id/print, one request at a time. Both check the session, read the
 *     certificate and write the trace; what differs is rendering the PDF or the page.
 *
 * §12's goals: the PDF < 300 KB, and its render time ≤ 2× the print view's.
 * The first PDF render of a process reads and parses the font; it is reported on its own and
 * left out of the percentiles, as a server pays it once.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { encode } from "next-auth/jwt";
import { ensureTestDatabase } from "../scripts/test-db.mjs";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import type { CertificateContent } from "../lib/certificates/content";
import type { ContributionYearSummary, CorePersonRecord } from "../lib/core";

const { values } = parseArgs({ options: { renders: { type: "string", default: "200" }, http: { type: "boolean", default: false }, port: { type: "string", default: "3208" } } });
const RENDERS = Number(values.renders);

// lib/db opens DATABASE_URL when first imported (lib/core imports it): with --http, the bench's
// own database is made and named before anything from lib/ loads.
if (values.http) process.env.DATABASE_URL = await ensureTestDatabase("bench-certificate");
const { renderOfficialPdf } = await import("../lib/documents/official-pdf");
const { contributionRecordContent, personInsuranceContent } = await import("../lib/certificates/build-content");
const { documentOf } = await import("../lib/certificates/content");
const { CertificateSheet, qrSvgOf } = await import("../components/certificates/certificate-sheet");

const person: CorePersonRecord = {
  id: 1, personNo: "P3702000012345", idType: "01", idNumber: "37020319900308042X", name: "张三", gender: "M", birthDate: "1990-03-08",
  mobile: "13800000001", address: "青岛市市南区香港中路 1 号", socialCardNo: null, unitId: 1, status: "INSURED",
};
const unitName = "青岛海澄精密机械有限公司";
const insurance = personInsuranceContent(
  person,
  ["110", "210", "310", "410", "510"].map((t) => ({ insuranceType: t, unitId: 1, unitName, status: "ACTIVE", startMonth: 201207, endMonth: null })),
  160,
);
const years: ContributionYearSummary[] = Array.from({ length: 14 }, (_, i) => ({
  year: 2012 + i, months: 12, pensionPaidMonths: 12, arrearsMonths: 0, pensionBaseFen: 12 * (500000 + i * 30000), pensionBaseMonths: 12,
  unitFen: 12 * (80000 + i * 5000), personalFen: 12 * (40000 + i * 2500), arrearsFen: 0,
}));
const contributions = contributionRecordContent(person, years);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

async function time(n: number, once: () => Promise<number>): Promise<{ p50: number; p95: number; size: number }> {
  const ms: number[] = [];
  let size = 0;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    size = await once();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), size };
}

async function bench(name: string, content: CertificateContent) {
  const doc = documentOf(content, { code: "7KQM-3XPA-W9RT-HE2N", issuedOn: "2026年11月23日", verifyUrl: "https://sbt.example.gov.cn/verify?code=7KQM-3XPA-W9RT-HE2N" });
  const html = () => qrSvgOf(doc).then((qrSvg) => renderToString(createElement(CertificateSheet, { document: doc, qrSvg })).length);
  const pdf = () => renderOfficialPdf(doc).then((b) => b.length);
  // Warm both (the first PDF reads and parses the font), then alternate so noise hits both alike.
  const first = performance.now();
  await pdf();
  const firstMs = performance.now() - first;
  await html();
  const h = await time(RENDERS, html);
  const p = await time(RENDERS, pdf);
  const ratio = p.p50 / h.p50;
  console.log(`${name}`);
  console.log(`  print view (HTML)  p50 ${h.p50.toFixed(2).padStart(7)} ms  p95 ${h.p95.toFixed(2).padStart(7)} ms  ${(h.size / 1024).toFixed(1)} KB`);
  console.log(`  PDF                p50 ${p.p50.toFixed(2).padStart(7)} ms  p95 ${p.p95.toFixed(2).padStart(7)} ms  ${(p.size / 1024).toFixed(1)} KB  (first render with font load ${firstMs.toFixed(0)} ms)`);
  console.log(`  PDF / print view   ${ratio.toFixed(2)}× at p50 (goal ≤ 2×), size ${p.size < 300 * 1024 ? "<" : "≥"} 300 KB`);
}

async function overHttp() {
  const root = path.resolve(import.meta.dirname, "..");
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run `npx next build` first");
  const secret = randomBytes(32).toString("base64url");
  process.env.AUTH_SECRET = secret;
  const dataDir = path.join(root, ".test-tmp", "bench-certificate-data");
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  process.env.DATA_DIR = dataDir; // the platform key the server signs and verifies with
  const { db } = await import("../lib/db");
  const { derivedKey } = await import("../lib/config");
  const { issueCertificate } = await import("../lib/certificates/issue-certificate");
  // One insured person with five registrations and an account bound to it (kept between runs).
  const core = await db.corePerson.upsert({
    where: { personNo: person.personNo },
    create: { personNo: person.personNo, idType: "01", idNumber: person.idNumber, name: person.name, gender: "M", birthDate: person.birthDate, mobile: person.mobile, address: person.address, status: "INSURED" },
    update: {},
  });
  if (!(await db.coreRegistration.count({ where: { personId: core.id } }))) {
    await db.coreRegistration.createMany({ data: ["110", "210", "310", "410", "510"].map((t) => ({ personId: core.id, insuranceType: t, status: "ACTIVE", startMonth: 201207 })) });
  }
  const user = await db.user.upsert({
    where: { username: "bench_certificate" },
    create: { username: "bench_certificate", passwordHash: "!bench-no-login", role: "PERSON", name: person.name, mobile: "19900000001", corePersonId: core.id },
    update: {},
  });
  const issued = await issueCertificate({ id: user.id, role: "PERSON", ip: "127.0.0.1", userAgent: "bench" }, { kind: "PERSON_INSURANCE" }, new Date());
  const session = await db.userSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
  const token = await encode({ token: { uid: user.id, role: "PERSON", sid: session.id, name: person.name }, secret: derivedKey("session").toString("base64url"), maxAge: 3600 });
  const cookie = `next-auth.session-token=${token}`;

  const base = `http://127.0.0.1:${values.port}`;
  if (await fetch(`${base}/api/health`).then(() => true, () => false)) throw new Error(`port ${values.port} is taken: choose another with --port`);
  const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", values.port!, "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", AUTH_SECRET: secret, NEXTAUTH_URL: base, DATA_DIR: dataDir, JOBS_ENABLED: "0" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    for (let i = 0; ; i++) {
      if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
      if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
      if (i > 120) throw new Error("next start did not answer /api/health within 60 s");
      await new Promise((r) => setTimeout(r, 500));
    }
    const get = (url: string, marker: string) => async () => {
      const res = await fetch(base + url, { headers: { cookie } });
      const body = new Uint8Array(await res.arrayBuffer());
      if (res.status !== 200 || !Buffer.from(body).includes(marker)) throw new Error(`${url}: HTTP ${res.status}`);
      return body.length;
    };
    const page = get(`/person/certificates/${issued.id}/print`, issued.code);
    const pdf = get(`/api/certificates/${issued.id}/pdf`, "%PDF-");
    for (let i = 0; i < 5; i++) await Promise.all([page(), pdf()]); // warm both routes and the font
    const h = await time(RENDERS, page);
    const p = await time(RENDERS, pdf);
    console.log(`over HTTP, next start, one request at a time (certificate ${issued.code})`);
    console.log(`  print view page    p50 ${h.p50.toFixed(2).padStart(7)} ms  p95 ${h.p95.toFixed(2).padStart(7)} ms  ${(h.size / 1024).toFixed(1)} KB`);
    console.log(`  PDF download       p50 ${p.p50.toFixed(2).padStart(7)} ms  p95 ${p.p95.toFixed(2).padStart(7)} ms  ${(p.size / 1024).toFixed(1)} KB`);
    console.log(`  PDF / print view   ${(p.p50 / h.p50).toFixed(2)}× at p50 (goal ≤ 2×), size ${p.size < 300 * 1024 ? "<" : "≥"} 300 KB`);
  } finally {
    server.kill();
    await db.$disconnect();
  }
}

console.log(`${RENDERS} renders each, Node ${process.version}`);
await bench("个人参保证明 (5 险种)", insurance);
await bench("个人缴费记录 (14 年)", contributions);
if (values.http) await overHttp();
