/**
 * Official A4 documents as PDF, rendered on the server (D2), for any domain: a title, lines of
 * fields, paragraphs, a table (paged, its header repeated), and optionally the platform's
 * electronic seal, the issue date and a verification block (anti-forgery code and QR code).
 *
 * The Chinese font is Noto Sans SC (OFL) from the `@expo-google-fonts/noto-sans-sc` npm package,
 * read from node_modules, never looked up on the machine, and embedded as a subset of the glyphs
 * the document uses, made by HarfBuzz (./font-subset.ts) from the font loaded once per process.
 *
 * The seal is drawn with vector operations (red ring, five-pointed star, the issuing unit's name
 * along the upper arc), so no image file is involved.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import zlib from "node:zlib";
import { PDFDocument, rgb, degrees, fill, popGraphicsState, pushGraphicsState, rectangle, setFillingRgbColor, type PDFFont, type PDFOperator, type PDFPage } from "pdf-lib";
import fontkit from "@pdf-lib/fontkit";
import QRCode from "qrcode";
import { subsetFont } from "./font-subset";

export const FONT_FILE = path.join("node_modules", "@expo-google-fonts", "noto-sans-sc", "400Regular", "NotoSansSC_400Regular.ttf");

export interface DocumentTable {
  columns: string[];
  /** Relative column widths; equal when absent. */
  widths?: number[];
  rows: string[][];
}

export interface OfficialDocument {
  title: string;
  /** Small line under the title (e.g. 编号). */
  subtitle?: string;
  /** Label / value pairs shown as a two-column block. */
  fields?: [string, string][];
  paragraphs?: string[];
  table?: DocumentTable;
  /** Paragraphs after the table. */
  closing?: string[];
  /** The issuing body, printed above the date (and around the seal). */
  issuer?: string;
  /** e.g. 2026年11月23日 */
  issuedOn?: string;
  seal?: boolean;
  verification?: { code: string; url: string; note?: string };
  /** PDF metadata */
  author?: string;
}

// A4 in points.
export const A4 = { width: 595.28, height: 841.89 } as const;
const MARGIN = 56;
const RED = rgb(0.8, 0.1, 0.1);
const BLACK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.4, 0.4, 0.4);

/**
 * pdf-lib compresses every stream (the font subset, the page contents) with pako, a JavaScript
 * deflate that took a third of the render time. Node's zlib gives the same zlib format in native
 * code; only the pako instance pdf-lib itself loads is pointed at it.
 */
function deflateNatively() {
  const pako = createRequire(path.join(process.cwd(), "node_modules", "pdf-lib", "package.json"))("pako") as { deflate: (data: Uint8Array) => Uint8Array; nativeDeflate?: true };
  if (pako.nativeDeflate) return;
  pako.deflate = (data: Uint8Array) => new Uint8Array(zlib.deflateSync(data, { level: 3 }));
  pako.nativeDeflate = true;
}

let fontBytes: Uint8Array | undefined;

function readFontBytes(): Uint8Array {
  if (fontBytes) return fontBytes;
  deflateNatively();
  return (fontBytes = fs.readFileSync(path.join(process.cwd(), FONT_FILE)));
}

interface GlyphSource {
  glyphForCodePoint(codePoint: number): unknown;
  layout(text: string): { glyphs: unknown[] };
}

/**
 * pdf-lib's fontkit, with each font's layout replaced by a plain character-to-glyph lookup:
 * Chinese text needs no shaping, pdf-lib reads only the glyphs of a layout, and fontkit's
 * OpenType shaping of every line was most of the render time.
 */
const plainFontkit = {
  create(data: Uint8Array, postscriptName?: string) {
    const font = fontkit.create(data as Buffer, postscriptName) as unknown as GlyphSource;
    font.layout = (text: string) => ({ glyphs: Array.from(text, (ch) => font.glyphForCodePoint(ch.codePointAt(0)!)) });
    return font;
  },
} as unknown as typeof fontkit;

/** Text every document may draw besides its own: labels, page numbers, the seal, ASCII. */
const FIXED_TEXT = `：　防伪码电子证明专用章第页共扫描二维码或访问本平台“证明验证”页面输入防伪码核验真伪${Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("")}`;

function textOf(doc: OfficialDocument): string {
  return [
    doc.title, doc.subtitle, doc.issuer, doc.issuedOn, doc.author,
    ...(doc.fields ?? []).flat(), ...(doc.paragraphs ?? []), ...(doc.closing ?? []),
    ...(doc.table ? [...doc.table.columns, ...doc.table.rows.flat()] : []),
    doc.verification?.code, doc.verification?.note, FIXED_TEXT,
  ].filter(Boolean).join("");
}

class Layout {
  page!: PDFPage;
  y = 0;
  readonly widths = new Map<string, number>();
  constructor(readonly doc: PDFDocument, readonly font: PDFFont) {
    this.newPage();
  }

  newPage() {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.y = A4.height - MARGIN;
  }

  ensure(height: number) {
    if (this.y - height < MARGIN + 20) {
      this.newPage();
      return true;
    }
    return false;
  }

  charWidth(ch: string, size: number): number {
    let w = this.widths.get(ch);
    if (w === undefined) {
      w = this.font.widthOfTextAtSize(ch, 1000);
      this.widths.set(ch, w);
    }
    return (w * size) / 1000;
  }

  width(text: string, size: number): number {
    let sum = 0;
    for (const ch of text) sum += this.charWidth(ch, size);
    return sum;
  }

  /** Breaks text into lines no wider than maxWidth, character by character (Chinese has no spaces). */
  wrap(text: string, size: number, maxWidth: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split("\n")) {
      let line = "";
      let w = 0;
      for (const ch of paragraph) {
        const cw = this.charWidth(ch, size);
        if (w + cw > maxWidth && line) {
          lines.push(line);
          line = "";
          w = 0;
        }
        line += ch;
        w += cw;
      }
      lines.push(line);
    }
    return lines;
  }

  text(text: string, x: number, y: number, size: number, color = BLACK) {
    if (text) this.page.drawText(text, { x, y, size, font: this.font, color });
  }
}

function drawTitle(l: Layout, doc: OfficialDocument) {
  const size = 20;
  l.y -= size;
  l.text(doc.title, (A4.width - l.width(doc.title, size)) / 2, l.y, size);
  l.y -= 12;
  if (doc.subtitle) {
    l.y -= 10;
    l.text(doc.subtitle, (A4.width - l.width(doc.subtitle, 10)) / 2, l.y, 10, GREY);
  }
  l.y -= 18;
}

function drawFields(l: Layout, fields: [string, string][]) {
  const size = 11;
  const labelWidth = 112;
  for (const [label, value] of fields) {
    const lines = l.wrap(value, size, A4.width - 2 * MARGIN - labelWidth);
    l.ensure(lines.length * 17);
    l.text(`${label}：`, MARGIN, l.y - size, size, GREY);
    lines.forEach((line, i) => l.text(line, MARGIN + labelWidth, l.y - size - i * 17, size));
    l.y -= lines.length * 17 + 2;
  }
  l.y -= 8;
}

function drawParagraphs(l: Layout, paragraphs: string[]) {
  const size = 11.5;
  for (const p of paragraphs) {
    const lines = l.wrap(`　　${p}`, size, A4.width - 2 * MARGIN);
    for (const line of lines) {
      l.ensure(19);
      l.text(line, MARGIN, l.y - size, size);
      l.y -= 19;
    }
    l.y -= 4;
  }
  l.y -= 6;
}

function drawTable(l: Layout, table: DocumentTable) {
  const size = 9.5;
  const pad = 4;
  const lineHeight = 13;
  const total = A4.width - 2 * MARGIN;
  const weights = table.widths ?? table.columns.map(() => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w / sum) * total);
  const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const border = { borderColor: GREY, borderWidth: 0.5 } as const;

  const drawRow = (cells: string[], header: boolean) => {
    const wrapped = cells.map((c, i) => l.wrap(c, size, widths[i] - 2 * pad));
    const height = Math.max(...wrapped.map((w) => w.length)) * lineHeight + 2 * pad - 2;
    if (l.ensure(height) && !header) drawRow(table.columns, true);
    wrapped.forEach((lines, i) => {
      l.page.drawRectangle({ x: xs[i], y: l.y - height, width: widths[i], height, ...border, color: header ? rgb(0.93, 0.94, 0.96) : undefined });
      lines.forEach((line, j) => l.text(line, xs[i] + pad, l.y - pad - size - j * lineHeight + 1, size));
    });
    l.y -= height;
  };
  drawRow(table.columns, true);
  for (const row of table.rows) drawRow(row, false);
  l.y -= 14;
}

/** The electronic seal: red ring, star, the unit's name around the upper arc, centred at (cx, cy). */
export function drawSeal(l: { page: PDFPage; font: PDFFont }, name: string, cx: number, cy: number, radius = 52) {
  const { page, font } = l;
  page.drawCircle({ x: cx, y: cy, size: radius, borderColor: RED, borderWidth: 2.6, opacity: 0, borderOpacity: 0.85 });
  // Five-pointed star.
  const outer = radius * 0.3;
  const inner = outer * 0.382;
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(r * Math.cos(a)).toFixed(2)} ${(r * Math.sin(a)).toFixed(2)}`);
  }
  page.drawSvgPath(`M ${points.join(" L ")} Z`, { x: cx, y: cy, color: RED, opacity: 0.85 });
  // The name along the arc from lower left over the top to lower right, upright to the centre.
  const chars = Array.from(name);
  const size = Math.min(13, (radius * 3.6) / Math.max(chars.length, 1));
  const span = Math.min(250, chars.length * 22) * (Math.PI / 180);
  const textRadius = radius - size - 3;
  chars.forEach((ch, i) => {
    const a = Math.PI / 2 + span / 2 - (chars.length === 1 ? span / 2 : (i * span) / (chars.length - 1));
    const x = cx + textRadius * Math.cos(a);
    const y = cy + textRadius * Math.sin(a);
    const rotation = a - Math.PI / 2; // radians; 0 at the top
    const w = font.widthOfTextAtSize(ch, size);
    // Offset so the glyph's centre (not its origin) sits on the arc.
    const ox = (-w / 2) * Math.cos(rotation);
    const oy = (-w / 2) * Math.sin(rotation);
    page.drawText(ch, { x: x + ox, y: y + oy, size, font, color: RED, opacity: 0.85, rotate: degrees((rotation * 180) / Math.PI) });
  });
  const label = "电子证明专用章";
  const lw = font.widthOfTextAtSize(label, 7.5);
  page.drawText(label, { x: cx - lw / 2, y: cy - radius * 0.62, size: 7.5, font, color: RED, opacity: 0.85 });
}

function drawQr(page: PDFPage, url: string, x: number, y: number, size: number) {
  const qr = QRCode.create(url, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const cell = size / n;
  const data = qr.modules.data;
  // One rectangle per run of dark modules in a row, all filled by one operator.
  const ops: PDFOperator[] = [pushGraphicsState(), setFillingRgbColor(0, 0, 0)];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!data[row * n + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && data[row * n + col]) col++;
      ops.push(rectangle(round(x + start * cell), round(y + size - (row + 1) * cell), round((col - start) * cell + 0.05), round(cell + 0.05)));
    }
  }
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}

const round = (v: number) => Math.round(v * 100) / 100;

function drawFooter(l: Layout, doc: OfficialDocument) {
  const blockHeight = doc.verification ? 130 : 90;
  l.ensure(blockHeight);
  const top = l.y;
  const right = A4.width - MARGIN;
  const size = 11;
  if (doc.issuer) l.text(doc.issuer, right - l.width(doc.issuer, size), top - 30, size);
  if (doc.issuedOn) l.text(doc.issuedOn, right - l.width(doc.issuedOn, size), top - 50, size);
  if (doc.seal && doc.issuer) drawSeal(l, doc.issuer, right - 70, top - 40);
  if (doc.verification) {
    const qrSize = 86;
    drawQr(l.page, doc.verification.url, MARGIN, top - qrSize - 4, qrSize);
    const x = MARGIN + qrSize + 10;
    l.text("防伪码", x, top - 20, 9, GREY);
    l.text(doc.verification.code, x, top - 38, 13);
    const note = doc.verification.note ?? "扫描二维码或访问本平台“证明验证”页面输入防伪码核验真伪";
    l.wrap(note, 8.5, 200).forEach((line, i) => l.text(line, x, top - 56 - i * 12, 8.5, GREY));
  }
  l.y = top - blockHeight;
}

/** Renders the document; the first call of a process reads and parses the font (≈ 0.3 s). */
export async function renderOfficialPdf(doc: OfficialDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(plainFontkit);
  pdf.setTitle(doc.title);
  pdf.setAuthor(doc.author ?? doc.issuer ?? "社会保险网上经办服务平台");
  pdf.setCreator("sbt-portal");
  pdf.setProducer("sbt-portal");
  // Subset by HarfBuzz, then embedded whole: pdf-lib's own subsetting loses glyphs of this font.
  const font = await pdf.embedFont(await subsetFont(readFontBytes(), textOf(doc)), { subset: false });
  const l = new Layout(pdf, font);
  drawTitle(l, doc);
  if (doc.fields?.length) drawFields(l, doc.fields);
  if (doc.paragraphs?.length) drawParagraphs(l, doc.paragraphs);
  if (doc.table) drawTable(l, doc.table);
  if (doc.closing?.length) drawParagraphs(l, doc.closing);
  if (doc.issuer || doc.issuedOn || doc.verification) drawFooter(l, doc);
  const pages = pdf.getPages();
  if (pages.length > 1) {
    pages.forEach((p, i) => {
      const label = `第 ${i + 1} 页 共 ${pages.length} 页`;
      p.drawText(label, { x: (A4.width - font.widthOfTextAtSize(label, 8.5)) / 2, y: MARGIN / 2, size: 8.5, font, color: GREY });
    });
  }
  return pdf.save({ useObjectStreams: true });
}
