/**
 * The approval result file (审批结果文件) pushed with 办结.
 *
 * TODO(result notice certificate): the certificates branch builds lib/documents/official-pdf.ts
 * (Chinese text, the platform's seal and signature). Replace this minimal PDF by its
 * “result notice certificate” when the branches meet; the push, its payload fields and the
 * simulator stay as they are.
 */
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

export function resultNoticeFile(input: { applicationNo: string; serialNo: string; itemCode: string; result: string; decidedAt: string }): ResultFile {
  const pdf = minimalPdf([
    "Result notice (shen pi jie guo tong zhi)",
    `Application no.: ${input.applicationNo}`,
    `Middle-platform serial no.: ${input.serialNo}`,
    `Service item: ${input.itemCode}`,
    `Decided at: ${input.decidedAt}`,
    `Result: ${input.result}`,
  ]);
  return { fileName: `${input.applicationNo}-result.pdf`, mime: "application/pdf", contentBase64: Buffer.from(pdf).toString("base64"), sm3: sm3Hex(pdf) };
}
