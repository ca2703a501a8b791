/**
 * 长辈版 and accessibility (W1–W4): the elderly-friendly mode, reading aloud, a journey by
 * keyboard alone, and an axe sweep over every page of every role in both modes.
 */
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, DEV_TOOLS_TOKEN, latestSmsCode, loginAs } from "./helpers";

// 18 pt main text (MIIT 适老化 rules), in CSS pixels: 18 × 96 / 72.
const EIGHTEEN_PT_IN_PX = 24;

async function setMode(context: BrowserContext, baseURL: string | undefined, mode: "elder" | "standard") {
  await context.addCookies([{ name: "sbt-mode", value: mode, url: baseURL ?? "http://localhost:3100" }]);
}

test("W1: a pensioner turns on 长辈版 on the home page; it stays on across pages and login, and 养老金 and 参保证明 are one activation from the simplified home", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-mode", "standard");
  await page.getByRole("banner").getByRole("link", { name: "长辈版" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-mode", "elder");
  expect(new URL(page.url()).search).toBe(""); // remembered, and the address is clean again

  // Large text: main text at least 18 pt, line height at least 1.3.
  const text = await page.getByRole("main").locator("p").first().evaluate((el) => {
    const style = getComputedStyle(el);
    return { size: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) };
  });
  expect(text.size).toBeGreaterThanOrEqual(EIGHTEEN_PT_IN_PX);
  expect(text.lineHeight / text.size).toBeGreaterThanOrEqual(1.3);

  // The simplified home: one column of the services older people use most, targets of at least 60 × 60 px.
  const services = page.getByRole("list", { name: "常用服务" }).getByRole("link");
  await expect(services).toHaveText([/养老金查询/, /资格认证/, /参保证明打印/, /缴费查询/, /预约办事/, /咨询/]);
  for (const box of await services.evaluateAll((links) => links.map((l) => l.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.height).toBeGreaterThanOrEqual(60);
    expect(box.width).toBeGreaterThanOrEqual(60);
  }
  const switchBox = await page.getByTestId("mode-switch").boundingBox();
  expect(switchBox!.height).toBeGreaterThanOrEqual(60);

  // It stays on across pages and across logging in.
  await page.goto("/guide");
  await expect(page.locator("html")).toHaveAttribute("data-mode", "elder");
  await loginAs(page, "person");
  await expect(page.locator("html")).toHaveAttribute("data-mode", "elder");

  // From the simplified home, one activation each.
  await page.goto("/");
  await page.getByRole("link", { name: /养老金查询/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("养老金");
  await page.goto("/");
  await page.getByRole("link", { name: /参保证明打印/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("证明");

  // And back to the standard version from any page.
  await page.getByRole("banner").getByRole("link", { name: "返回标准版" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-mode", "standard");
});

/** Replaces the browser's speech synthesis with a recorder offering the given voices. */
async function stubSpeech(page: Page, voiceLangs: string[]) {
  await page.addInitScript((langs) => {
    const spoken: { text: string; lang: string }[] = [];
    (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    class Utterance {
      text: string;
      lang = "";
      voice: unknown = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
    Object.defineProperty(window, "speechSynthesis", {
      configurable: true,
      value: { speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }), cancel: () => undefined, getVoices: () => langs.map((lang) => ({ lang, name: lang })) },
    });
  }, voiceLangs);
}

const spokenOf = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);

test("W2: 朗读 reads the page's main content in zh-CN, then each focused field's label and error", async ({ page }) => {
  await stubSpeech(page, ["en-US", "zh-CN"]);
  await page.goto("/login");
  await page.getByRole("button", { name: "朗读" }).click();
  await expect(page.getByRole("button", { name: "停止朗读" })).toHaveAttribute("aria-pressed", "true");
  const spoken = await spokenOf(page);
  expect(spoken.length).toBeGreaterThan(0);
  expect(spoken.every((u) => u.lang === "zh-CN")).toBe(true);
  const mainHeading = (await page.getByRole("main").getByRole("heading").first().innerText()).trim();
  expect(spoken.map((u) => u.text).join("")).toContain(mainHeading);

  // A field with an error: its label and the error are read when it takes the focus.
  await page.getByRole("button", { name: "下一步：获取短信验证码" }).click();
  const identifier = page.getByLabel("用户名 / 证件号码 / 统一社会信用代码");
  await expect(identifier).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel(/^密码/).focus();
  await identifier.focus();
  const last = (await spokenOf(page)).map((u) => u.text).join("|");
  expect(last).toContain("用户名 / 证件号码 / 统一社会信用代码");
  const error = await page.locator(`#${await identifier.getAttribute("aria-describedby")}`).last().innerText();
  expect(last).toContain(error.replace(/^⚠\s*/, "").trim());
});

test("W2: without a Chinese voice, 朗读 says so instead of reading", async ({ page }) => {
  await stubSpeech(page, ["en-US", "fr-FR"]);
  await page.goto("/");
  await page.getByRole("button", { name: "朗读" }).click();
  await expect(page.getByRole("banner").getByRole("status")).toContainText("没有可用的中文语音");
  expect(await spokenOf(page)).toEqual([]);
});

/**
 * Presses Tab until the focused element matches `selector` (and `text`, when given), checking at
 * every stop that the focus is visible: an outline of at least 2 px.
 */
async function tabTo(page: Page, selector: string, text?: RegExp, maxStops = 120) {
  for (let i = 0; i <= maxStops; i++) {
    // The element that has the focus now may be the one (a form moves the focus to its next field).
    if (i > 0) await page.keyboard.press("Tab");
    const focused = await page.evaluate(
      ({ selector, source }) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return { match: false, visible: true, name: "body" };
        const style = getComputedStyle(el);
        const visible = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
        const name = (el.getAttribute("aria-label") ?? "") + (el.innerText ?? "") + ((el as HTMLInputElement).labels?.[0]?.innerText ?? "");
        const match = el.matches(selector) && (source === null || new RegExp(source).test(name));
        return { match, visible, name: `${el.tagName} ${name.slice(0, 40)}` };
      },
      { selector, source: text?.source ?? null },
    );
    expect(focused.visible, `focus is visible on ${focused.name}`).toBe(true);
    if (focused.match) return;
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ""}`);
}

test("W3: with the keyboard alone a person logs in with the SMS code, books an appointment and cancels it, the focus visible at every stop", async ({ page }) => {
  const person = DEMO_USERS.person;
  await page.goto("/login");
  // The skip link is the first stop and lands on the main content.
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("跳到主要内容");

  await tabTo(page, "input", /用户名/);
  await page.keyboard.type(person.username);
  await tabTo(page, "input", /密码/);
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByText(/验证码已发送至 \d{3}\*{4}\d{4}/)).toBeVisible();
  await tabTo(page, "input", /短信验证码/, 20);
  await page.keyboard.type(await latestSmsCode(page.request, person.mobile));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/person$/);
  await page.waitForLoadState();

  await page.goto("/person/appointments/new");
  await tabTo(page, "select#centre");
  await page.keyboard.press("ArrowDown");
  await tabTo(page, "select#item");
  for (let i = 0; i < 40; i++) {
    if ((await page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.text)) === "参保证明打印") break;
    await page.keyboard.press("ArrowDown");
  }
  await tabTo(page, "button", /下一步：选择日期/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "第二步：选择日期" })).toBeVisible();
  await page.waitForLoadState();
  await tabTo(page, 'a[aria-label*="名额"]');
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "第三步：选择时段并确认" })).toBeVisible();
  await tabTo(page, 'input[name="startTime"]');
  await page.keyboard.press("Space");
  await tabTo(page, "button", /确认预约/);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("booking-success")).toBeVisible();
  const bookingNo = (await page.getByTestId("booking-no").innerText()).trim();

  await page.goto("/person/appointments");
  await page.waitForLoadState();
  page.once("dialog", (dialog) => void dialog.accept());
  await tabTo(page, "button", /取消预约/, 200);
  // The first 取消预约 button reached must be this booking's: the newest is listed first.
  await expect(page.locator(":focus")).toHaveAccessibleName(/取消预约/);
  const row = page.getByRole("row", { name: new RegExp(bookingNo) });
  await expect(row.locator(":focus")).toHaveCount(1);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("row", { name: new RegExp(bookingNo) })).toContainText("已取消");
});

test("W3: at 200 % text zoom (a 1280 px window is then 640 CSS px wide) pages keep everything without scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 900 });
  await loginAs(page, "person");
  for (const target of ["/", "/guide", "/person", "/person/rights/contributions", "/person/appointments/new", "/consult", "/verify"]) {
    await page.goto(target);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, target).toBeLessThanOrEqual(0);
    await expect(page.getByRole("navigation", { name: "主导航" })).toBeVisible();
  }
});

// ─── W4: axe over every page of every role, in both modes ────────────────────────────────────

type Who = "anonymous" | keyof typeof DEMO_USERS;

/**
 * A page whose address needs an id: taken from the first link `link` matches on page `from`, or
 * where the page is made on the way (a certificate is issued), from where `open` lands.
 */
type Sampled = { pattern: string; suffix?: string } & ({ from: string; link: string } | { open: (page: Page) => Promise<string> });

/**
 * Issues a certificate on a 证明打印 page and returns its page's path. The person's is the
 * contribution record, so that certificates.spec.ts still issues the first 参保证明 itself.
 */
const issueCertificate = (list: string, button: RegExp) => async (page: Page) => {
  await page.goto(list);
  await page.getByRole("button", { name: button }).first().click();
  await page.waitForURL(new RegExp(`${list}/[^/]+$`));
  return new URL(page.url()).pathname;
};

const SWEEP: Record<Who, (string | Sampled)[]> = {
  anonymous: [
    "/", "/agreement", "/forgot-password", "/login", "/register", "/register/person", "/register/unit",
    "/applications", "/appointments", "/consult", "/developer", "/developer/channels", "/developer/channels/apply", "/developer/protocol", "/developer/reference", "/disclosure", "/disclosure/centres",
    "/disclosure/credit", "/disclosure/forms", "/disclosure/policies", "/guide", "/inquiry", "/inquiry/pension-calculator", "/verify",
    "/forbidden", `/dev/sms?token=${DEV_TOOLS_TOKEN}`,
    { pattern: "/guide/[code]", from: "/guide", link: 'main a[href^="/guide/"]' },
  ],
  person: [
    "/person", "/person/applications", "/person/applications/new", "/person/appointments", "/person/appointments/new",
    "/person/consult", "/person/consult/new", "/person/rights", "/person/rights/account", "/person/rights/benefits",
    "/person/rights/contributions", "/person/rights/transfers", "/inbox", "/account", "/account/channels",
    { pattern: "/person/applications/[id]", from: "/person/applications", link: 'main a[href^="/person/applications/"]:not([href$="/new"])' },
    { pattern: "/person/applications/[id]/confirm", from: "/person/applications", link: 'main a[href^="/person/applications/"]:not([href$="/new"])', suffix: "/confirm" },
    { pattern: "/person/consult/[id]", from: "/person/consult", link: 'main a[href^="/person/consult/"]:not([href$="/new"])' },
    "/person/certificates",
    { pattern: "/person/certificates/[id]", open: issueCertificate("/person/certificates", /^开具个人缴费记录/) },
    { pattern: "/person/certificates/[id]/print", open: issueCertificate("/person/certificates", /^开具个人缴费记录/), suffix: "/print" },
  ],
  unit: [
    "/unit", "/unit/applications", "/unit/applications/new", "/unit/appointments", "/unit/appointments/new", "/unit/bills",
    "/unit/consult", "/unit/consult/new", "/unit/employees",
    { pattern: "/unit/applications/[id]", from: "/unit/applications", link: 'main a[href^="/unit/applications/"]:not([href$="/new"])' },
    { pattern: "/unit/applications/[id]/confirm", from: "/unit/applications", link: 'main a[href^="/unit/applications/"]:not([href$="/new"])', suffix: "/confirm" },
    { pattern: "/unit/consult/[id]", from: "/unit/consult", link: 'main a[href^="/unit/consult/"]:not([href$="/new"])' },
    { pattern: "/unit/employees/[personNo]", from: "/unit/employees", link: 'main a[href^="/unit/employees/"]' },
    "/unit/certificates",
    { pattern: "/unit/certificates/[id]", open: issueCertificate("/unit/certificates", /^开具/) },
    { pattern: "/unit/certificates/[id]/print", open: issueCertificate("/unit/certificates", /^开具/), suffix: "/print" },
    "/unit/direct", "/unit/direct/apply", "/unit/direct/calls", "/unit/direct/feedback",
    { pattern: "/unit/direct/applications/[id]", from: "/unit/direct", link: 'main a[href^="/unit/direct/applications/"]' },
  ],
  staff: [
    "/staff", "/staff/applications", "/staff/appointments", "/staff/consult", "/staff/knowledge", "/staff/middle-platform", "/staff/ratings", "/staff/users",
    { pattern: "/staff/applications/[id]", from: "/staff/applications", link: 'main a[href^="/staff/applications/"]' },
    { pattern: "/staff/consult/[id]", from: "/staff/consult", link: 'main a[href^="/staff/consult/"]' },
    "/staff/certificates", "/staff/direct", "/staff/direct/enterprises", "/staff/direct/feedback",
    { pattern: "/staff/direct/applications/[id]", from: "/staff/direct", link: 'main a[href^="/staff/direct/applications/"]' },
    { pattern: "/staff/direct/enterprises/[id]", from: "/staff/direct/enterprises", link: 'main a[href^="/staff/direct/enterprises/"]' },
    "/staff/channels",
    { pattern: "/staff/channels/[id]", from: "/staff/channels", link: 'main a[href^="/staff/channels/"]' },
  ],
  admin: [
    "/admin", "/admin/audit", "/admin/catalogue", "/admin/centres", "/admin/credit", "/admin/indicators", "/admin/notices",
    "/admin/users", "/admin/users/new", "/admin/direct",
    { pattern: "/admin/catalogue/[code]", from: "/admin/catalogue", link: 'main a[href^="/admin/catalogue/"]' },
    { pattern: "/admin/centres/[code]", from: "/admin/centres", link: 'main a[href^="/admin/centres/"]' },
    { pattern: "/admin/users/[id]", from: "/admin/users", link: 'main a[href^="/admin/users/"]:not([href$="/new"])' },
  ],
};

/** Every page route of the app, as a pattern like /person/applications/[id] (route groups dropped). */
function appRoutes(dir = path.resolve("app"), prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === "page.tsx") routes.push(prefix || "/");
    if (entry.isDirectory() && !entry.name.startsWith("_")) {
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      routes.push(...appRoutes(path.join(dir, entry.name), prefix + segment));
    }
  }
  return routes;
}

const patternOf = (entry: string | Sampled) => (typeof entry === "string" ? entry.split("?")[0] : entry.pattern);

test("W4: the sweep below covers every page the app has", () => {
  const swept = new Set(Object.values(SWEEP).flat().map(patternOf));
  expect(appRoutes().filter((route) => !swept.has(route)).sort()).toEqual([]);
});

async function resolve(page: Page, entry: string | Sampled): Promise<string> {
  if (typeof entry === "string") return entry;
  if ("open" in entry) return (await entry.open(page)) + (entry.suffix ?? "");
  await page.goto(entry.from);
  const href = await page.locator(entry.link).first().getAttribute("href", { timeout: 5_000 });
  if (!href) throw new Error(`no sample for ${entry.pattern} on ${entry.from}`);
  return href.split("?")[0] + (entry.suffix ?? "");
}

// The markup does not depend on the database engine, and the sweep is the slowest part of the
// suite: `npm test` on PostgreSQL (the second half of .ci/run) leaves it to the SQLite run.
const sweptElsewhere = (process.env.E2E_DATABASE_URL ?? "").startsWith("postgres");

for (const who of Object.keys(SWEEP) as Who[]) {
  test(`W4: no serious or critical axe finding (WCAG 2.1 AA) on any page of ${who}, in the standard and the elder mode`, async ({ page, context, baseURL }) => {
    test.skip(sweptElsewhere, "swept on SQLite: the pages are the same on PostgreSQL");
    test.setTimeout(300_000);
    if (who !== "anonymous") await loginAs(page, who);
    const paths: string[] = [];
    for (const entry of SWEEP[who]) paths.push(await resolve(page, entry));
    const findings: string[] = [];
    const check = async (tab: Page, mode: string, target: string) => {
      await expect(tab.locator("html")).toHaveAttribute("data-mode", mode);
      const results = await new AxeBuilder({ page: tab }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).options({ resultTypes: ["violations"] }).analyze();
      for (const v of results.violations) {
        if (v.impact === "serious" || v.impact === "critical") findings.push(`${mode} ${target}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
    };
    const sweep = async (tab: Page, target: string) => {
      const response = await tab.goto(target);
      expect(response?.status(), target).toBeLessThan(500);
      await check(tab, "standard", target);
      // 长辈版 is a theme of the same page (W1: one component tree), switched by this attribute.
      await tab.evaluate(() => document.documentElement.setAttribute("data-mode", "elder"));
      await check(tab, "elder", target);
    };
    await setMode(context, baseURL, "standard");
    // The home page alone renders other content in 长辈版, so it is fetched again in that mode —
    // through the context's cookie, so before the other pages are checked.
    const isHome = (target: string) => new URL(target, baseURL).pathname === "/";
    for (const target of paths.filter(isHome)) {
      await page.goto(target);
      await check(page, "standard", target);
      await setMode(context, baseURL, "elder");
      await page.goto(target);
      await check(page, "elder", target);
      await setMode(context, baseURL, "standard");
    }
    // The rest in two tabs at once (axe runs in the browser; the machine has two cores).
    const queue = paths.filter((target) => !isHome(target));
    const tabs = [page, await context.newPage()];
    await Promise.all(tabs.map(async (tab) => {
      for (let target = queue.shift(); target !== undefined; target = queue.shift()) await sweep(tab, target);
    }));
    expect(findings).toEqual([]);
  });
}
