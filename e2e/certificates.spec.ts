/**
 * Certificates anyone can verify (D1–D5): 张三 issues and downloads his insurance certificate
 * (a real PDF with his name and the anti-forgery code as text), a visitor verifies it at /verify
 * (masked summary only), staff revoke it, and /verify then says revoked. 李四 finds the code in
 * none of the pages he can open, RSC payloads included, and gets 404 for the certificate's page,
 * download and print view.
 */
import { expect, test, type Browser } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { SECOND_PERSON, login, loginAs } from "./helpers";

test.describe.configure({ mode: "serial" });

let certificateId = "";
let code = "";
let idNumber = "";

async function anonymousPage(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

test("D1–D5: a person downloads an insurance certificate, anyone verifies it, staff revoke it", async ({ page, browser }) => {
  await loginAs(page, "person");
  await page.getByRole("navigation").getByRole("link", { name: "证明打印" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "证明打印" })).toBeVisible();
  await page.getByRole("button", { name: "开具个人参保证明" }).click();
  await page.waitForURL(/\/person\/certificates\/\w+\?issued=1$/);
  await expect(page.getByText("证明已开具。")).toBeVisible();
  certificateId = new URL(page.url()).pathname.split("/").at(-1)!;
  code = (await page.getByTestId("certificate-code").textContent())!.trim();
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);

  // The PDF: a real document, with the name and the code as text.
  const pdf = await page.request.get(`/api/certificates/${certificateId}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = new Uint8Array(await pdf.body());
  expect(bytes.length).toBeLessThan(300 * 1024);
  const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
  expect(text).toContain("张三");
  expect(text).toContain(code);
  expect(text).toContain("参保证明");
  idNumber = text.match(/\d{17}[\dX]/)![0];

  // D5: issuing again with the same data gives the same certificate.
  await page.goto("/person/certificates");
  await page.getByRole("button", { name: "开具个人参保证明" }).click();
  await page.waitForURL(/\?same=1$/);
  await expect(page.getByText("这是同一份证明")).toBeVisible();
  await expect(page.getByTestId("certificate-code")).toHaveText(code);

  // D4: the print view of the same certificate.
  await page.getByRole("main").getByRole("link", { name: "打印", exact: true }).click();
  await expect(page.getByRole("article", { name: /参保证明/ })).toContainText(code);
  await expect(page.getByRole("button", { name: "打印证明" })).toBeVisible();

  // D3: a visitor types the code at /verify.
  const visitor = await anonymousPage(browser);
  await visitor.goto("/verify");
  await visitor.getByLabel("防伪码").fill(code.toLowerCase());
  await visitor.getByRole("button", { name: "验证" }).click();
  await expect(visitor.getByTestId("verify-verdict")).toHaveText("证明真实有效");
  await expect(visitor.getByTestId("verify-holder")).toHaveText("张*");
  await expect(visitor.getByTestId("verify-holder-id")).toHaveText(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
  await expect(visitor.getByText("SM2 签名有效")).toBeVisible();
  await expect(visitor.getByTestId("platform-public-key")).toHaveText(/^04[0-9a-f]{128}$/);
  expect(await visitor.content()).not.toContain(idNumber);
  // A wrong code: the same answer whatever part is wrong.
  await visitor.goto(`/verify?code=${code.slice(0, -1)}${code.endsWith("Z") ? "Y" : "Z"}`);
  await expect(visitor.getByTestId("verify-verdict")).toHaveText("未找到与该防伪码相符的证明，请核对后重新输入。");

  // D5: staff revoke it with a reason.
  const staff = await anonymousPage(browser);
  await loginAs(staff, "staff");
  await staff.goto(`/staff/certificates?code=${code}`);
  await staff.getByLabel("作废原因").fill("参保信息登记有误，需重新开具");
  await staff.getByRole("button", { name: "作废此证明" }).click();
  await expect(staff.getByTestId("certificate-status")).toContainText("已作废");

  await visitor.goto(`/verify?code=${code}`);
  await expect(visitor.getByTestId("verify-verdict")).toHaveText("证明已作废");
  await expect(visitor.getByText("参保信息登记有误，需重新开具")).toBeVisible();
  expect(await visitor.content()).not.toContain(idNumber);
});

test("U9: a second person finds the first person's code nowhere, and his certificate is a 404 everywhere", async ({ page }) => {
  expect(code).not.toBe("");
  await login(page, SECOND_PERSON.username, SECOND_PERSON.mobile);
  for (const path of ["/person", "/person/certificates", "/person/rights", "/inbox"]) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const body = await (await page.request.get(path, { headers })).text();
      expect(body, `${path} ${JSON.stringify(headers)}`).not.toContain(code);
      expect(body).not.toContain(certificateId);
    }
  }
  for (const url of [`/person/certificates/${certificateId}`, `/person/certificates/${certificateId}/print`, `/api/certificates/${certificateId}/pdf`]) {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(404);
    expect(await res.text()).not.toContain(code);
  }
});
