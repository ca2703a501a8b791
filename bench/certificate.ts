/**
 * Certificate PDF render time and size (D2, §12), next to the HTML print view of the same
 * certificate rendered in the same run (react-dom/server, QR code included, as the print page
 * does). Run: npx tsx bench/certificate.ts [--renders 200]
 * §12's goals: the PDF < 300 KB, and its render time ≤ 2× the print view's.
 * The first PDF render of a process reads and parses the font; it is reported on its own and
 * left out of the percentiles, as a server pays it once.
 */
import { parseArgs } from "node:util";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { renderOfficialPdf } from "../lib/documents/official-pdf";
import { contributionRecordContent, personInsuranceContent } from "../lib/certificates/build-content";
import { documentOf, type CertificateContent } from "../lib/certificates/content";
import { CertificateSheet, qrSvgOf } from "../components/certificates/certificate-sheet";
import type { ContributionYearSummary, CorePersonRecord } from "../lib/core";

const { values } = parseArgs({ options: { renders: { type: "string", default: "200" } } });
const RENDERS = Number(values.renders);

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

console.log(`${RENDERS} renders each, Node ${process.version}`);
await bench("个人参保证明 (5 险种)", insurance);
await bench("个人缴费记录 (14 年)", contributions);
