import { expect, test } from "@playwright/test";
import { DirectClient } from "../lib/direct-connect/client";

// The protocol's demo enterprise, created by the demo seed (prisma/seed/direct-connect.ts).
const DEMO = {
  reqAppCode: "Q000000001",
  reqAreaCode: "370200",
  sm4Key: "0123456789abcdeffedcba9876543210",
  privateKey: "3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8",
};

test("E1 the public developer pages: services, reference, protocol with its example, platform key, sample code", async ({ page, request }) => {
  await page.goto("/developer");
  await expect(page.getByRole("heading", { name: "政企直连 开发者中心" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "企业职工参保登记" })).toBeVisible();
  const { publicKey } = (await (await request.get("/api/direct/v1/platform-key")).json()) as { publicKey: string };
  await expect(page.getByText(publicKey)).toBeVisible();

  await page.getByRole("link", { name: "接口参考" }).first().click();
  await expect(page.locator("#SB_EMP_REG")).toContainText("wageBase");
  await expect(page.locator("#SB_BILL_QUERY")).toContainText("yearMonth");

  await page.goto("/developer/protocol");
  await expect(page.getByText("304402205cb795e11b50b4be2ebb9970820685f932fae877d5294fca3171df3c48492eb902202c399a486483a5508d5801dbcfead7698108b2d01f72a87b00193a5632345b82")).toBeVisible();

  const sample = await request.get("/developer/sample");
  expect(sample.headers()["content-disposition"]).toContain("direct-connect-sample.mjs");
  expect(await sample.text()).toContain("sm-crypto");
});

test("E6 the demo enterprise calls the sandbox and the formal endpoint over HTTP with sm-crypto", async ({ baseURL, request }) => {
  const { publicKey } = (await (await request.get("/api/direct/v1/platform-key")).json()) as { publicKey: string };
  for (const environment of ["sandbox", "formal"] as const) {
    const client = new DirectClient({ baseUrl: baseURL!, environment, ...DEMO, platformPublicKey: publicKey });
    const answer = await client.call<{ total: number; items: { personNo: string; idNo: string }[] }>("SB_EMP_QUERY", { page: 1, pageSize: 5 });
    expect(answer.httpStatus).toBe(200);
    expect(answer.head.status).toBe("0");
    expect(answer.signatureValid).toBe(true);
    expect(answer.result?.code).toBe("0000");
    expect(answer.result!.data.items.length).toBeGreaterThan(0);
    for (const item of answer.result!.data.items) expect(item.idNo).toContain("*");
  }
  // A tampered envelope over real HTTP: refused with 401, signed, nothing decrypted.
  const client = new DirectClient({ baseUrl: baseURL!, environment: "sandbox", ...DEMO, platformPublicKey: publicKey });
  const envelope = client.envelope("SB_BILL_QUERY", { yearMonth: "202610" }, await client.fetchToken());
  const refused = await client.send({ ...envelope, body: envelope.body.replace(/^./, (c) => (c === "A" ? "B" : "A")) });
  expect(refused.httpStatus).toBe(401);
  expect(refused.head.status).toBe("1");
  expect(refused.signatureValid).toBe(true);
});
