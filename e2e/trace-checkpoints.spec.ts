/**
 * Trace checkpoints journey (S6): the administrator sees the signed-checkpoint section of the
 * audit page and downloads the checkpoints as a JSON file carrying the platform public key; the
 * download shows up in the trace. Other roles get 403 for the file.
 */
import { expect, test } from "@playwright/test";
import { loginAs } from "./helpers";

test("S6: the administrator downloads the signed checkpoints, and the download is traced", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto("/admin/audit");
  await expect(page.getByText(/校验通过：共 \d+ 条留痕记录/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "签名检查点" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载全部签名检查点（JSON）" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^trace-checkpoints-\d{8}\.json$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const file = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  expect(file.publicKey).toMatch(/^04[0-9a-f]{128}$/);
  expect(Array.isArray(file.checkpoints)).toBe(true);

  await page.reload();
  await expect(page.getByRole("cell", { name: "trace.checkpoints.download" }).first()).toBeVisible();
});

test("S6: a staff member is refused the checkpoint file", async ({ page }) => {
  await loginAs(page, "staff");
  const response = await page.request.get("/admin/audit/checkpoints");
  expect(response.status()).toBe(403);
  expect(await response.text()).not.toContain("checkpoints");
});
