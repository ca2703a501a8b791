/**
 * Accounts journey (U2, U3, U4, U5, U6, U7, S5): a person registers with the SMS code sent to
 * the mobile the core system holds, logs in with the SMS code read from /dev/sms, logs out (and
 * the old session cookie no longer works); a mismatched registration, or one without a mobile on
 * file, is refused and keeps what was typed; a unit handler registers with the code sent to a
 * mobile on file for the unit; five wrong passwords lock the account, the right one is then
 * refused with the unlock time, and staff01 unlocks it; the administrator unbinds and rebinds
 * the account.
 * Needs a database where 李娜 and 青岛蓝湾 are not registered yet (a fresh e2e database).
 */
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, latestSmsCode, loginWithCode, logout, submitPassword } from "./helpers";

const LINA = { name: "李娜", idNumber: "370203199003080427", mobile: "13800000011" };
const WANGWU = { idNumber: "370211197809210156", mobile: "13800000012" };
const ZHAOMIN = { name: "赵敏", idNumber: "370212199305170280" }; // no mobile on file in the core system
const LANWAN = { name: "青岛蓝湾信息技术有限公司", creditCode: "91370212MA3D5R7N1F", legalRepName: "韩蓝湾", handlerMobileOnFile: "13953200012" };
const STAFF = { username: "staff01", mobile: "13800000003" };
const ADMIN = { username: "admin", mobile: "13800000004" };
const linaUsername = `lina${Date.now().toString(36).slice(-6)}`;

/** Step one of the person registration form, up to asking for the code. */
async function fillPersonRegistration(page: Page, person: { name: string; idNumber: string; mobile: string; username: string }) {
  await page.getByLabel("姓名").fill(person.name);
  await page.getByLabel("证件类型").selectOption("01");
  await page.getByLabel("证件号码").fill(person.idNumber);
  await page.getByLabel("社会保障号码").fill(person.idNumber);
  await page.getByLabel("手机号码").fill(person.mobile);
  await page.getByLabel("用户名").fill(person.username);
  await page.getByLabel(/^密码/).fill(DEMO_PASSWORD);
  await page.getByLabel("确认密码").fill(DEMO_PASSWORD);
  await page.getByLabel(/我已阅读并同意/).check();
  await page.getByRole("button", { name: "下一步：获取短信验证码" }).click();
}

test.describe.serial("accounts", () => {
  test("U2 U5 S5: a person registers with the code sent to the mobile on file, logs in with the SMS code and logs out; the old session is dead", async ({ page, context }) => {
    await page.goto("/register");
    await page.getByRole("link", { name: /个人注册/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("个人注册");
    await fillPersonRegistration(page, { ...LINA, username: linaUsername });
    // No account yet: the code went to the mobile on file, and only the code creates it.
    await expect(page.getByText("验证码已发送至 138****0011")).toBeVisible();
    await page.getByRole("textbox", { name: "短信验证码" }).fill(await latestSmsCode(page.request, LINA.mobile));
    await page.getByRole("button", { name: "完成注册" }).click();
    await expect(page).toHaveURL(/\/login\?notice=registered/);
    await expect(page.getByText("注册成功，请使用新账户登录。")).toBeVisible();

    await loginWithCode(page, linaUsername, LINA.mobile);
    await expect(page).toHaveURL(/\/person$/);
    await expect(page.getByRole("banner")).toContainText(`参保人：${LINA.name}`);

    // Logged in, the home page leads to the person's own service home instead of to login.
    await page.goto("/");
    await expect(page.getByRole("link", { name: "进入个人办事" })).toHaveAttribute("href", "/person");
    await expect(page.getByRole("link", { name: "登录办事" })).toHaveCount(0);

    // The account page shows this login in the history.
    await page.goto("/account");
    await expect(page.getByRole("heading", { name: "最近登录记录" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "登录成功" }).first()).toBeVisible();

    const cookies = await context.cookies();
    await logout(page);
    // Logout ended the session on the server: the old cookie no longer opens the person area.
    await context.addCookies(cookies);
    await page.goto("/person");
    await expect(page).toHaveURL(/\/login\?next=%2Fperson/);
  });

  test("U2 S5: a registration whose name does not match is refused and keeps every typed value", async ({ page }) => {
    await page.goto("/register/person");
    await fillPersonRegistration(page, { name: "王六", idNumber: WANGWU.idNumber, mobile: WANGWU.mobile, username: "wangliu2026" });
    await expect(page.getByText(/实名核验未通过/)).toBeVisible();
    await expect(page).toHaveURL(/\/register\/person$/);
    await expect(page.getByLabel("姓名")).toHaveValue("王六");
    await expect(page.getByLabel("证件号码")).toHaveValue(WANGWU.idNumber);
    await expect(page.getByLabel("手机号码")).toHaveValue(WANGWU.mobile);
    await expect(page.getByLabel("用户名")).toHaveValue("wangliu2026");
    await expect(page.getByLabel(/我已阅读并同意/)).toBeChecked();
    await expect(page.getByRole("textbox", { name: "短信验证码" })).toHaveCount(0);
  });

  test("S5: a person with no mobile on file is pointed to a service window or 12333, and no code is sent", async ({ page }) => {
    await page.goto("/register/person");
    await fillPersonRegistration(page, { ...ZHAOMIN, mobile: "13800000013", username: "zhaomin2026" });
    const refusal = page.getByText(/实名核验未通过/);
    await expect(refusal).toContainText("服务窗口");
    await expect(refusal).toContainText("12333");
    await expect(page.getByLabel("手机号码")).toHaveValue("13800000013");
    await expect(latestSmsCode(page.request, "13800000013")).rejects.toThrow(/no SMS code/);
  });

  test("U3 S5: a unit handler registers with the code sent to a mobile the core system holds for the unit", async ({ page }) => {
    const handlerUsername = `lanwan${Date.now().toString(36).slice(-6)}`;
    await page.goto("/register/unit");
    await page.getByLabel("单位名称").fill(LANWAN.name);
    await page.getByLabel("统一社会信用代码").fill(LANWAN.creditCode);
    await page.getByLabel("法定代表人姓名").fill(LANWAN.legalRepName);
    await page.getByLabel("法定代表人联系电话").fill("13700009999");
    await page.getByLabel("经办人姓名").fill("孙海燕");
    await page.getByLabel("经办人手机号码").fill("13700008888");
    await page.getByLabel("用户名").fill(handlerUsername);
    await page.getByLabel(/^密码/).fill(DEMO_PASSWORD);
    await page.getByLabel("确认密码").fill(DEMO_PASSWORD);
    await page.getByLabel(/我已阅读并同意/).check();
    await page.getByRole("button", { name: "下一步：核验单位信息" }).click();

    // The mobiles on file are offered masked; the typed numbers are not among them.
    await expect(page.getByText("单位信息核验通过")).toBeVisible();
    await page.getByRole("radio", { name: /单位经办人 .* 139\*{4}0012/ }).check();
    await expect(page.getByRole("radio", { name: /法定代表人 .* 139\*{4}0002/ })).toBeVisible();
    await page.getByRole("button", { name: "获取短信验证码" }).click();
    await expect(page.getByText("验证码已发送至单位经办人手机 139****0012")).toBeVisible();
    for (const typed of ["13700008888", "13700009999"]) await expect(latestSmsCode(page.request, typed)).rejects.toThrow(/no SMS code/);

    await page.getByRole("textbox", { name: "短信验证码" }).fill(await latestSmsCode(page.request, LANWAN.handlerMobileOnFile));
    await page.getByRole("button", { name: "完成注册" }).click();
    await expect(page).toHaveURL(/\/login\?notice=registered/);
  });

  test("U2: field errors show next to the fields and the values stay", async ({ page }) => {
    await page.goto("/register/person");
    await page.getByLabel("姓名").fill("李娜");
    await page.getByLabel("证件号码").fill("370203199003080428");
    await page.getByRole("button", { name: "下一步：获取短信验证码" }).click();
    const idInput = page.getByLabel("证件号码");
    await expect(idInput).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("证件号码校验位不正确")).toBeVisible();
    await expect(page.getByText("请阅读并同意《网上服务协议》")).toBeVisible();
    await expect(idInput).toHaveValue("370203199003080428");
    await expect(page.getByLabel("姓名")).toHaveValue("李娜");
  });

  test("U6: five wrong passwords lock the account, the right one is refused with the unlock time, staff01 unlocks it", async ({ page }) => {
    for (let i = 1; i <= 4; i++) {
      await submitPassword(page, linaUsername, `Wrong${i}pass`);
      await expect(page.getByText("用户名或密码错误")).toBeVisible();
    }
    await submitPassword(page, linaUsername, "Wrong5pass");
    await expect(page.getByText(/已被锁定/)).toBeVisible();

    await submitPassword(page, linaUsername, DEMO_PASSWORD);
    await expect(page.getByText(/账户因连续5次密码错误已被锁定，请于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）后再试/)).toBeVisible();
    await expect(page.getByText(/验证码已发送至/)).toBeHidden();

    await loginWithCode(page, STAFF.username, STAFF.mobile);
    await expect(page).toHaveURL(/\/staff$/);
    await page.goto("/staff/users");
    const row = page.getByRole("row").filter({ hasText: linaUsername });
    await expect(row).toContainText("锁定至");
    page.once("dialog", (dialog) => dialog.accept());
    await row.getByRole("button", { name: "解锁" }).click();
    await expect(page.getByText(`已为 ${linaUsername}（${LINA.name}）解锁`)).toBeVisible();
    await logout(page);

    await loginWithCode(page, linaUsername, LINA.mobile);
    await expect(page).toHaveURL(/\/person$/);
  });

  test("U8 U7: the administrator finds the user with masked data, and the audit page verifies the trace chain", async ({ page }) => {
    await loginWithCode(page, ADMIN.username, ADMIN.mobile);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto(`/admin/users?q=${linaUsername}`);
    const row = page.getByRole("row").filter({ hasText: linaUsername });
    await expect(row).toContainText("3702**********0427");
    await expect(row).toContainText("138****0011");
    expect(await page.content()).not.toContain(LINA.idNumber);
    await row.getByRole("link", { name: linaUsername }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`用户详情：${linaUsername}`);
    await expect(page.getByText("连续密码错误")).toBeVisible();

    await page.goto("/admin/audit");
    await expect(page.getByText(/校验通过：共 \d+ 条留痕记录/)).toBeVisible();
    await expect(page.getByRole("cell", { name: "account.unlock" }).first()).toBeVisible();
    await page.getByRole("link", { name: "登录日志" }).click();
    await expect(page.getByRole("cell", { name: linaUsername }).first()).toBeVisible();
  });

  test("U8: the administrator unbinds the account and its session ends; a wrong person is refused keeping the typed values; the right one binds it again", async ({ page, browser }) => {
    // 李娜 is logged in elsewhere while her account is unbound.
    const linaContext = await browser.newContext();
    const lina = await linaContext.newPage();
    await loginWithCode(lina, linaUsername, LINA.mobile);
    await expect(lina).toHaveURL(/\/person$/);

    await loginWithCode(page, ADMIN.username, ADMIN.mobile);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto(`/admin/users?q=${linaUsername}`);
    await page.getByRole("row").filter({ hasText: linaUsername }).getByRole("link", { name: linaUsername }).click();
    const binding = page.getByRole("region", { name: "绑定关系" });
    await expect(binding).toContainText("该账户已绑定核心系统中的参保人员");
    await expect(binding).toContainText("3702**********0427");

    await binding.getByLabel("解除原因").fill("误绑定他人信息，本人持证申请更正");
    await binding.getByRole("button", { name: "解除绑定" }).click();
    await expect(binding.getByText("绑定已解除，该用户的登录已全部退出，并已发送站内消息通知")).toBeVisible();
    await expect(binding).toContainText("该账户当前未绑定参保人员");

    // Her session ended on the server at once.
    await lina.goto("/person");
    await expect(lina).toHaveURL(/\/login\?next=%2Fperson/);
    await linaContext.close();

    await binding.getByLabel("证件号码").fill(LINA.idNumber);
    await binding.getByLabel("姓名").fill("李四");
    await binding.getByRole("button", { name: "核验并绑定" }).click();
    await expect(binding.getByText(/实名核验未通过/)).toBeVisible();
    await expect(binding.getByLabel("证件号码")).toHaveValue(LINA.idNumber);
    await expect(binding.getByLabel("姓名")).toHaveValue("李四");

    await binding.getByLabel("姓名").fill(LINA.name);
    await binding.getByRole("button", { name: "核验并绑定" }).click();
    await expect(binding.getByText("已绑定参保人员，并已发送站内消息通知")).toBeVisible();
    await expect(binding).toContainText("该账户已绑定核心系统中的参保人员");
    await logout(page);

    // Both changes reached her inbox.
    await loginWithCode(page, linaUsername, LINA.mobile);
    await expect(page).toHaveURL(/\/person$/);
    await page.goto("/inbox");
    await expect(page.getByText("您的账户绑定已解除")).toBeVisible();
    await expect(page.getByText("您的账户已绑定参保人员信息")).toBeVisible();
  });
});
