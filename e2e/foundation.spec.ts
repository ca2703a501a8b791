import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** Collects CSP violations and uncaught errors, so a page that breaks its own policy fails. */
function watchConsole(page: Page) {
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content Security Policy|Refused to/.test(msg.text())) problems.push(msg.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

test("Foundation: the home page renders in Chinese with landmarks, security headers and a CSP it satisfies", async ({ page }) => {
  const problems = watchConsole(page);
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("banner")).toContainText("社会保险网上经办服务平台");
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toContainText("12333");
  // Hydration ran (a client component is interactive) without any CSP violation.
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});

const ENTRIES: { label: string; heading: RegExp }[] = [
  { label: "办事指南", heading: /办事指南/ },
  { label: "网上预约", heading: /预约/ },
  { label: "网上申报", heading: /网上申报/ },
  { label: "网上查询", heading: /网上查询/ },
  { label: "证明验证", heading: /验证/ },
  { label: "咨询投诉", heading: /咨询投诉/ },
];

for (const entry of ENTRIES) {
  test(`C3: ${entry.label} is reachable from the home page within 3 clicks`, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("main").getByRole("link", { name: new RegExp(`^${entry.label}`) }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(entry.heading);
  });
}

test("Foundation: an unknown page answers 404 in Chinese without technical detail", async ({ page }) => {
  const response = await page.goto("/no-such-page-here");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
  const html = await page.content();
  expect(html).not.toMatch(/at \w+ \(|node_modules|Error:/);
});

test("Foundation: /api/health reports the database as reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(body.database.reachable).toBe(true);
  expect(["sqlite", "postgresql"]).toContain(body.database.provider);
});

test("Foundation: the home page fits a 360 px phone without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
});

test("U1: an anonymous visitor sent to a role area lands on the login page", async ({ page }) => {
  for (const area of ["/person", "/unit", "/staff", "/admin"]) {
    await page.goto(area);
    await expect(page).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(area).replace(/\//g, "\\/")}`));
  }
});

test("Foundation: public pages have no serious accessibility violations (axe, WCAG 2 A/AA)", async ({ page }) => {
  for (const path of ["/", "/guide", "/appointments", "/disclosure/centres", "/login", "/register"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});

test("Foundation: the favicon and the header emblem are static files from public/", async ({ page }) => {
  await page.goto("/");
  const icon = page.locator('link[rel="icon"]');
  await expect(icon).toHaveAttribute("href", /\/favicon\.svg/);
  for (const path of ["/favicon.svg", "/images/emblem.svg"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain("image/svg+xml");
  }
  const emblem = page.getByRole("banner").locator("img").first();
  await expect(emblem).toHaveAttribute("alt", "");
  expect(await emblem.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
});
