import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { coreSystem } from "@/lib/core";
import { createCoreUnit, createPersonApplicant } from "@/lib/applications/test-fixtures";
import { createTestUser } from "@/tests/helpers";
import { noticeMonthOf, sendContributionNotices } from "./contribution-notices";

// 10 December 2026, 09:00 in Shanghai: the notices are about November 2026.
const TENTH = new Date("2026-12-10T01:00:00Z");
const contribution = (personId: number, status: string, insuranceType = "110") => ({
  personId, insuranceType, yearMonth: 202611, baseFen: 800_000, unitFen: 128_000, personalFen: 64_000, status,
});

describe("contribution notices (K4, CONTRIBUTION)", () => {
  it("K4: the notices are about the previous month, across a new year too", () => {
    expect(noticeMonthOf(TENTH)).toBe(202611);
    expect(noticeMonthOf(new Date("2027-01-10T01:00:00Z"))).toBe(202612);
  });

  it("K4: a person in arrears and a unit handler are told once; a person who paid is not", async () => {
    const owing = await createPersonApplicant();
    const paid = await createPersonApplicant();
    await db.coreContribution.createMany({
      data: [contribution(owing.person.id, "ARREARS", "110"), contribution(owing.person.id, "ARREARS", "210"), contribution(owing.person.id, "PAID", "310"), contribution(paid.person.id, "PAID")],
    });
    const unit = await createCoreUnit();
    await db.coreUnitBill.createMany({
      data: [
        { unitId: unit.id, yearMonth: 202611, insuranceType: "110", headcount: 12, baseFen: 9_600_000, unitFen: 1_536_000, personalFen: 768_000, status: "PAID" },
        { unitId: unit.id, yearMonth: 202611, insuranceType: "210", headcount: 12, baseFen: 9_600_000, unitFen: 48_000, personalFen: 48_000, status: "UNPAID" },
      ],
    });
    const handler = await createTestUser("UNIT", { coreUnitId: unit.id });

    const first = await sendContributionNotices(TENTH);
    expect(first.month).toBe(202611);
    const toOwing = await db.message.findMany({ where: { userId: owing.user.id } });
    expect(toOwing).toHaveLength(1);
    expect(toOwing[0]).toMatchObject({ category: "CONTRIBUTION", title: "2026年11月社会保险费欠缴提醒", link: "/person/rights/contributions?year=2026" });
    expect(toOwing[0].body).toContain("企业职工基本养老保险、失业保险");
    expect(toOwing[0].body).toContain("1,280.00"); // two insurance types' personal parts of 640.00 yuan
    expect(await db.message.count({ where: { userId: paid.user.id } })).toBe(0);
    const toUnit = await db.message.findMany({ where: { userId: handler.id } });
    expect(toUnit).toHaveLength(1);
    expect(toUnit[0]).toMatchObject({ category: "CONTRIBUTION", title: "2026年11月单位社会保险费未缴清", link: "/unit/bills" });
    expect(toUnit[0].body).toContain("24,000.00"); // 15,360 + 7,680 + 480 + 480 yuan
    expect(toUnit[0].body).toContain("失业保险尚未缴纳");

    // The job runs again (a retry, another instance): nobody is told twice.
    expect((await sendContributionNotices(new Date(TENTH.getTime() + 60_000))).sent).toBe(0);
    expect(await db.message.count({ where: { userId: { in: [owing.user.id, handler.id] } } })).toBe(2);
  });

  it("K4: a batch of users costs two core-system calls, and each person hears only of their own arrears of that month", async () => {
    const people = await Promise.all(Array.from({ length: 5 }, () => createPersonApplicant()));
    await db.coreContribution.createMany({
      data: [
        contribution(people[0].person.id, "ARREARS"),
        { ...contribution(people[1].person.id, "ARREARS"), yearMonth: 202610 }, // another month
        contribution(people[2].person.id, "PAID"),
      ],
    });
    const core = coreSystem();
    const arrears = vi.spyOn(core, "listMonthArrears");
    const bills = vi.spyOn(core, "listMonthUnitBills");
    const perPerson = vi.spyOn(core, "listContributions");
    try {
      await sendContributionNotices(new Date("2026-12-10T02:00:00Z"));
      expect(perPerson).not.toHaveBeenCalled();
      // One batch (200 users) is enough for this database: one call of each kind.
      expect(arrears.mock.calls.length).toBe(bills.mock.calls.length);
      expect(arrears.mock.calls.length).toBeLessThanOrEqual(Math.ceil((await db.user.count()) / 200) + 1);
    } finally {
      vi.restoreAllMocks();
    }
    expect(await db.message.count({ where: { userId: people[0].user.id, category: "CONTRIBUTION" } })).toBe(1);
    for (const p of people.slice(1)) expect(await db.message.count({ where: { userId: p.user.id, category: "CONTRIBUTION" } })).toBe(0);
  });
});
