/**
 * The service-item form (C3), shared by the ADMIN editor and its action. Materials are typed
 * one per line as 名称｜必需/可选｜份数｜备注 and stored as a JSON list.
 */
import { z } from "@/lib/validation/zod";
import { APPLICANT_TYPES, HANDLING_TYPES, type Material } from "./labels";

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
const optionalDays = z.preprocess((v) => (v === "" || v == null ? null : v), z.coerce.number().int().min(1).max(365).nullable());

/** "名称｜必需｜1｜备注" per line (｜ or |); only the name is required. */
export function parseMaterialLines(text: string): { materials: Material[]; error?: string } {
  const materials: Material[] = [];
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  for (const [i, line] of lines.entries()) {
    const [name = "", required = "必需", copies = "1", ...note] = line.split(/[|｜]/).map((p) => p.trim());
    if (name.length < 2) return { materials, error: `第 ${i + 1} 行缺少材料名称` };
    if (!["必需", "可选", ""].includes(required)) return { materials, error: `第 ${i + 1} 行第二项应为“必需”或“可选”` };
    const n = copies === "" ? 1 : Number(copies);
    if (!Number.isInteger(n) || n < 1 || n > 20) return { materials, error: `第 ${i + 1} 行份数应为 1–20 的整数` };
    materials.push({ name, required: required !== "可选", copies: n, note: note.join("｜") });
  }
  return { materials };
}

export function materialLinesOf(materials: readonly Material[]): string {
  return materials.map((m) => [m.name, m.required ? "必需" : "可选", String(m.copies), m.note].join("｜").replace(/｜+$/, "")).join("\n");
}

export const serviceItemSchema = z
  .object({
    code: z.string().trim().min(1).max(20),
    name: z.string().trim().min(2).max(40),
    category: z.string().trim().min(2).max(20),
    description: z.string().trim().min(10).max(500),
    applicantType: z.enum(APPLICANT_TYPES),
    handlingType: z.enum(HANDLING_TYPES),
    promisedDays: optionalDays,
    legalDays: optionalDays,
    materials: z.string().max(4000).transform((text, ctx) => {
      const { materials, error } = parseMaterialLines(text);
      if (error) ctx.addIssue({ code: "custom", message: error });
      return materials;
    }),
    resultDelivery: z.string().trim().min(2).max(200),
    legalBasis: z.string().trim().min(4).max(1000),
    fees: z.string().trim().min(2).max(100),
    serviceHours: z.string().trim().min(2).max(200),
    consultChannel: z.string().trim().min(2).max(200),
    complaintChannel: z.string().trim().min(2).max(200),
    bookable: checkbox,
    published: checkbox,
    sortOrder: z.coerce.number().int().min(0).max(100000),
  })
  .superRefine((v, ctx) => {
    if (v.handlingType === "COMMITMENT" && v.promisedDays == null) {
      ctx.addIssue({ code: "custom", path: ["promisedDays"], message: "承诺办事项须填写承诺时限" });
    }
    if (v.promisedDays != null && v.legalDays != null && v.promisedDays > v.legalDays) {
      ctx.addIssue({ code: "custom", path: ["promisedDays"], message: "承诺时限不能长于法定时限" });
    }
  });
export type ServiceItemInput = z.output<typeof serviceItemSchema>;
