import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import fontkit from "@pdf-lib/fontkit";
import { extractText, getDocumentProxy } from "unpdf";
import { FONT_FILE, renderOfficialPdf } from "./official-pdf";
import { subsetFont } from "./font-subset";

describe("D2 official PDF documents with an embedded Chinese font subset", () => {
  it("D2: the subset keeps a drawable glyph for every character of the text, and is small", async () => {
    const font = new Uint8Array(fs.readFileSync(path.join(process.cwd(), FONT_FILE)));
    const text = "社会保险个人参保证明兹证明张三欧阳小锋缴费记录青岛市0123456789ABCXYZ年月日（）";
    const subset = await subsetFont(font, text);
    expect(subset.length).toBeLessThan(font.length / 50);
    const parsed = fontkit.create(Buffer.from(subset)) as unknown as { glyphForCodePoint(cp: number): { id: number; path: { commands: unknown[] } } };
    for (const ch of text) {
      const glyph = parsed.glyphForCodePoint(ch.codePointAt(0)!);
      expect(glyph.id, ch).toBeGreaterThan(0);
      expect(glyph.path.commands.length, ch).toBeGreaterThan(0);
    }
  });

  it("D2: a long table runs over pages with page numbers; every row is in the text", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`第${i + 1}行`, "企业职工基本养老保险", `${1000 + i}.00`]);
    const bytes = await renderOfficialPdf({ title: "办事表格模板", paragraphs: ["请按下表填写。"], table: { columns: ["序号", "险种", "金额（元）"], rows }, issuer: "青岛市社会保险事业中心", issuedOn: "2026年11月23日" });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    expect(pdf.numPages).toBeGreaterThan(2);
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain("第120行");
    expect(text).toContain(`第 1 页 共 ${pdf.numPages} 页`);
    expect(bytes.length).toBeLessThan(300 * 1024);
  });
});
