/**
 * Demo applications (P1–P8): zhangsan has an overdue 承诺件 in the staff queue and a completed
 * one with its full timeline; haicheng's unit has an accepted 单位基本信息变更. Written
 * directly as records (no core writes), keyed on their request keys so a rerun adds nothing.
 */
import { db } from "@/lib/db";
import { addDays, shanghaiDateTime, shanghaiToday } from "@/lib/calendar";
import { loadWorkingDayCalendar } from "@/lib/calendar/working-day-store";
import { ACCEPTING_DEPT } from "@/lib/applications/labels";

type Status = "SUBMITTED" | "ACCEPTED" | "PROCESSING" | "COMPLETED";

interface DemoApplication {
  requestKey: string;
  username: string;
  itemCode: string;
  daysAgo: number;
  status: Status;
  formData: Record<string, string>;
  result?: string;
}

const DEMO_APPLICATIONS: DemoApplication[] = [
  {
    requestKey: "demo-zhangsan-contact-change",
    username: "zhangsan",
    itemCode: "SB-DJ-005",
    daysAgo: 9,
    status: "SUBMITTED",
    formData: { mobile: "13911112222", address: "山东省青岛市市南区香港中路 100 号", reason: "更换手机号码" },
  },
  {
    requestKey: "demo-zhangsan-transfer",
    username: "zhangsan",
    itemCode: "SB-ZY-001",
    daysAgo: 40,
    status: "COMPLETED",
    formData: { fromRegion: "山东省济南市", toRegion: "山东省青岛市", note: "" },
    result: "转移接续申请已转核心系统办理",
  },
  {
    requestKey: "demo-haicheng-unit-change",
    username: "haicheng",
    itemCode: "SB-DJ-004",
    daysAgo: 1,
    status: "ACCEPTED",
    formData: { address: "山东省青岛市崂山区海尔路 1 号", legalRepName: "王海成", legalRepPhone: "13800000009", reason: "单位搬迁" },
  },
];

const TITLES: Record<Status, string> = { SUBMITTED: "已提交，等待受理", ACCEPTED: "已受理", PROCESSING: "审核通过，正在办理", COMPLETED: "已办结" };
const PATH: Record<Status, Status[]> = {
  SUBMITTED: ["SUBMITTED"],
  ACCEPTED: ["SUBMITTED", "ACCEPTED"],
  PROCESSING: ["SUBMITTED", "ACCEPTED", "PROCESSING"],
  COMPLETED: ["SUBMITTED", "ACCEPTED", "PROCESSING", "COMPLETED"],
};

export async function seedApplications(now = new Date()): Promise<string> {
  const calendar = await loadWorkingDayCalendar();
  let added = 0;
  for (const [index, demo] of DEMO_APPLICATIONS.entries()) {
    if (await db.application.findUnique({ where: { requestKey: demo.requestKey }, select: { id: true } })) continue;
    const [user, item] = await Promise.all([
      db.user.findUnique({ where: { username: demo.username } }),
      db.serviceItem.findUnique({ where: { code: demo.itemCode } }),
    ]);
    if (!user || !item) continue;
    const day = addDays(shanghaiToday(now), -demo.daysAgo);
    const at = (hour: number) => shanghaiDateTime(day, `${String(hour).padStart(2, "0")}:00`);
    const steps = PATH[demo.status];
    await db.application.create({
      data: {
        applicationNo: `SQ${day.replaceAll("-", "")}${String(900001 + index)}`,
        itemId: item.id,
        applicantUserId: user.id,
        unitId: user.role === "UNIT" ? user.coreUnitId : null,
        subjectPersonId: user.corePersonId,
        requestKey: demo.requestKey,
        status: demo.status,
        formData: JSON.stringify(demo.formData),
        dueDate: item.promisedDays ? calendar.addWorkingDays(day, item.promisedDays) : null,
        acceptingDept: steps.includes("ACCEPTED") ? ACCEPTING_DEPT : null,
        result: demo.result ?? null,
        createdAt: at(9),
        submittedAt: at(9),
        acceptedAt: steps.includes("ACCEPTED") ? at(10) : null,
        decidedAt: demo.status === "COMPLETED" ? at(15) : null,
        events: {
          create: steps.map((status, i) => ({
            status,
            title: TITLES[status],
            actorRole: i === 0 ? user.role : "STAFF",
            dept: i === 0 ? null : ACCEPTING_DEPT,
            note: status === "COMPLETED" ? (demo.result ?? null) : null,
            at: at(9 + i * 2),
          })),
        },
      },
    });
    added += 1;
  }
  return `applications: ${DEMO_APPLICATIONS.length} demo applications (${added} added)`;
}
