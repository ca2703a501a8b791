import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { asUser, createTestUser } from "@/tests/helpers";
import { CATALOGUE_ITEMS, seedCatalogue } from "@/prisma/seed/catalogue";
import { CENTRES, seedCentres } from "@/prisma/seed/centres";
import { updateServiceItemAction as updateServiceItem } from "./actions";
import { findGuideItem, groupByCategory, listGuideItems, parseMaterials } from "./catalogue";
import { materialLinesOf, parseMaterialLines } from "./schema";

describe("service catalogue", () => {
  it("C2: the seed has at least 15 items with every guide field, and re-seeding changes nothing", async () => {
    expect(CATALOGUE_ITEMS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(CATALOGUE_ITEMS.map((i) => i.code)).size).toBe(CATALOGUE_ITEMS.length);
    for (const name of ["参保证明打印", "个人权益记录查询", "职工参保登记", "单位基本信息变更", "个人基本信息变更", "养老保险关系转移接续申请", "待遇领取资格认证", "境外人员免缴证明", "基本养老金测算", "社保卡申领进度查询", "失业登记", "就业登记", "劳动用工备案", "灵活就业人员参保登记", "退休申请"]) {
      expect(CATALOGUE_ITEMS.map((i) => i.name)).toContain(name);
    }
    for (const item of CATALOGUE_ITEMS) {
      expect(item.legalBasis, item.code).toMatch(/《.+》/);
      if (item.handlingType === "COMMITMENT") expect(item.promisedDays, item.code).toBeGreaterThan(0);
    }
    await seedCatalogue();
    await db.serviceItem.update({ where: { code: "SB-ZM-001" }, data: { fees: "ADMIN 改过" } });
    expect(await seedCatalogue()).toContain("(0 added)");
    expect((await db.serviceItem.findUniqueOrThrow({ where: { code: "SB-ZM-001" } })).fees).toBe("ADMIN 改过");
  });

  it("C1: the guide list filters by applicant and search, grouped by category", async () => {
    await seedCatalogue();
    const forUnits = await listGuideItems({ for: "UNIT" });
    expect(forUnits.every((i) => i.applicantType === "UNIT" || i.applicantType === "BOTH")).toBe(true);
    expect(forUnits.map((i) => i.code)).toContain("SB-ZM-001"); // for both
    expect(forUnits.map((i) => i.code)).not.toContain("JY-DJ-002"); // 失业登记 is personal
    expect((await listGuideItems({ q: "转移" })).map((i) => i.code)).toEqual(["SB-ZY-001"]);
    const seeded = new Set(CATALOGUE_ITEMS.map((i) => i.code)); // other suites add test items to the shared database
    const groups = groupByCategory((await listGuideItems()).filter((i) => seeded.has(i.code)));
    expect(groups.map((g) => g.category)).toEqual(["社会保险登记", "权益查询与证明", "关系转移接续", "社会保险待遇", "就业", "劳动关系"]);
    const guide = await findGuideItem("SB-DY-003");
    expect(guide).toMatchObject({ name: "退休申请", handlingType: "APPOINTMENT", bookable: true });
    expect(parseMaterials(guide!.materials).length).toBeGreaterThan(0);
  });

  it("C3: ADMIN edits an item (validated, traced); other roles are refused", async () => {
    await seedCatalogue();
    const admin = await createTestUser("ADMIN");
    const staff = await createTestUser("STAFF");
    const item = await db.serviceItem.findUniqueOrThrow({ where: { code: "SB-DJ-004" } });
    const form = {
      ...item,
      promisedDays: "",
      legalDays: String(item.legalDays ?? ""),
      sortOrder: String(item.sortOrder),
      materials: materialLinesOf(parseMaterials(item.materials)),
      bookable: "on",
      published: "on",
    };
    expect(await asUser(staff, () => updateServiceItem(form))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const invalid = await asUser(admin, () => updateServiceItem(form));
    expect(invalid).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { promisedDays: "承诺办事项须填写承诺时限" } });

    const saved = await asUser(admin, () => updateServiceItem({ ...form, promisedDays: "2", materials: "营业执照｜必需｜1｜原件\n变更登记表｜可选" }));
    expect(saved).toMatchObject({ ok: true, data: { code: "SB-DJ-004" } });
    const after = await db.serviceItem.findUniqueOrThrow({ where: { code: "SB-DJ-004" } });
    expect(after.promisedDays).toBe(2);
    expect(parseMaterials(after.materials)).toEqual([
      { name: "营业执照", required: true, copies: 1, note: "原件" },
      { name: "变更登记表", required: false, copies: 1, note: "" },
    ]);
    const trace = await db.operationTrace.findFirstOrThrow({ where: { action: "catalogue.update", entityId: String(item.id) }, orderBy: { seq: "desc" } });
    expect(JSON.parse(trace.summary).changed.promisedDays).toEqual({ before: 3, after: 2 });
  });

  it("C3: material lines are checked line by line", () => {
    expect(parseMaterialLines("居民身份证｜必需｜1｜原件\n\n照片|可选|2").materials).toHaveLength(2);
    expect(parseMaterialLines("照片｜也许").error).toBe("第 1 行第二项应为“必需”或“可选”");
    expect(parseMaterialLines("身份证\n照片｜必需｜0").error).toBe("第 2 行份数应为 1–20 的整数");
  });
});

describe("service centres seed", () => {
  it("A2: 3–4 centres with 4–8 windows, some dedicated to appointments; re-seeding adds nothing", async () => {
    expect(CENTRES.length).toBeGreaterThanOrEqual(3);
    for (const c of CENTRES) expect(c.windows.length).toBeGreaterThanOrEqual(4);
    expect(CENTRES.some((c) => c.windows.some((w) => w.appointmentOnly))).toBe(true);
    await seedCentres(new Date("2026-11-23T01:00:00Z"));
    const before = await db.centreWindow.count();
    const closed = await db.centreClosedDay.count();
    expect(await seedCentres(new Date("2026-12-23T01:00:00Z"))).toContain("(0 added)");
    expect(await db.centreWindow.count()).toBe(before);
    expect(await db.centreClosedDay.count()).toBe(closed);
  });
});
