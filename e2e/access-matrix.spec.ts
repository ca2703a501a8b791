import { expect, test } from "@playwright/test";
import { DEMO_USERS, loginAs } from "./helpers";

/** U1/U9: who may open which area. ADMIN may also use the staff workbench. */
const AREAS = ["/person", "/unit", "/staff", "/admin"] as const;
const ALLOWED: Record<keyof typeof DEMO_USERS, readonly string[]> = {
  person: ["/person"],
  unit: ["/unit"],
  staff: ["/staff"],
  admin: ["/staff", "/admin"],
};

for (const who of Object.keys(DEMO_USERS) as (keyof typeof DEMO_USERS)[]) {
  test(`U1: access matrix for ${DEMO_USERS[who].role}: ${ALLOWED[who].join(", ")} allowed, other areas refused`, async ({ page }) => {
    await loginAs(page, who);
    for (const area of AREAS) {
      const response = await page.goto(area);
      if (ALLOWED[who].includes(area)) {
        expect(response?.status(), area).toBe(200);
        await expect(page, area).toHaveURL(new RegExp(`${area}$`));
        await expect(page.getByRole("navigation", { name: "业务导航" })).toBeVisible();
      } else {
        await expect(page, area).toHaveURL(/\/forbidden/);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("无权访问");
      }
    }
  });
}
