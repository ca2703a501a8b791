/**
 * X1–X3 in the browser: a bank channel applies on the public form, STAFF approves it and hands
 * out the key envelope, the channel's signed call without the person's authorization code is
 * refused; zhangsan creates a code, the channel's call with it returns his resident-pension
 * contributions only, the same code a second time is refused, zhangsan sees both calls in his
 * history and revokes the channel. A second person sees none of it.
 */
import { expect, test } from "@playwright/test";
import smCrypto from "sm-crypto";
import { DirectClient } from "../lib/direct-connect/client";
import { SECOND_PERSON, login, loginAs, logout } from "./helpers";

const { sm2 } = smCrypto;

test("X1–X3: a bank channel applies, is approved, and acts for zhangsan only with his single-use code", async ({ page, baseURL }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  const keys = sm2.generateKeyPairHex();

  // X1: the public application; empty first — clear Chinese messages.
  await page.goto("/developer/channels/apply");
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByText("请填写渠道名称")).toBeVisible();
  await page.getByLabel("渠道名称").fill("徽银手机银行");
  await page.getByLabel("渠道类型").selectOption("BANK");
  await page.getByLabel("运营机构").fill("徽银商业银行股份有限公司");
  await page.getByLabel("统一社会信用代码").fill("91340100MA2N0ABC1U");
  await page.getByRole("textbox", { name: "联系人", exact: true }).fill("钱联络");
  await page.getByLabel("联系人手机号码").fill("13912340000");
  await page.getByLabel("联系人电子邮箱").fill("bank@example.com");
  await page.getByRole("checkbox", { name: /缴费记录查询/ }).check();
  await page.getByRole("checkbox", { name: /参保信息查询/ }).check();
  await page.getByLabel(/SM2 签名公钥/).fill(keys.publicKey);
  await page.getByRole("button", { name: "提交申请" }).click();
  const applicationNo = (await page.getByTestId("application-no").textContent())!.trim();
  expect(applicationNo).toMatch(/^QD\d{14}$/);

  // STAFF approves and takes the key envelope once.
  await loginAs(page, "staff");
  await page.goto("/staff/channels");
  await page.getByRole("link", { name: applicationNo }).click();
  await page.getByRole("button", { name: "审核通过" }).click();
  await expect(page.getByTestId("channel-status")).toContainText("已接入");
  const channelCode = (await page.getByTestId("channel-code").textContent())!.trim();
  expect(channelCode).toMatch(/^C\d{9}$/);
  await page.getByRole("button", { name: "查看密钥信封" }).click();
  const envelope = await page.getByTestId("key-envelope").inputValue();
  await page.reload();
  await expect(page.getByRole("button", { name: "查看密钥信封" })).toHaveCount(0);
  await logout(page);

  const sm4Key = sm2.doDecrypt(envelope, keys.privateKey, 1);
  expect(sm4Key).toMatch(/^[0-9a-f]{32}$/);
  const platformPublicKey = ((await (await page.request.get("/api/direct/v1/platform-key")).json()) as { publicKey: string }).publicKey;
  const channel = new DirectClient({ baseUrl: baseURL!, environment: "formal", endpointPath: "/api/channel/v1", reqAppCode: channelCode, reqAreaCode: "340100", sm4Key, privateKey: keys.privateKey, platformPublicKey });

  // Without the person's code: refused (the field is required; an invented code is 1004).
  const noCode = await channel.call<{ errors: { field: string }[] }>("CH_RP_CONTRIB", {});
  expect(noCode.signatureValid).toBe(true);
  expect(noCode.result?.code).toBe("1001");
  expect(noCode.result?.data.errors[0]?.field).toBe("authCode");
  expect((await channel.call("CH_RP_CONTRIB", { authCode: "ABCDEFGH" })).result?.code).toBe("1004");

  // X3: zhangsan authorizes the bank for 缴费记录查询.
  await loginAs(page, "person");
  await page.goto("/account");
  await page.getByRole("link", { name: "授权第三方渠道" }).click();
  await page.getByRole("combobox", { name: /渠道/ }).selectOption({ label: `徽银手机银行（${channelCode}）` });
  await page.getByRole("checkbox", { name: /缴费记录查询/ }).check();
  await page.getByRole("button", { name: "生成授权码" }).click();
  const authCode = (await page.getByTestId("auth-code").textContent())!.trim();
  expect(authCode).toMatch(/^[2-9A-Z]{8}$/);

  // X2: his resident-pension contributions (2012–2014, prisma/seed/channels.ts), nobody else's.
  const first = await channel.call<{ items: { year: number; personalAmount: string; subsidyAmount: string }[] }>("CH_RP_CONTRIB", { authCode });
  expect(first.result?.code).toBe("0000");
  expect(first.result?.data.items).toEqual([
    { year: 2014, personalAmount: "500.00", subsidyAmount: "50.00", status: "PAID" },
    { year: 2013, personalAmount: "500.00", subsidyAmount: "50.00", status: "PAID" },
    { year: 2012, personalAmount: "300.00", subsidyAmount: "40.00", status: "PAID" },
  ]);
  const second = await channel.call("CH_RP_CONTRIB", { authCode });
  expect(second.result?.code).toBe("1004");
  expect(second.result?.message).toContain("已使用");

  // His history shows both calls; he revokes the bank.
  await page.reload();
  const record = page.getByTestId("authorization").first();
  await expect(record).toContainText("徽银手机银行");
  await expect(record).toContainText("缴费记录查询：已办理");
  await expect(record).toContainText("缴费记录查询：已拒绝：授权码已使用");
  await page.getByRole("button", { name: /撤销对徽银手机银行/ }).click();
  await expect(record).toContainText("已撤销");
  await logout(page);

  // A second person sees none of it, RSC payload included.
  await login(page, SECOND_PERSON.username, SECOND_PERSON.mobile);
  for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
    const body = await (await page.request.get("/account/channels", { headers })).text();
    for (const secret of [authCode, "张三"]) expect(body, JSON.stringify(headers)).not.toContain(secret);
  }
});
