import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Sbt@2026demo";

export const DEMO_USERS = {
  person: { username: "zhangsan", mobile: "13800000001", role: "PERSON", home: "/person" },
  unit: { username: "haicheng", mobile: "13800000002", role: "UNIT", home: "/unit" },
  staff: { username: "staff01", mobile: "13800000003", role: "STAFF", home: "/staff" },
  admin: { username: "admin", mobile: "13800000004", role: "ADMIN", home: "/admin" },
} as const;

/** The newest SMS verification code sent to a mobile, read from the dev outbox page. */
export async function latestSmsCode(request: APIRequestContext, mobile: string): Promise<string> {
  const html = await (await request.get("/dev/sms")).text();
  const row = html.split("<tr").find((r) => r.includes(`data-mobile="${mobile}"`) && /验证码/.test(r));
  const code = row?.match(/验证码[^0-9<]*(\d{6})/)?.[1];
  if (!code) throw new Error(`no SMS code in the outbox for ${mobile}`);
  return code;
}

/** Logs in through the real two-step form: password, then the SMS code from the outbox. */
export async function login(page: Page, username: string, mobile: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名 / 证件号码 / 统一社会信用代码").fill(username);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: /下一步/ }).click();
  await expect(page.getByLabel("短信验证码")).toBeVisible();
  await page.getByLabel("短信验证码").fill(await latestSmsCode(page.request, mobile));
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

export async function loginAs(page: Page, who: keyof typeof DEMO_USERS) {
  const user = DEMO_USERS[who];
  await login(page, user.username, user.mobile);
  await expect(page).toHaveURL(new RegExp(`${user.home}$`));
}

export async function logout(page: Page) {
  await page.getByRole("button", { name: "退出" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "登录" })).toBeVisible();
}
