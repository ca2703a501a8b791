/**
 * The approval result file (审批结果文件) pushed with 办结: an A4 办结通知书 with the agency's seal,
 * rendered by lib/documents/official-pdf.ts when the push is delivered (never inside the
 * transaction of the change: rendering takes tens of milliseconds). `minimalPdf` is a bare ASCII
 * PDF writer kept for the simulator's sample materials.
 */
import { renderOfficialPdf } from "@/lib/documents/official-pdf";
import { formatShanghai } from "@/lib/calendar";
import { ISSUER } from "@/lib/certificates/content";
import { sm3Hex } from "@/lib/gm";

function pdfEscape(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, "?");
}

/** A one-page PDF 1.4 with Helvetica text lines (ASCII only: no CJK font on this branch). */
export function minimalPdf(lines: string[]): Uint8Array {
  const content = ["BT", "/F1 12 Tf", "72 760 Td", "16 TL", ...lines.map((l) => `(${pdfEscape(l)}) '`), "ET"].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

export interface ResultFile {
  fileName: string;
  mime: "application/pdf";
  contentBase64: string;
  sm3: string;
}

/** What the result notice says; stored with the push, rendered at delivery. */
export interface ResultNoticeSpec {
  applicationNo: string;
  serialNo: string;
  itemCode: string;
  itemName?: string;
  resultName: string;
  decidedAt: string; // ISO
}

export async function renderResultNoticeFile(spec: ResultNoticeSpec): Promise<ResultFile> {
  const decided = new Date(spec.decidedAt);
  const pdf = await renderOfficialPdf({
    title: "办结通知书",
    subtitle: `编号 ${spec.applicationNo}`,
    fields: [
      ["申请编号", spec.applicationNo],
      ["中台申报流水号", spec.serialNo],
      ["办理事项", spec.itemName ? `${spec.itemName}（${spec.itemCode}）` : spec.itemCode],
      ["办理结果", spec.resultName],
      ["办结时间", formatShanghai(decided, "datetime")],
    ],
    paragraphs: ["您通过“爱山东”政务服务平台申报的上述事项已办结，特此通知。办理结果可在“爱山东”平台或本平台查询。"],
    issuer: ISSUER,
    issuedOn: formatShanghai(decided, "date"),
    seal: true,
  });
  return { fileName: `${spec.applicationNo}-办结通知书.pdf`, mime: "application/pdf", contentBase64: Buffer.from(pdf).toString("base64"), sm3: sm3Hex(pdf) };
}
