import { describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { GET } from "@/app/api/forms/[code]/route";
import { FORM_TEMPLATES } from "./forms";

const squash = (text: string) => text.replace(/\s+/g, "");

async function download(code: string, variant?: string) {
  const url = `http://localhost/api/forms/${encodeURIComponent(code)}${variant ? `?variant=${variant}` : ""}`;
  return GET(new Request(url), { params: Promise.resolve({ code }) });
}

async function textOf(res: Response): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await res.arrayBuffer())), { mergePages: true });
  return squash(text);
}

describe("form templates and filled samples (K3)", () => {
  it("K3: every form downloads as a blank PDF with its labels, and as a sample filled with every field", async () => {
    expect(FORM_TEMPLATES.length).toBeGreaterThanOrEqual(5);
    for (const form of FORM_TEMPLATES) {
      const blank = await download(form.code, "blank");
      expect(blank.status, form.code).toBe(200);
      expect(blank.headers.get("content-type")).toBe("application/pdf");
      expect(blank.headers.get("content-disposition")).toContain("attachment");
      const blankText = await textOf(blank);
      expect(blankText).toContain(squash(form.title));
      for (const f of form.fields) expect(blankText, `${form.code} ${f.label}`).toContain(squash(f.label));
      expect(blankText).not.toContain(squash(form.fields[0].sample));

      const sampleText = await textOf(await download(form.code, "sample"));
      expect(sampleText).toContain("填写样例");
      for (const f of form.fields) expect(sampleText, `${form.code} ${f.label}`).toContain(squash(f.sample));
    }
  });

  it("K3: the blank form is the default; an unknown form or variant is a 404", async () => {
    expect(await textOf(await download(FORM_TEMPLATES[0].code))).not.toContain("填写样例");
    expect((await download("NO-SUCH-FORM")).status).toBe(404);
    expect((await download(FORM_TEMPLATES[0].code, "filled")).status).toBe(404);
  });
});
