/**
 * Online applications journey (P1–P8, Q1, U9): 即办 approved (a unit registers an employee) and
 * refused with the reason; a
 * 承诺件 with bad uploads refused, a correction requested, corrected and approved; withdrawal
 * before acceptance and its refusal after; a 预约件 pre-examined and booked at a window; and a
 * second person who finds none of the first person's application numbers in any page they
 * can open, RSC payload included, and a 404 for the first person's pages and materials.
 * Needs a fresh e2e database (王五 not yet registered).
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, latestSmsCode, loginAs, loginWithCode } from "./helpers";

// 王五 is in the core system with a mobile on file but has no account (accounts.spec only tries a wrong name for him).
const WANGWU = { name: "王五", idNumber: "370211197809210156", mobile: "13800000012", username: `wangwu${Date.now().toString(36).slice(-5)}` };
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const personNumbers: string[] = []; // zhangsan's application numbers
const unitNumbers: string[] = []; // the unit's application numbers (haicheng)
const urls: string[] = []; // zhangsan's application pages and material downloads

/** A valid resident ID number nobody in the core system has yet (GB 11643 check character). */
function newIdNumber(): string {
  const first17 = `370202199504${String(10 + (Date.now() % 18)).padStart(2, "0")}${String(Date.now() % 1000).padStart(3, "0")}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return first17 + "10X98765432"[sum % 11];
}

async function session(browser: Browser, who: "person" | "staff" | "unit") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, who);
  return page;
}

async function startApplication(page: Page, itemName: string, list = "/person/applications") {
  await page.goto(list);
  await page.getByRole("link", { name: `申报${itemName}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(itemName);
}

async function upload(page: Page, name: string, buffer: Buffer, mimeType = "application/pdf") {
  await page.getByLabel("选择文件").setInputFiles({ name, mimeType, buffer });
  await page.getByRole("button", { name: "上传", exact: true }).click();
}

async function confirmAndSubmit(page: Page) {
  await page.getByRole("link", { name: "核对并提交" }).click();
  await expect(page.getByRole("heading", { name: "风险提示" })).toBeVisible();
  await page.getByRole("button", { name: "确认提交" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请阅读风险提示并勾选确认后再提交" })).toBeVisible();
  await page.getByLabel(/我已阅读上述风险提示/).check();
  await page.getByRole("button", { name: "确认提交" }).click();
  await expect(page.getByText(/申请已提交，申请编号/)).toBeVisible();
  const applicationNo = (await page.getByTestId("application-no").innerText()).trim();
  expect(applicationNo).toMatch(/^SQ\d{14}$/);
  return applicationNo;
}

async function openInQueue(staff: Page, applicationNo: string) {
  await staff.goto("/staff/applications");
  await staff.getByRole("link", { name: applicationNo }).click();
  await expect(staff.getByTestId("application-no")).toHaveText(applicationNo);
}

test.describe.serial("applications", () => {
  test("P3: 即办 — a unit handler registers a new employee at once; an employed person is refused with the reason", async ({ page, browser }) => {
    await loginAs(page, "unit");
    await startApplication(page, "职工参保登记", "/unit/applications");
    await page.getByLabel("职工姓名").fill("孙新员");
    await page.getByLabel("职工身份证号码").fill(newIdNumber());
    await page.getByLabel("职工手机号码").fill("13622223333");
    await page.getByLabel("参保起始年月").fill("2026-11");
    await page.getByRole("button", { name: "保存并核对提交" }).click();
    await expect(page.getByRole("heading", { name: /核对申请/ })).toBeVisible();
    await page.getByLabel(/我已阅读上述风险提示/).check();
    await page.getByRole("button", { name: "确认提交" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("已办结");
    await expect(page.getByTestId("application-result")).toHaveText("职工参保登记已完成");
    unitNumbers.push((await page.getByTestId("application-no").innerText()).trim());

    const zhangsan = await session(browser, "person");
    await startApplication(zhangsan, "灵活就业人员参保登记");
    await zhangsan.getByLabel("从业类型").selectOption("个体工商户");
    await zhangsan.getByLabel("参保起始年月").fill("2026-12");
    await zhangsan.getByLabel("经常居住地址").fill("山东省青岛市市南区香港中路 100 号");
    await zhangsan.getByRole("button", { name: "保存并核对提交" }).click();
    await zhangsan.getByLabel(/我已阅读上述风险提示/).check();
    await zhangsan.getByRole("button", { name: "确认提交" }).click();
    await expect(zhangsan.getByRole("heading", { level: 1 })).toContainText("不予办理");
    await expect(zhangsan.getByTestId("application-result")).toHaveText("您目前在单位参保，不能以灵活就业人员身份登记");
    personNumbers.push((await zhangsan.getByTestId("application-no").innerText()).trim());
    urls.push(new URL(zhangsan.url()).pathname);
  });

  test("P1, P4, P6, P8: bad input is refused keeping the draft; 补正, approval; withdrawal refused after acceptance", async ({ page, browser }) => {
    await loginAs(page, "person");
    await startApplication(page, "个人基本信息变更");
    await page.getByLabel("新联系电话").fill("13712345678");
    await page.getByLabel("变更原因").fill('<img src=x onerror="window.__xss=1">更换号码');
    // Missing required field: a clear message, everything typed stays.
    await page.getByRole("button", { name: "保存并核对提交" }).click();
    await expect(page.getByText("此项为必填项")).toBeVisible();
    await expect(page.getByLabel("新联系电话")).toHaveValue("13712345678");
    await page.getByLabel("新联系地址").fill("山东省青岛市崂山区松岭路 8 号");
    await page.getByRole("button", { name: "保存草稿" }).click();
    await expect(page.getByText("草稿已保存。")).toBeVisible();
    const detailPath = new URL(page.url()).pathname;

    // Wrong type disguised by its extension, then a file over 10 MB: both refused, the draft intact.
    await upload(page, "身份证.pdf", Buffer.from("<html><script>alert(1)</script></html>"));
    await expect(page.getByRole("alert").filter({ hasText: "文件内容不是 PDF、JPG、PNG" })).toBeVisible();
    await upload(page, "big.pdf", Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]));
    await expect(page.getByRole("alert").filter({ hasText: "文件超过 10 MB" })).toBeVisible();
    await expect(page.getByLabel("新联系电话")).toHaveValue("13712345678");
    await upload(page, "身份证.pdf", PDF);
    await expect(page.getByRole("link", { name: "身份证.pdf" })).toBeVisible();
    const materialHref = await page.getByRole("link", { name: "身份证.pdf" }).getAttribute("href");
    urls.push(materialHref!);

    const applicationNo = await confirmAndSubmit(page);
    personNumbers.push(applicationNo);
    urls.push(detailPath, `${detailPath}/confirm`);
    // The script typed in a text field is shown as text and never runs.
    await expect(page.getByText('<img src=x onerror="window.__xss=1">更换号码')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await expect(page.getByText(/承诺办结日期/)).toBeVisible();

    const staff = await session(browser, "staff");
    await openInQueue(staff, applicationNo);
    await staff.getByRole("button", { name: "要求补正" }).click();
    await expect(staff.getByText("提交的信息有误")).toBeVisible(); // the reason is mandatory
    await staff.getByLabel("补正内容").fill("请填写完整的门牌号");
    await staff.getByRole("button", { name: "要求补正" }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toContainText("待补正");

    await page.reload();
    await expect(page.getByRole("alert").filter({ hasText: "请补正：请填写完整的门牌号" })).toBeVisible();
    await page.getByLabel("新联系地址").fill("山东省青岛市崂山区松岭路 8 号 2 单元 301 户");
    await page.getByRole("button", { name: "保存并核对提交" }).click();
    await page.getByLabel(/我已阅读上述风险提示/).check();
    await page.getByRole("button", { name: "确认提交" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("待受理");

    // Staff accepts while the applicant still has the page with the withdraw button open.
    await staff.reload();
    await staff.getByRole("button", { name: "受理", exact: true }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toContainText("已受理");
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "撤回申请" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "不能撤回" })).toContainText("申请已受理，不能撤回");

    await staff.getByRole("button", { name: "审核通过并办结" }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toContainText("已办结");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("已办结");
    await expect(page.getByTestId("application-result")).toHaveText("个人联系信息已更新");
    const timeline = page.getByRole("list", { name: `申请 ${applicationNo} 的办理进度` });
    await expect(timeline).toContainText("需补正材料或信息");
    await expect(timeline).toContainText("市社会保险事业中心");
    await page.goto("/inbox");
    await expect(page.getByRole("main")).toContainText(applicationNo);

    // Withdrawal before acceptance works.
    await startApplication(page, "个人基本信息变更");
    await page.getByLabel("新联系电话").fill("13712340000");
    await page.getByLabel("新联系地址").fill("山东省青岛市市北区辽宁路 1 号");
    await page.getByLabel("变更原因").fill("测试撤回");
    await page.getByRole("button", { name: "保存草稿" }).click();
    await upload(page, "id.pdf", PDF);
    await expect(page.getByRole("link", { name: "id.pdf" })).toBeVisible();
    personNumbers.push(await confirmAndSubmit(page));
    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: "撤回申请" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("已撤回");
  });

  test("P5: 预约件 — pre-examined online, then a window booking tied to the application", async ({ page, browser }) => {
    await loginAs(page, "person");
    await startApplication(page, "退休申请");
    await page.getByLabel("申请退休日期").fill("2027-01-01");
    await page.getByLabel("待遇发放银行账号").fill("6217000012345678");
    await page.getByRole("button", { name: "保存草稿" }).click();
    await upload(page, "id.pdf", PDF);
    await expect(page.getByRole("link", { name: "id.pdf" })).toBeVisible();
    const applicationNo = await confirmAndSubmit(page);
    personNumbers.push(applicationNo);
    const detail = page.url().split("?")[0];

    const staff = await session(browser, "staff");
    await openInQueue(staff, applicationNo);
    await staff.getByLabel("需携带的原件").fill("居民身份证原件、人事档案");
    await staff.getByRole("button", { name: "预审通过" }).click();
    await expect(staff.getByRole("heading", { level: 1 })).toContainText("预审通过");

    await page.goto(detail);
    await expect(page.getByText("居民身份证原件、人事档案", { exact: true })).toBeVisible();
    await page.locator('input[name="startTime"]:not([disabled])').first().check();
    await page.getByRole("button", { name: "预约到窗口核验原件" }).click();
    await expect(page.getByRole("heading", { name: "窗口预约" })).toBeVisible();
    await expect(page.getByRole("list", { name: `申请 ${applicationNo} 的办理进度` })).toContainText("已预约窗口核验原件");
  });

  test("U9: a second person finds none of the first person's application numbers; pages, actions and downloads are 404", async ({ page, browser }) => {
    expect(personNumbers.length).toBeGreaterThanOrEqual(4);
    // 王五 exists in the core system: he registers a portal account first, proving his mobile.
    await page.goto("/register/person");
    await page.getByLabel("姓名").fill(WANGWU.name);
    await page.getByLabel("证件类型").selectOption("01");
    await page.getByLabel("证件号码").fill(WANGWU.idNumber);
    await page.getByLabel("社会保障号码").fill(WANGWU.idNumber);
    await page.getByLabel("手机号码").fill(WANGWU.mobile);
    await page.getByLabel("用户名").fill(WANGWU.username);
    await page.getByLabel(/^密码/).fill(DEMO_PASSWORD);
    await page.getByLabel("确认密码").fill(DEMO_PASSWORD);
    await page.getByLabel(/我已阅读并同意/).check();
    await page.getByRole("button", { name: "下一步：获取短信验证码" }).click();
    // The outbox is read only once the server has answered that the code was sent.
    await expect(page.getByText(/验证码已发送至 \d{3}\*{4}\d{4}/)).toBeVisible();
    await page.getByRole("textbox", { name: "短信验证码" }).fill(await latestSmsCode(page.request, WANGWU.mobile));
    await page.getByRole("button", { name: "完成注册" }).click();
    await expect(page).toHaveURL(/\/login\?notice=registered/);
    await loginWithCode(page, WANGWU.username, WANGWU.mobile);
    await expect(page).toHaveURL(/\/person$/);
    const everyNumber = [...personNumbers, ...unitNumbers];
    for (const path of ["/person", "/person/applications", "/person/applications/new?item=SB-DJ-005", "/person/appointments", "/inbox", "/applications"]) {
      for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
        const body = await (await page.request.get(path, { headers })).text();
        for (const n of everyNumber) expect(body, `${path} ${JSON.stringify(headers)}`).not.toContain(n);
      }
    }
    for (const url of urls) {
      const res = await page.request.get(url);
      expect(res.status(), url).toBe(404);
      const body = await res.text();
      for (const n of everyNumber) expect(body).not.toContain(n);
    }

    // A unit handler sees its unit's applications only, and none of zhangsan's materials.
    const unit = await session(browser, "unit");
    const unitList = await (await unit.request.get("/unit/applications")).text();
    for (const n of unitNumbers) expect(unitList).toContain(n);
    for (const n of personNumbers) expect(unitList).not.toContain(n);
    for (const url of urls.filter((u) => u.startsWith("/api/"))) expect((await unit.request.get(url)).status()).toBe(404);
  });
});
