/**
 * Inquiry journey (Q2–Q4): zhangsan reads his rights pages (one year of contributions at a
 * time, filters, the CSV export); lisi, a second person, finds none of zhangsan's identifiers
 * in the HTML or RSC payload of any inquiry page, whatever ids she puts in the URL; haicheng
 * reads the unit's bills and employees and gets 404 for a person of no concern to the unit;
 * anyone uses the pension calculator.
 */
import { expect, test, type Page } from "@playwright/test";
import { SECOND_PERSON, login, loginAs } from "./helpers";

const PERSON_PAGES = ["/person/rights", "/person/rights/contributions", "/person/rights/contributions?year=2024&type=all", "/person/rights/account", "/person/rights/transfers", "/person/rights/benefits"];
const EMPLOYER = "青岛海澄精密机械有限公司";
const ZHANGSAN_ID = "370202198506150318";

const zhangsan = { personNo: "", base2024: "" };
let lisiPersonNo = "";

const ddAfter = (page: Page, term: string) => page.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]");

/** The page's HTML and its RSC payload, as the browser would receive them. */
async function htmlAndRsc(page: Page, path: string): Promise<string> {
  const html = await (await page.request.get(path)).text();
  const rsc = await (await page.request.get(path, { headers: { RSC: "1" } })).text();
  return html + rsc;
}

test.describe.serial("inquiry", () => {
  test("Q2 Q5: a person reads the overview, one year of contributions with filters, the account, and exports the history", async ({ page }) => {
    await loginAs(page, "person");
    await page.getByRole("navigation").getByRole("link", { name: "权益查询" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("权益查询");
    zhangsan.personNo = (await ddAfter(page, "个人编号").textContent())!.trim();
    expect(zhangsan.personNo).toMatch(/^P\d{11}$/);
    await expect(page.getByRole("table", { name: "各险种参保登记" })).toContainText(EMPLOYER);
    await expect(page.getByRole("img", { name: /养老保险月平均缴费基数/ })).toBeVisible();

    await page.getByRole("link", { name: "缴费明细", exact: true }).click();
    await page.getByLabel("年度").selectOption("2024");
    await page.getByLabel("险种").selectOption("全部险种");
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(/year=2024&type=all/);
    const rows = page.getByRole("table", { name: "2024 年逐月缴费明细" }).locator("tbody tr");
    await expect(rows).toHaveCount(12 * 5);
    await page.getByLabel("险种").selectOption("110");
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(/year=2024&type=110/);
    await expect(rows).toHaveCount(12);
    for (const cell of await rows.locator("td:nth-child(2)").allTextContents()) expect(cell).toBe("企业职工基本养老保险");
    zhangsan.base2024 = (await rows.first().locator("td:nth-child(3)").textContent())!.trim();
    expect(zhangsan.base2024).toMatch(/^\d{1,3}(,\d{3})*\.\d{2}$/);
    await expect(page.getByRole("heading", { name: "2024 年合计（企业职工基本养老保险）" })).toBeVisible();
    await expect(ddAfter(page, "缴费月数")).toHaveText("12 个月");
    // The filters stay selected after the search.
    await expect(page.getByLabel("年度")).toHaveValue("2024");
    await expect(page.getByLabel("险种")).toHaveValue("110");

    const csv = await page.request.get("/person/rights/contributions/export");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const body = await csv.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString("utf8").slice(1);
    expect(text.startsWith("费款所属期,险种,缴费基数（元）,单位缴纳（元）,个人缴纳（元）,缴费状态\r\n")).toBe(true);
    expect(text).toContain(`2024-01,企业职工基本养老保险,${zhangsan.base2024.replaceAll(",", "")},`);

    await page.getByRole("link", { name: "个人账户", exact: true }).click();
    await expect(page.getByRole("img", { name: /个人账户年末储存额/ })).toBeVisible();
    await page.getByRole("link", { name: "转移接续", exact: true }).click();
    await expect(page.getByRole("table", { name: "转移接续记录" })).toContainText("上海市徐汇区");
  });

  test("Q2 U9: a second person finds none of the first person's identifiers on any inquiry page, whatever the URL says", async ({ page }) => {
    expect(zhangsan.personNo).not.toBe("");
    await login(page, SECOND_PERSON.username, SECOND_PERSON.mobile);
    await page.goto("/person/rights");
    lisiPersonNo = (await ddAfter(page, "个人编号").textContent())!.trim();
    expect(lisiPersonNo).not.toBe(zhangsan.personNo);
    for (const path of PERSON_PAGES) {
      const content = await htmlAndRsc(page, path);
      expect(content, path).toContain("李四"); // her own page, not a login or error page
      for (const secret of [zhangsan.personNo, zhangsan.base2024, EMPLOYER, ZHANGSAN_ID]) expect(content.includes(secret), `${path} shows ${secret}`).toBe(false);
    }
    // Ids put in the URL change nothing (the page echoes its own URL, so the number itself is not looked for).
    for (const query of [`personNo=${zhangsan.personNo}`, "personId=1", `id=${zhangsan.personNo}`]) {
      const overview = await htmlAndRsc(page, `/person/rights?${query}`);
      expect(overview).toContain(lisiPersonNo);
      const year = await htmlAndRsc(page, `/person/rights/contributions?year=2024&${query}`);
      for (const secret of [zhangsan.base2024, EMPLOYER, ZHANGSAN_ID]) expect(overview.includes(secret) || year.includes(secret), `${query} shows ${secret}`).toBe(false);
    }
    const csv = (await (await page.request.get("/person/rights/contributions/export")).body()).toString("utf8");
    expect(csv).not.toContain(zhangsan.base2024.replaceAll(",", ""));
    // The unit pages are not a person's: the role check sends her away.
    await page.goto(`/unit/employees/${zhangsan.personNo}`);
    await expect(page).toHaveURL(/\/forbidden/);
  });

  test("Q3: a unit handler reads the monthly bills and finds an employee by the tail of the ID number; anyone else is 404", async ({ page }) => {
    await loginAs(page, "unit");
    await page.getByRole("navigation").getByRole("link", { name: "单位缴费" }).first().click();
    await expect(ddAfter(page, "单位名称")).toHaveText(EMPLOYER);
    await page.getByLabel("年度", { exact: true }).selectOption("2024");
    await page.getByRole("button", { name: "查询" }).click();
    const months = page.getByRole("table", { name: "月度缴费核定" }).locator("tbody tr");
    await expect(months).toHaveCount(12);
    await months.getByRole("link", { name: "2024-03" }).click();
    await expect(page.getByRole("heading", { name: "2024-03 分险种明细" })).toBeVisible();
    await expect(page.getByRole("table", { name: "分险种缴费核定" }).locator("tbody tr")).toHaveCount(5);

    await page.goto("/unit/employees");
    await page.getByLabel("姓名或证件号码后几位").fill(ZHANGSAN_ID.slice(-6));
    await page.getByRole("button", { name: "查询" }).click();
    const found = page.getByRole("table", { name: "参保职工" }).locator("tbody tr");
    await expect(found).toHaveCount(1);
    await expect(found).toContainText("张三");
    await found.getByRole("link", { name: zhangsan.personNo }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("职工参保信息：张三");

    // 李四 works for no unit: her person number, however it was learnt, is not found here.
    const response = await page.goto(`/unit/employees/${lisiPersonNo}`);
    expect(response?.status()).toBe(404);
    const content = await htmlAndRsc(page, `/unit/employees/${lisiPersonNo}`);
    expect(content).not.toContain("李四");
  });

  test("Q4: anyone computes a pension; the formula and each figure are shown, bad input keeps what was typed", async ({ page }) => {
    await page.goto("/inquiry");
    await page.getByRole("link", { name: "开始测算" }).click();
    await page.getByLabel("当前年龄（周岁）").fill("45");
    await page.getByLabel("退休年龄（周岁）").fill("60");
    await page.getByLabel(/当地上年度在岗职工月平均工资/).fill("10000");
    await page.getByLabel("本人平均缴费指数").fill("1.2");
    await page.getByLabel("累计缴费年限（年）").fill("30");
    await page.getByLabel(/个人账户储存额/).fill("200000");
    await page.getByRole("button", { name: "测算" }).click();
    // 10,000 × 2.2 ÷ 2 × 30 × 1 % = 3,300.00; 200,000 ÷ 139 = 1,438.85
    await expect(page.getByRole("heading", { name: "测算结果：每月约 4,738.85 元" })).toBeVisible();
    const steps = page.getByRole("region", { name: /测算结果/ }).getByRole("listitem");
    await expect(steps.filter({ hasText: /^基础养老金/ })).toContainText("= 11,000.00 元 × 30 × 1% = 3,300.00 元");
    await expect(steps.filter({ hasText: /^个人账户养老金/ })).toContainText("= 200,000.00 元 ÷ 139 = 1,438.85 元");

    await page.getByLabel("本人平均缴费指数").fill("5");
    await page.getByRole("button", { name: "测算" }).click();
    await expect(page.getByText("平均缴费指数应在 0.6 到 3 之间", { exact: false })).toBeVisible();
    await expect(page.getByLabel("本人平均缴费指数")).toHaveValue("5");
    await expect(page.getByLabel("累计缴费年限（年）")).toHaveValue("30");
    await expect(page.getByRole("heading", { name: /测算结果/ })).toHaveCount(0);
  });
});
