import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { validateCreditCode, validateIdNumber } from "@/lib/identity";
import { generateCoreData } from "./core-data";

describe("core data generator (B2)", () => {
  it("B2: the same seed twice clashes on every first draw, and the second run redraws into new, valid, distinct people", async () => {
    const size = { units: 2, personsPerUnit: 3, fromMonth: 202401, toMonth: 202406, seed: 424242 };
    const before = { units: await db.coreUnit.count(), persons: await db.corePerson.count() };

    const first = await generateCoreData(db, size);
    const second = await generateCoreData(db, size);

    expect(first).toMatchObject({ units: 2, persons: 6 });
    expect(second).toMatchObject({ units: 2, persons: 6 });
    expect(await db.coreUnit.count()).toBe(before.units + 4);
    expect(await db.corePerson.count()).toBe(before.persons + 12);

    const persons = await db.corePerson.findMany({ orderBy: { id: "desc" }, take: 12, select: { idNumber: true, birthDate: true, gender: true } });
    expect(new Set(persons.map((p) => p.idNumber)).size).toBe(12);
    for (const p of persons) {
      expect(validateIdNumber("01", p.idNumber)).toEqual({ ok: true, normalized: p.idNumber });
      expect(p.idNumber.slice(6, 14)).toBe(p.birthDate.replaceAll("-", ""));
      expect(Number(p.idNumber[16]) % 2 === 1 ? "M" : "F").toBe(p.gender);
    }
    const units = await db.coreUnit.findMany({ orderBy: { id: "desc" }, take: 4, select: { creditCode: true } });
    expect(new Set(units.map((u) => u.creditCode)).size).toBe(4);
    for (const u of units) expect(validateCreditCode(u.creditCode).ok).toBe(true);
  });
});
