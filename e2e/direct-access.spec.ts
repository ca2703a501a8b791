import fs from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { DirectClient } from "../lib/direct-connect/client";
import { DEMO_USERS, login, loginAs, logout } from "./helpers";

/** A handler of a second unit (prisma/seed/direct-access.ts): the applicant of this journey. */
const APPLICANT = { username: "haina", mobile: "13800000007" } as const;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

async function loginApplicant(page: Page) {
  await login(page, APPLICANT.username, APPLICANT.mobile);
  await expect(page).toHaveURL(/\/unit$/);
}

test.describe.configure({ mode: "serial" });

let applicationNo = "";
let applicationId = "";
let reqAppCode = "";
let areaCode = "";
let testKey = "";
/** The SM2 private key made in the browser and downloaded: the HR system signs sandbox calls with it. */
let privateKey = "";
const fingerprints: string[] = [];

test("E2–E4: a unit applies, staff returns it, the unit supplements, staff approves, the unit takes its test key once", async ({ page }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  await loginApplicant(page);
  await page.getByRole("navigation", { name: "业务导航" }).getByRole("link", { name: "政企直连" }).click();
  await page.getByRole("link", { name: "申请接入" }).click();

  // Submitted empty: clear Chinese messages, nothing sent.
  await page.getByRole("button", { name: "提交接入申请" }).click();
  await expect(page.getByText("请填写人力资源管理系统名称")).toBeVisible();
  await expect(page.getByText("请至少选择一项服务")).toBeVisible();

  await page.getByLabel("HR 系统名称").fill("海纳人力资源管理系统");
  await page.getByLabel("系统开发商").fill("青岛某软件有限公司");
  await page.getByRole("textbox", { name: "联系人", exact: true }).fill("赵联系");
  await page.getByLabel("联系人手机").fill("13912345678");
  await page.getByLabel("联系人电子邮箱").fill("hr@example.com");
  await page.getByRole("checkbox", { name: /企业职工参保登记/ }).check();
  await page.getByRole("checkbox", { name: /本单位参保职工查询/ }).check();
  // The key pair is made in the browser; the private key is offered as a download only.
  await page.getByRole("button", { name: "在浏览器中生成密钥对" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载私钥文件" }).click();
  const keyFile = await fs.readFile((await (await download).path())!, "utf8");
  privateKey = keyFile.match(/^privateKey=([0-9a-f]{64})$/m)?.[1] ?? "";
  expect(privateKey).toMatch(/^[0-9a-f]{64}$/);
  const publicKey = keyFile.match(/^publicKey=(04[0-9a-f]{128})$/m)?.[1];
  await expect(page.getByLabel(/SM2 公钥/)).toHaveValue(publicKey!);
  await page.getByLabel(/信用承诺书/).setInputFiles({ name: "信用承诺书.pdf", mimeType: "application/pdf", buffer: PDF });
  for (const box of await page.locator('input[name^="declare_"]').all()) await box.check();
  await page.getByRole("button", { name: "提交接入申请" }).click();

  await expect(page).toHaveURL(/\/unit\/direct$/);
  await expect(page.getByText("待审核")).toBeVisible();
  const link = page.getByRole("link", { name: /^ZL\d{14}$/ });
  applicationNo = (await link.textContent())!.trim();
  applicationId = (await link.getAttribute("href"))!.split("/").pop()!;
  await logout(page);

  // Staff: the queue shows it with its 5-working-day due date; returned for supplement.
  await loginAs(page, "staff");
  await page.goto("/staff/direct");
  await page.getByRole("link", { name: applicationNo }).click();
  await page.getByLabel("需补充的内容").fill("信用承诺书未加盖公章，请补充");
  await page.getByRole("button", { name: "退回补充" }).click();
  await expect(page.getByText("退回补充").first()).toBeVisible();
  await logout(page);

  // The unit reads the reason, edits and resubmits (the letter already uploaded is kept).
  await loginApplicant(page);
  await page.goto("/unit/direct");
  await expect(page.getByText("信用承诺书未加盖公章，请补充")).toBeVisible();
  await page.getByRole("link", { name: "修改并重新提交" }).click();
  await expect(page.getByLabel("HR 系统名称")).toHaveValue("海纳人力资源管理系统");
  await page.getByLabel("HR 系统名称").fill("海纳人力资源管理系统 V2");
  for (const box of await page.locator('input[name^="declare_"]').all()) await box.check();
  await page.getByRole("button", { name: "补充后重新提交" }).click();
  await expect(page).toHaveURL(/\/unit\/direct$/);
  await expect(page.getByText("待审核")).toBeVisible();
  await logout(page);

  // Staff approves.
  await loginAs(page, "staff");
  await page.goto(`/staff/direct/applications/${applicationId}`);
  await expect(page.getByText("海纳人力资源管理系统 V2")).toBeVisible();
  await page.getByRole("button", { name: "审核通过" }).click();
  await expect(page.getByRole("link", { name: "查看接入企业" })).toBeVisible();
  await logout(page);

  // The unit sees its system code and takes the test key, once.
  await loginApplicant(page);
  await page.goto("/unit/direct");
  reqAppCode = (await page.getByTestId("req-app-code").textContent())!.trim();
  expect(reqAppCode).toMatch(/^Q\d{9}$/);
  areaCode = (await page.getByTestId("area-code").textContent())!.trim();
  await expect(page.getByText("测试验收（0/2）")).toBeVisible();
  await page.getByRole("button", { name: "领取测试密钥" }).click();
  testKey = (await page.getByTestId("revealed-key").textContent())!.trim();
  expect(testKey).toMatch(/^[0-9a-f]{32}$/);
  await page.getByRole("button", { name: "我已保存" }).click();
  await expect(page.getByText(/已于 .* 领取/)).toBeVisible();
  await expect(page.getByRole("button", { name: "领取测试密钥" })).toHaveCount(0);
  fingerprints.push(...(await page.locator("td.font-mono").allTextContents()).filter((t) => /^[0-9a-f]{16}$/.test(t)));
  expect(fingerprints).toHaveLength(1);
  for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
    expect(await (await page.request.get("/unit/direct", { headers })).text()).not.toContain(testKey);
  }
});

test("E4/E5: the HR system's sandbox calls pass acceptance by themselves, and the unit takes its formal key once", async ({ page, baseURL }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  const { publicKey } = (await (await page.request.get("/api/direct/v1/platform-key")).json()) as { publicKey: string };
  const sandbox = new DirectClient({ baseUrl: baseURL!, environment: "sandbox", reqAppCode, reqAreaCode: areaCode, sm4Key: testKey, privateKey, platformPublicKey: publicKey });
  const registered = await sandbox.call("SB_EMP_REG", {
    bizSerialNo: `HR${Date.now()}`, idType: "01", idNo: "11010519491231002X", name: "张三", mobile: "13800138000",
    hireDate: "2026-11-01", insuranceTypes: ["110", "210", "310", "410", "510"], wageBase: "8000.00",
  });
  expect([registered.httpStatus, registered.signatureValid, registered.result?.code]).toEqual([200, true, "0000"]);
  const listed = await sandbox.call("SB_EMP_QUERY", { page: 1, pageSize: 5 });
  expect([listed.httpStatus, listed.result?.code]).toEqual([200, "0000"]);

  await loginApplicant(page);
  await page.goto("/unit/direct");
  await expect(page.getByText("测试验收（2/2）")).toBeVisible();
  await expect(page.getByText(/测试验收已于 .* 通过/)).toBeVisible();
  await page.getByRole("button", { name: "申领正式密钥" }).click();
  await page.getByRole("button", { name: "领取正式密钥" }).click();
  const formalKey = (await page.getByTestId("revealed-key").textContent())!.trim();
  expect(formalKey).toMatch(/^[0-9a-f]{32}$/);
  expect(formalKey).not.toBe(testKey);
  await page.getByRole("button", { name: "我已保存" }).click();
  await expect(page.getByRole("button", { name: "领取正式密钥" })).toHaveCount(0);
  fingerprints.push(...(await page.locator("td.font-mono").allTextContents()).filter((t) => /^[0-9a-f]{16}$/.test(t) && !fingerprints.includes(t)));
  expect(fingerprints).toHaveLength(2);

  // The formal key works on the formal endpoint at once: the gateway's cached enterprise (SANDBOX
  // a moment ago) is confirmed by its gatewayVersion before a refusal, not after 5 seconds.
  const formal = new DirectClient({ baseUrl: baseURL!, environment: "formal", reqAppCode, reqAreaCode: areaCode, sm4Key: formalKey, privateKey, platformPublicKey: publicKey });
  const first = await formal.send(formal.envelope("AUTH_TOKEN", {}, ""));
  expect([first.httpStatus, first.result?.code]).toEqual([200, "0000"]);
  const own = await formal.call("SB_EMP_QUERY", { page: 1, pageSize: 5 });
  expect([own.httpStatus, own.result?.code]).toEqual([200, "0000"]);
});

test("E5/E7: staff sees only fingerprints, rotates the formal key and later suspends the enterprise", async ({ page }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  await loginAs(page, "staff");
  await page.goto(`/staff/direct/applications/${applicationId}`);
  await page.getByRole("link", { name: "查看接入企业" }).click();
  await expect(page.getByText(fingerprints[0])).toBeVisible();
  for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
    expect(await (await page.request.get(page.url(), { headers })).text()).not.toContain(testKey);
  }
  await page.getByRole("button", { name: "轮换正式密钥" }).click();
  await expect(page.getByText("正式密钥已轮换", { exact: true })).toBeVisible();
  await expect(page.getByText("轮换过渡期").first()).toBeVisible();
  await page.getByLabel("暂停理由").fill("测试期间多次超频调用");
  await page.getByRole("button", { name: "暂停接入" }).click();
  await expect(page.getByTestId("enterprise-status")).toHaveText("已暂停：测试期间多次超频调用");
  await logout(page);

  // The ADMIN's home of direct connection lists the suspended enterprise among what needs attention.
  await loginAs(page, "admin");
  await page.getByRole("link", { name: /政企直连管理/ }).first().click();
  await expect(page).toHaveURL(/\/admin\/direct$/);
  await expect(page.getByRole("link", { name: reqAppCode })).toBeVisible();
  await expect(page.getByRole("heading", { name: /调用统计/ })).toBeVisible();
  await logout(page);

  // The unit sees the suspension and a new test key waiting to be taken.
  await loginApplicant(page);
  await page.goto("/unit/direct");
  await expect(page.getByText("已暂停：测试期间多次超频调用")).toBeVisible();
  await expect(page.getByRole("button", { name: "领取正式密钥" })).toHaveCount(1);
  fingerprints.push(...(await page.locator("td.font-mono").allTextContents()).filter((t) => /^[0-9a-f]{16}$/.test(t) && !fingerprints.includes(t)));
  expect(fingerprints).toHaveLength(3);
});

test("E2–E5 ownership: another unit finds the first unit's code, application number and fingerprints nowhere", async ({ page }) => {
  expect(reqAppCode && applicationNo && fingerprints.length === 3).toBeTruthy();
  await loginAs(page, "unit"); // haicheng: a handler of another unit
  expect(DEMO_USERS.unit.username).not.toBe(APPLICANT.username);
  const secrets = [reqAppCode, applicationNo, applicationId, testKey, privateKey, ...fingerprints];
  for (const path of ["/unit", "/unit/direct", "/unit/direct/apply", "/unit/direct/calls", "/unit/direct/feedback", "/inbox"]) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const body = await (await page.request.get(path, { headers })).text();
      for (const s of secrets) expect(body, `${path} ${JSON.stringify(headers)}`).not.toContain(s);
    }
  }
  for (const url of [`/unit/direct/applications/${applicationId}`, `/api/direct-access/letters/${applicationId}`]) {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(404);
    // The 404 page carries the requested URL (and so the id) in its router state; nothing else.
    const body = await res.text();
    for (const s of secrets.filter((x) => x !== applicationId)) expect(body, url).not.toContain(s);
  }
});
