/**
 * 服务事项目录与办事指南 (C1, C3; LD/T 01 §3.2, §5.6.2): reads for the public guide pages and
 * the ADMIN editor.
 */
import { db } from "@/lib/db";
import type { Material } from "./labels";

export type ApplicantFilter = "PERSON" | "UNIT";

/** Published items for the guide list: for one kind of applicant (items for both included) and matching a search. */
export function listGuideItems(filter: { for?: ApplicantFilter; q?: string } = {}) {
  const q = filter.q?.trim().slice(0, 40);
  return db.serviceItem.findMany({
    where: {
      published: true,
      ...(filter.for ? { applicantType: { in: [filter.for, "BOTH"] } } : {}),
      ...(q ? { OR: [{ name: { contains: q } }, { code: { contains: q.toUpperCase() } }, { description: { contains: q } }, { category: { contains: q } }] } : {}),
    },
    select: { id: true, code: true, name: true, category: true, description: true, applicantType: true, handlingType: true, promisedDays: true, bookable: true, sortOrder: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
}

/** Groups items by category, keeping the first-seen order of categories. */
export function groupByCategory<T extends { category: string }>(items: readonly T[]): { category: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
  return [...groups].map(([category, list]) => ({ category, items: list }));
}

export function findGuideItem(code: string) {
  return db.serviceItem.findFirst({ where: { code, published: true } });
}

/** The materials column holds a JSON list; anything unreadable shows as no materials rather than failing the page. */
export function parseMaterials(json: string): Material[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.flatMap((m) =>
      m && typeof m === "object" && typeof m.name === "string"
        ? [{ name: m.name, required: m.required !== false, copies: Number.isInteger(m.copies) && m.copies > 0 ? m.copies : 1, note: typeof m.note === "string" ? m.note : "" }]
        : [],
    );
  } catch {
    return [];
  }
}

/** ADMIN: every item, published or not. */
export function listAllItems() {
  return db.serviceItem.findMany({ orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });
}

export function findItemForEdit(code: string) {
  return db.serviceItem.findUnique({ where: { code } });
}
