import { expect, test } from "@playwright/test";
import { DEMO_USERS, loginAs, logout } from "./helpers";

/**
 * S8: an administrator's changes to a back-office account reach its holder. The administrator
 * renames staff01 and renames them back (so the demo data stays as it was); at staff01's next
 * login the workbench counts both changes, 账户安全 lists who made them, and 我已知晓 clears them.
 */
test("S8: changes an administrator made to a STAFF account are shown to its holder at the next login until confirmed", async ({ page }) => {
  await loginAs(page, "admin");
  await page.goto(`/admin/users?q=${DEMO_USERS.staff.username}`);
  await page.getByRole("row").filter({ hasText: DEMO_USERS.staff.username }).getByRole("link", { name: DEMO_USERS.staff.username }).click();
  const name = page.getByLabel("姓名");
  const original = await name.inputValue();
  for (const value of [`${original}甲`, original]) {
    await name.fill(value);
    await page.getByRole("button", { name: "保存修改" }).click();
    await expect(page.getByText("注册信息已修改")).toBeVisible();
    await page.reload();
  }
  await logout(page);

  await loginAs(page, "staff");
  const notice = page.getByTestId("account-changes-notice");
  await expect(notice).toContainText(/您的账户自上次登录以来有 \d+ 项变更/);
  await notice.getByRole("link", { name: "账户安全" }).click();
  const changes = page.getByRole("region", { name: "账户变更通知" });
  await expect(changes.getByText(`将您的姓名由“${original}”改为“${original}甲”`)).toBeVisible();
  await expect(changes.getByText(/平台管理员 \S+ 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 将您的姓名由/).first()).toBeVisible();
  await changes.getByRole("button", { name: "我已知晓" }).click();
  await expect(changes.getByRole("button", { name: "我已知晓" })).toHaveCount(0);

  await page.goto("/staff");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("account-changes-notice")).toHaveCount(0);
});
