/**
 * Platform security in the browser (S1, S2): the demo banner on every page; the SMS outbox
 * answers 404 without the printed link, opens with it and then by its cookie, and opens for a
 * logged-in administrator; a client-sent X-Forwarded-For does not become the logged address.
 */
import { expect, test } from "@playwright/test";
import { DEV_TOOLS_TOKEN, loginAs, submitPassword } from "./helpers";

test("S1: the demo banner is on every page, and /dev/sms needs the printed link", async ({ page }) => {
  for (const path of ["/", "/login", "/guide"]) {
    await page.goto(path);
    await expect(page.getByRole("note")).toHaveText("演示环境：短信验证码可在 /dev/sms 查看");
  }
  expect((await page.goto("/dev/sms"))?.status()).toBe(404);
  expect((await page.goto("/dev/sms?token=not-the-token"))?.status()).toBe(404);
  expect((await page.goto(`/dev/sms?token=${DEV_TOOLS_TOKEN}`))?.status()).toBe(200);
  await expect(page.getByTestId("sms-outbox")).toBeVisible();
  // The link set a cookie: the plain address works in this browser from now on.
  expect((await page.goto("/dev/sms"))?.status()).toBe(200);
});

test("S1: a logged-in administrator opens /dev/sms without the link", async ({ page }) => {
  await loginAs(page, "admin");
  expect((await page.goto("/dev/sms"))?.status()).toBe(200);
  await expect(page.getByTestId("sms-outbox")).toBeVisible();
});

test("S2: a forged X-Forwarded-For is not the address the login log records", async ({ browser, page }) => {
  const forged = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "6.6.6.6", "X-Portal-Client-IP": "7.7.7.7" } });
  const attacker = await forged.newPage();
  await submitPassword(attacker, "haicheng", "Wrong1abc");
  await expect(attacker.getByText("用户名或密码错误")).toBeVisible();
  await forged.close();

  await loginAs(page, "admin");
  await page.goto("/admin/audit?tab=logins&q=haicheng");
  const newest = page.locator("tbody tr").first();
  await expect(newest).toContainText("密码错误");
  await expect(newest.locator("td").nth(4)).toHaveText(/^(127\.0\.\*\.\*|::1)$/);
});
