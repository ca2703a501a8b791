import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Sbt@2026demo";

export const DEMO_USERS = {
  person: { username: "zhangsan", mobile: "13800000001", role: "PERSON", home: "/person" },
  unit: { username: "haicheng", mobile: "13800000002", role: "UNIT", home: "/unit" },
  staff: { username: "staff01", mobile: "13800000003", role: "STAFF", home: "/staff" },
  admin: { username: "admin", mobile: "13800000004", role: "ADMIN", home: "/admin" },
} as const;

/** The e2e server's DEV_TOOLS_TOKEN (playwright.config.ts): the dev outbox answers only to it (S1). */
export const DEV_TOOLS_TOKEN = "e2e-only-dev-tools-token";

/** A second insured person (李四, 灵活就业): sees only their own rights data (Q2). */
export const SECOND_PERSON = { username: "lisi", mobile: "13800000006", role: "PERSON", home: "/person" } as const;

/** A second handler of haicheng's unit (U9: the unit's bookings are shared by its handlers). */
export const SECOND_UNIT_HANDLER = { username: "haicheng2", mobile: "13800000005", role: "UNIT", home: "/unit" } as const;

/** The newest SMS verification code sent to a mobile, read from the dev outbox page as the holder reads their phone. */
export async function latestSmsCode(request: APIRequestContext, mobile: string): Promise<string> {
  const html = await (await request.get(`/dev/sms?token=${DEV_TOOLS_TOKEN}`)).text();
  const row = html.split("<tr").find((r) => r.includes(`data-mobile="${mobile}"`) && /验证码/.test(r));
  const code = row?.match(/验证码[^0-9<]*(\d{6})/)?.[1];
  if (!code) throw new Error(`no SMS code in the outbox for ${mobile}`);
  return code;
}

/** Step one of the login form: identifier and password. */
export async function submitPassword(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名 / 证件号码 / 统一社会信用代码").fill(identifier);
  await page.getByLabel(/^密码/).fill(password);
  await page.getByRole("button", { name: "下一步：获取短信验证码" }).click();
}

/** Both steps, up to pressing 登录 (the caller checks where that leads). */
export async function loginWithCode(page: Page, identifier: string, mobile: string, password = DEMO_PASSWORD) {
  await submitPassword(page, identifier, password);
  await expect(page.getByText(/验证码已发送至 \d{3}\*{4}\d{4}/)).toBeVisible();
  await page.getByRole("textbox", { name: "短信验证码" }).fill(await latestSmsCode(page.request, mobile));
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/** Logs in through the real two-step form and waits until the portal has left the login page. */
export async function login(page: Page, identifier: string, mobile: string, password = DEMO_PASSWORD) {
  await loginWithCode(page, identifier, mobile, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

export async function loginAs(page: Page, who: keyof typeof DEMO_USERS) {
  const user = DEMO_USERS[who];
  await login(page, user.username, user.mobile);
  await expect(page).toHaveURL(new RegExp(`${user.home}$`));
}

export async function logout(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "退出" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "登录" })).toBeVisible();
}
