/**
 * X4–X6: an application filed on the middle-platform simulator reaches the staff workbench and
 * is handled there; the simulator receives 受理, 补正, 环节, 办结 and the result file exactly once
 * each — also when it refused the first delivery of one push (staff press 立即重试 on the docking
 * page) and when it lost its answer to another (the push arrives twice and is kept once). A
 * withdrawal before acceptance withdraws; after acceptance it is refused with the status. An
 * insured person finds nothing of the docked application in any page she can open.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { loginAs } from "./helpers";
import { SIMULATOR_URL } from "./simulator";

interface Answer { status: number; body: { code: string; message: string; data?: Record<string, string> } }
interface SimState {
  pushes: { pushId: string; kind: string; step: string; deliveries: number }[];
  refusedDeliveries: { pushId: string; how: string }[];
  resultFiles: { isPdf: boolean; size: number }[];
}

async function sim<T>(request: APIRequestContext, path: string, body: unknown): Promise<T> {
  const res = await request.post(`${SIMULATOR_URL}${path}`, { data: body });
  expect(res.ok()).toBe(true);
  return (await res.json()) as T;
}

const fileOnSimulator = (request: APIRequestContext) => sim<{ serialNo: string; answer: Answer }>(request, "/control/file", {});

async function openDocked(staff: Page, applicationNo: string, status = "") {
  await staff.goto(`/staff/applications${status ? `?status=${status}` : ""}`);
  await staff.getByRole("link", { name: applicationNo }).click();
  await expect(staff.getByTestId("application-no")).toHaveText(applicationNo);
}

/** On the docking page: the push row of this serial and kind, then 立即重试 on it. */
async function retryOnDockingPage(staff: Page, serialNo: string, pushLabel: string, reason: RegExp) {
  await staff.goto("/staff/middle-platform");
  const row = staff.getByRole("row").filter({ hasText: serialNo }).filter({ hasText: pushLabel });
  await expect(row).toContainText(reason);
  await row.getByRole("button", { name: "立即重试" }).click();
  // Delivered, it leaves the waiting list for the delivered one.
  await expect(staff.getByRole("row").filter({ hasText: serialNo }).filter({ hasText: pushLabel }).filter({ hasText: "重试后送达（第 2 次）" })).toBeVisible();
}

test("X4 X5 X6: filed on the platform, corrected, completed — each push received exactly once, through a refused delivery and a lost answer", async ({ browser, request }) => {
  const staff = await (await browser.newContext()).newPage();
  await loginAs(staff, "staff");

  await sim(request, "/control/fail-next", { kind: "ACCEPT" }); // refuse the first delivery of 受理
  await sim(request, "/control/lose-ack-next", { kind: "CORRECTION" }); // keep 补正 but lose the answer: it comes twice
  const { serialNo, answer } = await fileOnSimulator(request);
  expect(answer.body).toMatchObject({ code: "0", data: { serialNo, status: "01" } });
  const applicationNo = answer.body.data!.applicationNo;

  await openDocked(staff, applicationNo);
  await expect(staff.getByText(`省政务服务中台，流水号 ${serialNo}`)).toBeVisible();
  await expect(staff.getByText(/李娜（证件号码 3702\*+0427，经省政务服务中台申报）/)).toBeVisible();
  await staff.getByRole("button", { name: "受理", exact: true }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("已受理");
  await retryOnDockingPage(staff, serialNo, "推送受理信息", /503/);

  await openDocked(staff, applicationNo);
  await staff.getByLabel("补正内容").fill("请填写完整的门牌号");
  await staff.getByRole("button", { name: "要求补正" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("待补正");
  await retryOnDockingPage(staff, serialNo, "推送补正告知", /503/);

  // The applicant corrects on the platform; it sends the serial number again and the portal fetches the details anew.
  const corrected = await sim<{ answer: Answer }>(request, "/control/correct", { serialNo, formData: { address: "山东省青岛市市南区香港中路 10 号 2 单元 301 户" } });
  expect(corrected.answer.body).toMatchObject({ code: "0", data: { status: "02" } });
  await openDocked(staff, applicationNo);
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("已受理");
  await expect(staff.getByText("2 单元 301 户")).toBeVisible();
  await staff.getByRole("button", { name: "审核通过并办结" }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("已办结");

  const state = await (await request.get(`${SIMULATOR_URL}/control/state?serialNo=${serialNo}`)).json() as SimState;
  expect(state.pushes.map((p) => p.kind)).toEqual(["ACCEPT", "CORRECTION", "STEP", "RESULT", "RESULT_FILE"]);
  expect(new Set(state.pushes.map((p) => p.pushId)).size).toBe(5);
  expect(state.pushes.map((p) => p.deliveries)).toEqual([1, 2, 1, 1, 1]); // the lost answer: delivered twice, kept once
  expect(state.refusedDeliveries.map((r) => [r.pushId.split(":")[1], r.how])).toEqual([["ACCEPT", "拒绝首次投递"], ["CORRECTION", "已接收但丢失应答"]]);
  expect(state.resultFiles).toEqual([expect.objectContaining({ isPdf: true })]);

  // The docking page counts both as delivered after a retry, and nothing waits.
  await staff.goto("/staff/middle-platform");
  await expect(staff.getByText("没有待送达的推送")).toBeVisible();
  const delivered = staff.getByRole("row").filter({ hasText: serialNo });
  await expect(delivered).toHaveCount(5);
  await expect(delivered.filter({ hasText: "重试后送达" })).toHaveCount(2);

  // The simulator's own page shows the timeline.
  const simPage = await (await request.get(`${SIMULATOR_URL}/`)).text();
  expect(simPage).toContain(serialNo);
  expect(simPage).toContain("推送审批结果文件");

  // Another user (an insured person) sees nothing of it.
  const person = await (await browser.newContext()).newPage();
  await loginAs(person, "person");
  for (const path of ["/person", "/person/applications", "/inbox"]) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const text = await (await person.request.get(path, { headers })).text();
      expect(text).not.toContain(serialNo);
      expect(text).not.toContain(applicationNo);
    }
  }
  await person.goto("/staff/middle-platform");
  await expect(person).toHaveURL(/\/forbidden/);
});

test("X4: a withdrawal on the platform before acceptance withdraws; after acceptance it is answered with the status", async ({ browser, request }) => {
  const early = await fileOnSimulator(request);
  const withdrawn = await sim<{ answer: Answer }>(request, "/control/withdraw", { serialNo: early.serialNo });
  expect(withdrawn.answer).toMatchObject({ status: 200, body: { code: "0", data: { status: "08", statusName: "已撤回" } } });

  const late = await fileOnSimulator(request);
  const staff = await (await browser.newContext()).newPage();
  await loginAs(staff, "staff");
  await openDocked(staff, early.answer.body.data!.applicationNo, "WITHDRAWN");
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("已撤回");
  await openDocked(staff, late.answer.body.data!.applicationNo);
  await staff.getByRole("button", { name: "受理", exact: true }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("已受理");
  const refused = await sim<{ answer: Answer }>(request, "/control/withdraw", { serialNo: late.serialNo });
  expect(refused.answer).toMatchObject({ status: 409, body: { code: "WITHDRAW_REFUSED", data: { status: "02", statusName: "已受理，办理中" } } });
  expect(refused.answer.body.message).toContain("不能撤回");
  await staff.reload();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText("已受理");
});
