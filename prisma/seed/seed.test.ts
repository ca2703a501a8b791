import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { validateIdNumber } from "@/lib/identity/id-number";
import { validateCreditCode } from "@/lib/identity/credit-code";
import { verifyPassword } from "@/lib/auth/password";
import { DEMO_SEED_STEPS, seedDemo } from "./demo";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PERSON, DEMO_UNIT } from "./demo-identities";

async function tableCounts() {
  return {
    units: await db.coreUnit.count(),
    persons: await db.corePerson.count(),
    contributions: await db.coreContribution.count(),
    users: await db.user.count(),
    calendar: await db.calendarDay.count(),
    knowledge: await db.knowledgeArticle.count(),
    letters: await db.consultation.count(),
    blacklist: await db.dishonestyListing.count(),
  };
}

describe("demo seed", () => {
  it("B2: the demo seed is repeatable: a second run changes nothing", async () => {
    await seedDemo(() => {});
    const first = await tableCounts();
    expect(first.contributions).toBeGreaterThan(10_000);
    expect(first.knowledge).toBeGreaterThanOrEqual(40); // K2: at least 40 seeded questions
    await seedDemo(() => {});
    expect(await tableCounts()).toEqual(first);
    expect(DEMO_SEED_STEPS.map((s) => s.name)).toContain("accounts");
  });

  it("B2: every seeded ID number and credit code validates", async () => {
    const persons = await db.corePerson.findMany({ select: { idType: true, idNumber: true, birthDate: true, gender: true } });
    expect(persons.length).toBeGreaterThan(40);
    for (const p of persons) {
      expect(validateIdNumber(p.idType, p.idNumber)).toEqual({ ok: true, normalized: p.idNumber });
      expect(p.idNumber.slice(6, 14)).toBe(p.birthDate.replaceAll("-", ""));
      expect(Number(p.idNumber[16]) % 2 === 1 ? "M" : "F").toBe(p.gender);
    }
    for (const u of await db.coreUnit.findMany({ select: { creditCode: true } })) {
      expect(validateCreditCode(u.creditCode)).toEqual({ ok: true, normalized: u.creditCode });
    }
  });

  it("B2: contributions are consistent: personal pension part is 8 % of the base and unit bills add up", async () => {
    const sample = await db.coreContribution.findMany({ where: { insuranceType: "110" }, take: 500 });
    for (const c of sample) expect(c.personalFen).toBe(Math.round(c.baseFen * 0.08));
    const unit = await db.coreUnit.findUniqueOrThrow({ where: { creditCode: DEMO_UNIT.creditCode } });
    const bill = await db.coreUnitBill.findFirstOrThrow({ where: { unitId: unit.id, insuranceType: "110", yearMonth: 202601 } });
    const sum = await db.coreContribution.aggregate({ where: { unitId: unit.id, insuranceType: "110", yearMonth: 202601 }, _sum: { unitFen: true }, _count: true });
    expect(bill.unitFen).toBe(sum._sum.unitFen);
    expect(bill.headcount).toBe(sum._count);
  });

  it("U1: the demo accounts of every role exist, bound to their core records, with the printed password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { username: account.username } });
      expect(user.role).toBe(account.role);
      expect(await verifyPassword(DEMO_PASSWORD, user.passwordHash)).toBe(true);
    }
    const person = await db.user.findUniqueOrThrow({ where: { username: "zhangsan" } });
    const core = await db.corePerson.findUniqueOrThrow({ where: { id: person.corePersonId! } });
    expect(core.idNumber).toBe(DEMO_PERSON.idNumber);
    expect(core.name).toBe(DEMO_PERSON.name);
  });

  it("U9: the demo unit has two handlers, both acting for the same core unit", async () => {
    const unit = await db.coreUnit.findUniqueOrThrow({ where: { creditCode: DEMO_UNIT.creditCode } });
    const handlers = await db.user.findMany({ where: { username: { in: ["haicheng", "haicheng2"] } }, select: { role: true, coreUnitId: true } });
    expect(handlers).toEqual([
      { role: "UNIT", coreUnitId: unit.id },
      { role: "UNIT", coreUnitId: unit.id },
    ]);
  });

  it("E2: the demo has a handler of a second unit (haina) for the direct-connect ownership checks", async () => {
    const unit = await db.coreUnit.findUniqueOrThrow({ where: { creditCode: DEMO_UNIT.creditCode } });
    const haina = await db.user.findUniqueOrThrow({ where: { username: "haina" } });
    expect(haina.role).toBe("UNIT");
    expect(haina.coreUnitId).not.toBeNull();
    expect(haina.coreUnitId).not.toBe(unit.id);
    expect(await verifyPassword(DEMO_PASSWORD, haina.passwordHash)).toBe(true);
  });
});
