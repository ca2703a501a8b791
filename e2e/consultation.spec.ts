/**
 * Consultation journey (K1, K2, K4, K5): a person searches the knowledge base, sees a suggested
 * answer, still writes a letter; STAFF answer it and publish an anonymised copy; the person is
 * told in the inbox and rates the answer 2; the rating waits in the STAFF follow-up queue and
 * counts in the ADMIN indicators. A second user then finds the letter's number and text in
 * none of the pages it can open, RSC payloads included.
 */
import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { loginAs, logout } from "./helpers";

// The 8-byte PNG signature and the start of an IHDR chunk: enough for the magic-byte check.
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

test("K1 K2 K4 K5: ask after a suggestion, get an answer and a message, rate it 2; a second user sees none of it", async ({ page }) => {
  const marker = `E2E${Date.now().toString(36).toUpperCase()}`;
  const title = `跨省调动后原来的养老保险要回去转吗 ${marker}`;
  const body = `我在外省缴了六年养老保险，今年调到本市工作（${marker}），需要回原参保地办理转移吗？`;
  const reply = "您好，请在本市参保缴费后向本市经办机构申请转移接续，无需回原参保地。";

  // K2: the intelligent-answer box suggests an article while the question is typed.
  await loginAs(page, "person");
  await page.goto("/consult");
  await page.getByLabel("请输入您的问题").fill("跨省工作调动后养老保险关系");
  await expect(page.getByTestId("suggestions")).toContainText("跨省工作调动后养老保险关系如何转移接续");
  await page.getByRole("link", { name: "仍未解决，写信咨询" }).click();
  await expect(page).toHaveURL(/\/person\/consult\/new$/);

  // K1: the letter, with suggestions following the title as it is typed.
  await page.getByRole("combobox", { name: "信件类型" }).selectOption("CONSULT");
  await page.getByRole("combobox", { name: "业务类别" }).selectOption("TRANSFER");
  await page.getByRole("textbox", { name: "标题" }).fill(title);
  await expect(page.getByTestId("suggestions")).toBeVisible();
  await page.getByRole("textbox", { name: "内容" }).fill(body);
  await page.getByLabel("附件（选填）").setInputFiles({ name: "缴费凭证.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "提交信件" }).click();
  await page.waitForURL(/\/person\/consult\/(?!new)[^/]+$/);
  const letterPath = new URL(page.url()).pathname;
  const letterId = letterPath.split("/").pop()!;
  const ticketNo = (await page.getByTestId("ticket-no").innerText()).trim();
  expect(ticketNo).toMatch(/^XX\d{14}$/);
  await expect(page.getByText(/\d{4}-\d{2}-\d{2} 前/)).toBeVisible(); // the reply deadline
  const attachmentHref = (await page.getByRole("link", { name: "缴费凭证.png" }).getAttribute("href"))!;
  const download = await page.request.get(attachmentHref);
  expect(download.headers()["content-type"]).toBe("image/png");
  expect(Buffer.from(await download.body()).equals(PNG)).toBe(true);
  await logout(page);

  // STAFF answer, then publish an anonymised copy of the question.
  await loginAs(page, "staff");
  await page.goto("/staff/consult");
  await page.getByRole("link", { name: ticketNo }).click();
  expect((await page.request.get(attachmentHref)).status()).toBe(200); // STAFF read the attachment
  await page.getByRole("textbox", { name: "答复内容" }).fill(reply);
  await page.getByRole("button", { name: "答复并办结" }).click();
  await expect(page.getByRole("heading", { name: "公开答复" })).toBeVisible();
  await page.getByRole("textbox", { name: "公开的问题" }).fill("在外省缴了养老保险，调到本市工作后需要回原参保地办理转移吗？");
  await page.getByRole("button", { name: "公开到常见问题" }).click();
  await expect(page.getByText(/已公开到常见问题/)).toBeVisible();
  await logout(page);

  // K4: the person is told; the header counts unread messages and "mark all read" clears them.
  await loginAs(page, "person");
  await expect(page.getByTestId("unread-count")).toBeVisible();
  await page.goto("/inbox");
  const message = page.getByRole("listitem").filter({ hasText: `已答复：${title}` });
  await expect(message).toBeVisible();
  await page.getByRole("button", { name: "全部标为已读" }).click();
  await expect(page.getByTestId("unread-count")).toHaveCount(0);
  await message.getByRole("link", { name: "查看详情" }).click();
  await expect(page).toHaveURL(new RegExp(`${letterPath}$`));
  await expect(page.getByTestId("reply")).toHaveText(reply);

  // K5: a rating of 2.
  await page.getByLabel("2 分 · 不满意").check();
  await page.getByRole("textbox", { name: "评价内容（选填）" }).fill("答复太简单，没有说明办理时限");
  await page.getByRole("button", { name: "提交评价" }).click();
  await expect(page.getByText("您的评价：2 分（不满意）")).toBeVisible();
  await logout(page);

  await loginAs(page, "staff");
  await page.goto("/staff/ratings");
  await expect(page.getByTestId("follow-up").filter({ hasText: ticketNo })).toContainText("2 分");
  await logout(page);

  await loginAs(page, "admin");
  await page.goto("/admin/indicators");
  const row = page.getByRole("row").filter({ hasText: "转移接续" }).first();
  await expect(row).toBeVisible();
  expect(Number((await row.getByRole("cell").nth(5).innerText()).trim())).toBeGreaterThanOrEqual(1); // 评价数
  await logout(page);

  // The published copy is public, without the asker's text.
  await page.goto("/consult");
  await expect(page.getByTestId("faq-list")).toContainText("调到本市工作后需要回原参保地办理转移吗");

  // U9: a second user opens every page it can and finds none of the letter.
  await loginAs(page, "unit");
  expect((await page.request.get(`/unit/consult/${letterId}`)).status()).toBe(404);
  expect((await page.request.get(attachmentHref)).status()).toBe(404);
  // The query is echoed on the search page, so search with the title's words but not its marker.
  const pages = ["/", "/consult", `/consult?q=${encodeURIComponent("跨省调动后原来的养老保险要回去转吗")}`, letterPath, "/unit", "/unit/consult", `/unit/consult/${letterId}`, "/inbox", "/disclosure/policies", `/api/knowledge/suggest?q=${encodeURIComponent(title)}`];
  for (const path of pages) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const html = await (await page.request.get(path, { headers })).text();
      // A page whose own address holds the id echoes it back; that is the request, not a leak.
      const secrets = [ticketNo, marker, "我在外省缴了六年养老保险", ...(path.includes(letterId) ? [] : [letterId])];
      for (const secret of secrets) {
        expect(html, `${path} ${JSON.stringify(headers)} leaks ${secret}`).not.toContain(secret);
      }
    }
  }
  await page.goto("/unit/consult");
  await expect(page.getByRole("heading", { name: "我的咨询投诉" })).toBeVisible();
  expect(await page.content()).not.toContain(ticketNo);
});

test("K1 K3: the public consultation and disclosure pages have no serious accessibility violations, and the blacklist is shown", async ({ page }) => {
  for (const path of ["/consult", "/disclosure", "/disclosure/credit", "/disclosure/policies"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
  await page.goto("/disclosure/credit");
  await expect(page.getByRole("table", { name: "失信名单" })).toContainText("青岛鑫达建筑劳务有限公司");
});
