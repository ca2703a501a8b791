import { expect, test, type Page } from "@playwright/test";
import { DEMO_PERSON } from "../prisma/seed/demo-identities";
import { DEMO_USERS, loginAs } from "./helpers";

// Issue 13: public pages come from the page cache (rendered once, for nobody) under the same
// nonce-based CSP as every other page; the signed-in state is filled in by the browser.

const PUBLIC = ["/", "/guide", "/guide?for=UNIT", "/applications", "/appointments", "/inquiry", "/disclosure", "/disclosure/credit", "/developer", "/developer/reference", "/verify"];

/** CSP violations as the page reports them (event) and as Chromium logs them (console). */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const logged: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/.test(msg.text())) logged.push(msg.text());
  });
  page.on("pageerror", (error) => logged.push(error.message));
  return async () => [...logged, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

const nonceOf = (csp: string | undefined) => /script-src 'self' 'nonce-([A-Za-z0-9+/=]{16,})' 'strict-dynamic'/.exec(csp ?? "")?.[1];

test("issue 13: public pages are served from the cache with a fresh nonce, load without CSP violations, and hydrate", async ({ page }) => {
  const violations = await watchCsp(page);
  for (const path of PUBLIC) {
    await page.goto(path); // the first visit may render; the second must come from the cache
    const response = await page.goto(path);
    const headers = response!.headers();
    expect(headers["x-portal-cache"], path).toMatch(/^(hit|stale)$/);
    const nonce = nonceOf(headers["content-security-policy"]);
    expect(nonce, path).toBeTruthy();
    expect(headers["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // Every script carries this response's nonce; the page hydrated (the header's account menu is a client component).
    const scriptNonces = await page.locator("script").evaluateAll((els) => els.map((el) => (el as HTMLScriptElement).nonce));
    expect(scriptNonces.length, path).toBeGreaterThan(0);
    expect(new Set(scriptNonces), path).toEqual(new Set([nonce]));
    await expect(page.getByRole("banner").getByRole("link", { name: "登录" })).toBeVisible();
  }
  // Two answers from the cache never share a nonce.
  const [a, b] = [await page.request.get("/guide"), await page.request.get("/guide")];
  expect(nonceOf(a.headers()["content-security-policy"])).not.toBe(nonceOf(b.headers()["content-security-policy"]));
  expect(await violations()).toEqual([]);
});

test("issue 13: a signed-in person sees their name on a cached page, and the cached HTML holds none of their data", async ({ page }) => {
  const violations = await watchCsp(page);
  await loginAs(page, "person");
  for (const path of ["/", "/guide"]) {
    const response = await page.goto(path);
    expect(response!.headers()["x-portal-cache"], path).toMatch(/^(hit|stale|miss)$/);
    await expect(page.getByRole("banner").getByRole("link", { name: `参保人：${DEMO_PERSON.name}` })).toBeVisible();
  }
  await page.goto("/");
  await expect(page.getByRole("main").getByRole("link", { name: "进入个人办事" })).toBeVisible();
  // The bytes the server sent with this person's cookie, RSC payload included.
  for (const path of PUBLIC) {
    const html = await (await page.request.get(path)).text();
    for (const secret of [DEMO_PERSON.name, DEMO_PERSON.idNumber, DEMO_PERSON.mobile, DEMO_USERS.person.username]) {
      expect(html.includes(secret), `${path} contains ${secret}`).toBe(false);
    }
  }
  // A page rendered per request still knows the person on the server.
  await page.goto("/person");
  await expect(page.getByRole("banner").getByRole("link", { name: `参保人：${DEMO_PERSON.name}` })).toBeVisible();
  expect(await violations()).toEqual([]);
});
