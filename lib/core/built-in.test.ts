import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCorePerson, createCoreUnit } from "@/lib/applications/test-fixtures";
import { createRng, generateIdNumber } from "@/lib/identity";
import { BuiltInCoreSystem } from "./built-in";

const core = new BuiltInCoreSystem(db);

describe("B1 built-in core system: a unit's employees (Q5, E6 SB_EMP_QUERY)", () => {
  it("pages by name then id, with the total on every page and past the end, and only the unit's own employees", async () => {
    const unit = await createCoreUnit();
    const other = await createCoreUnit();
    const names = ["王五", "李四", "张三", "李四", "赵六", "钱七", "孙八"];
    const ids: number[] = [];
    for (const name of names) {
      const p = await createCorePerson({ unitId: unit.id });
      await db.corePerson.update({ where: { id: p.id }, data: { name } });
      ids.push(p.id);
    }
    await createCorePerson({ unitId: other.id });
    const expected = await db.corePerson.findMany({ where: { unitId: unit.id }, orderBy: [{ name: "asc" }, { id: "asc" }] });

    const first = await core.listUnitEmployees(unit.id, { page: 1, pageSize: 3 });
    const third = await core.listUnitEmployees(unit.id, { page: 3, pageSize: 3 });
    const past = await core.listUnitEmployees(unit.id, { page: 9, pageSize: 3 });
    expect([first.total, third.total, past.total]).toEqual([7, 7, 7]);
    expect(first.items.map((p) => p.id)).toEqual(expected.slice(0, 3).map((p) => p.id));
    expect(third.items.map((p) => p.id)).toEqual(expected.slice(6).map((p) => p.id));
    expect(past.items).toEqual([]);
    const row = first.items[0]!;
    const stored = expected[0]!;
    expect(row).toEqual({
      id: stored.id, personNo: stored.personNo, idType: stored.idType, idNumber: stored.idNumber, name: stored.name, gender: stored.gender,
      birthDate: stored.birthDate, mobile: stored.mobile, address: stored.address, socialCardNo: stored.socialCardNo, unitId: unit.id, status: stored.status,
    });
    // A search still filters (and counts) what it finds.
    const found = await core.listUnitEmployees(unit.id, { page: 1, pageSize: 10, search: "李四" });
    expect(found.total).toBe(2);
    expect(found.items.every((p) => p.name === "李四")).toBe(true);
  });
});

describe("B1 built-in core system inside the caller's transaction (E6)", () => {
  it("registerEmployee through inTransaction commits and rolls back with the caller's transaction, and answers the personNo", async () => {
    const unit = await createCoreUnit();
    const employee = (idNumber: string) => ({ idNumber, name: "事务测试", gender: "M", birthDate: "1990-01-01", mobile: "13800138000", startMonth: 202611, insuranceTypes: ["110", "210"] as ("110" | "210")[] });
    const kept = generateIdNumber(createRng(randomInt(1, 2 ** 30)), { birthYearRange: [1970, 2000] });
    const dropped = generateIdNumber(createRng(randomInt(1, 2 ** 30)), { birthYearRange: [1970, 2000] });

    const registered = await db.$transaction((tx) => core.inTransaction(tx).registerEmployee(unit.id, employee(kept)));
    const person = await db.corePerson.findFirstOrThrow({ where: { idNumber: kept } });
    expect(registered).toEqual({ personId: person.id, personNo: person.personNo });
    expect(await db.coreRegistration.count({ where: { personId: person.id, unitId: unit.id } })).toBe(2);

    await expect(
      db.$transaction(async (tx) => {
        await core.inTransaction(tx).registerEmployee(unit.id, employee(dropped));
        throw new Error("the caller's transaction fails after the write");
      }),
    ).rejects.toThrow("after the write");
    expect(await db.corePerson.count({ where: { idNumber: dropped } })).toBe(0);
  });
});
