import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createRng, generateCreditCode } from "@/lib/identity";
import { asUser, createTestUser } from "@/tests/helpers";
import { isUnitBlacklisted, listCreditRatings, listDishonestyListings } from "./credit";
import { addDishonestyListingAction, removeDishonestyListingAction, setCreditRatingAction } from "./actions";

const rng = createRng(Date.now());
const listing = (creditCode: string) => ({ creditCode, unitName: "某某建筑劳务有限公司", reason: "拒不缴纳社会保险费，经责令限期缴纳仍未缴纳", source: "市人社局 人社监〔2026〕12号", listedOn: "2026-11-01" });

describe("dishonesty blacklist (K3)", () => {
  it("K3: a unit is blacklisted from its listing day until it is removed, and the public list follows", async () => {
    const admin = await createTestUser("ADMIN");
    const code = generateCreditCode(rng, "110000");
    const before = new Date("2026-10-31T04:00:00Z");
    const during = new Date("2026-11-20T04:00:00Z");
    const added = await asUser(admin, () => addDishonestyListingAction(listing(code.toLowerCase())));
    expect(added).toMatchObject({ ok: true });
    expect(await isUnitBlacklisted(code, before)).toBe(false);
    expect(await isUnitBlacklisted(code, during)).toBe(true);
    expect((await listDishonestyListings(during)).map((l) => l.creditCode)).toContain(code);
    expect(await asUser(admin, () => addDishonestyListingAction(listing(code)))).toMatchObject({ ok: false, code: "CONFLICT" });

    const id = (await db.dishonestyListing.findFirstOrThrow({ where: { creditCode: code } })).id;
    expect(await asUser(admin, () => removeDishonestyListingAction({ id }))).toMatchObject({ ok: true });
    expect(await isUnitBlacklisted(code, new Date(Date.now() + 86_400_000))).toBe(false);
    expect(await asUser(admin, () => removeDishonestyListingAction({ id }))).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("K3: only an ADMIN keeps the list, and a wrong credit code is refused", async () => {
    const staff = await createTestUser("STAFF");
    const code = generateCreditCode(rng, "110000");
    expect(await asUser(staff, () => addDishonestyListingAction(listing(code)))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const admin = await createTestUser("ADMIN");
    const wrong = code.slice(0, 17) + (code[17] === "0" ? "1" : "0");
    expect(await asUser(admin, () => addDishonestyListingAction(listing(wrong)))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { creditCode: "统一社会信用代码不正确" } });
    expect(await isUnitBlacklisted(code, new Date())).toBe(false);
  });
});

describe("unit credit ratings (K3)", () => {
  const rating = (creditCode: string, grade: string, ratedOn: string) => ({ creditCode, unitName: "青岛某某物流有限公司", rating: grade, ratedOn, source: "青岛市社会保险事业中心" });

  it("K3: an ADMIN publishes a grade, a later rating replaces it, an earlier one is refused, and each change is traced", async () => {
    const admin = await createTestUser("ADMIN");
    const code = generateCreditCode(rng, "370200");
    expect(await asUser(admin, () => setCreditRatingAction(rating(code, "B", "2026-06-30")))).toMatchObject({ ok: true });
    expect((await listCreditRatings()).find((r) => r.creditCode === code)).toMatchObject({ rating: "B", ratedOn: "2026-06-30" });

    expect(await asUser(admin, () => setCreditRatingAction(rating(code, "A", "2026-09-30")))).toMatchObject({ ok: true });
    expect(await db.unitCreditRating.count({ where: { creditCode: code } })).toBe(1);
    expect((await db.unitCreditRating.findUniqueOrThrow({ where: { creditCode: code } })).rating).toBe("A");

    const earlier = await asUser(admin, () => setCreditRatingAction(rating(code, "D", "2026-01-31")));
    expect(earlier).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.unitCreditRating.findUniqueOrThrow({ where: { creditCode: code } })).rating).toBe("A");

    const traces = await db.operationTrace.findMany({ where: { action: "disclosure.set-rating", actorId: admin.id } });
    expect(traces.map((t) => JSON.parse(t.summary).rating).sort()).toEqual(["A", "B"]);
  });

  it("K3: grades are A–D only, not in the future, and only an ADMIN sets them", async () => {
    const admin = await createTestUser("ADMIN");
    const code = generateCreditCode(rng, "370200");
    expect(await asUser(admin, () => setCreditRatingAction(rating(code, "E", "2026-06-30")))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { rating: expect.any(String) } });
    expect(await asUser(admin, () => setCreditRatingAction(rating(code, "A", "2999-01-01")))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { ratedOn: "评定日期不能晚于今天" } });
    const staff = await createTestUser("STAFF");
    expect(await asUser(staff, () => setCreditRatingAction(rating(code, "A", "2026-06-30")))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.unitCreditRating.count({ where: { creditCode: code } })).toBe(0);
  });
});
