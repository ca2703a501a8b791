import { expect, test, type Page } from "@playwright/test";
import { login, loginAs, logout, SECOND_UNIT_HANDLER } from "./helpers";

const shanghaiDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });

/** Steps 1 and 2 of the booking flow: first centre, the named item, first open day. */
async function openSlotStep(page: Page, itemName: string, newPath = "/person/appointments/new") {
  await page.goto(newPath);
  await page.getByLabel("服务网点").selectOption({ index: 1 });
  await page.getByLabel("服务事项").selectOption({ label: itemName });
  await page.getByRole("button", { name: "下一步：选择日期" }).click();
  await page.locator('section[aria-labelledby="step2"] a[aria-label*="名额"]').first().click();
  await expect(page.getByRole("heading", { name: "第三步：选择时段并确认" })).toBeVisible();
  return page.url();
}

const remainingOf = async (page: Page, startTime: string) => {
  const label = page.locator("label", { has: page.locator(`input[name="startTime"][value="${startTime}"]`) });
  return Number((await label.innerText()).match(/余 (\d+) 个/)?.[1] ?? NaN);
};

test("A1–A5: a person books, sees the booking and its message, cancels, and the seat is free again", async ({ page }) => {
  await loginAs(page, "person");
  const slotUrl = await openSlotStep(page, "参保证明打印");
  const slot = page.locator('input[name="startTime"]:not([disabled])').last();
  const startTime = await slot.getAttribute("value");
  const before = await remainingOf(page, startTime!);
  await slot.check();
  await page.getByRole("button", { name: "确认预约" }).click();

  await expect(page.getByTestId("booking-success")).toBeVisible();
  const bookingNo = (await page.getByTestId("booking-no").innerText()).trim();
  expect(bookingNo).toMatch(/^\S{8,}$/);

  await page.goto(slotUrl);
  expect(await remainingOf(page, startTime!)).toBe(before - 1);

  await page.goto("/person/appointments");
  const row = page.getByRole("row", { name: new RegExp(bookingNo) });
  await expect(row).toContainText("参保证明打印");

  await page.goto("/inbox");
  await expect(page.getByRole("main")).toContainText(bookingNo);
  await expect(page.getByTestId("unread-count")).toBeVisible();

  await page.goto("/person/appointments");
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("row", { name: new RegExp(bookingNo) }).getByRole("button", { name: "取消预约" }).click();
  const cancelled = page.getByRole("row", { name: new RegExp(bookingNo) });
  await expect(cancelled).toContainText("已取消");
  await expect(cancelled.getByRole("button", { name: "取消预约" })).toHaveCount(0);

  await page.goto(slotUrl);
  expect(await remainingOf(page, startTime!)).toBe(before);
});

for (const [label, offset] of [["today", 0], ["day 8", 8]] as const) {
  test(`A1: a booking for ${label} sent straight to the server action is refused`, async ({ page }) => {
    await loginAs(page, "person");
    await openSlotStep(page, "参保证明打印");
    // Tamper with the form as a hand-crafted request would: the server must refuse the date.
    await page.locator('input[type="hidden"][name="date"]').evaluate((el, day) => ((el as HTMLInputElement).value = day), shanghaiDay(offset));
    await page.locator('input[name="startTime"]:not([disabled])').first().check();
    await page.getByRole("button", { name: "确认预约" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "只能预约明天起 7 天内的日期" })).toBeVisible();
    await expect(page.getByTestId("booking-success")).toHaveCount(0);
  });
}

test("U9: a second handler of the unit sees the booking the first handler made and cancels it; a person never sees it", async ({ page }) => {
  await loginAs(page, "unit");
  await openSlotStep(page, "职工参保登记", "/unit/appointments/new");
  await page.locator('input[name="startTime"]:not([disabled])').last().check();
  await page.getByRole("button", { name: "确认预约" }).click();
  await expect(page.getByTestId("booking-success")).toBeVisible();
  const bookingNo = (await page.getByTestId("booking-no").innerText()).trim();
  await logout(page);

  await login(page, SECOND_UNIT_HANDLER.username, SECOND_UNIT_HANDLER.mobile);
  await page.goto("/unit/appointments");
  const row = page.getByRole("row", { name: new RegExp(bookingNo) });
  await expect(row).toContainText("职工参保登记");
  await expect(row).toContainText("刘经办"); // who of the unit booked it
  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "取消预约" }).click();
  await expect(page.getByRole("row", { name: new RegExp(bookingNo) })).toContainText("已取消");
  await logout(page);

  await loginAs(page, "person");
  await page.goto("/person/appointments");
  await expect(page.getByRole("heading", { name: "我的预约" })).toBeVisible();
  expect(await page.content()).not.toContain(bookingNo);
});

test("A6: the staff day view lists the day per window, with the unassigned bookings and counts", async ({ page }) => {
  await loginAs(page, "staff");
  await page.goto("/staff/appointments");
  await expect(page.getByRole("heading", { name: "今日概况" })).toBeVisible();
  await expect(page.getByText(/共 \d+ 个预约：待签到 \d+，已签到 \d+，未到场 \d+。/)).toBeVisible();
  // Every active window of the centre has its own section with its count of check-ins.
  await expect(page.getByRole("heading", { name: /已签到 \d+ 人$/ }).first()).toBeVisible();
  expect(await page.getByRole("heading", { name: /已签到 \d+ 人$/ }).count()).toBeGreaterThan(1);
});

