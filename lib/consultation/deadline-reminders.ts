/**
 * 信件到期提醒 (K1, LD/T 01 §5.5.3): each working morning every active STAFF member gets one
 * inbox message counting the open letters that are overdue and those due by the next working
 * day, with a link to the queue. The day is claimed (lib/jobs/claim-period.ts) in the same
 * transaction as the messages, so a second run or instance reminds nobody again.
 */
import { shanghaiToday } from "@/lib/calendar";
import { loadWorkingDayCalendar } from "@/lib/calendar/working-day-store";
import { db } from "@/lib/db";
import { areaPath } from "@/lib/auth/roles";
import { postMessage } from "@/lib/messaging/inbox";
import { claimPeriod, ensureClaimRow } from "@/lib/jobs/claim-period";

const CLAIM_KEY = "consultation.deadline-reminder.day";

export interface DeadlineReminderResult {
  overdue: number;
  dueSoon: number;
  /** Staff members reminded; 0 when nothing was due, on a rest day, or already reminded today. */
  reminded: number;
}

export async function remindConsultationDeadlines(now: Date): Promise<DeadlineReminderResult> {
  const today = shanghaiToday(now);
  const calendar = await loadWorkingDayCalendar();
  if (!calendar.isWorkingDay(today)) return { overdue: 0, dueSoon: 0, reminded: 0 };
  const horizon = calendar.nextWorkingDay(today);
  const [overdue, dueSoon] = await Promise.all([
    db.consultation.count({ where: { status: "OPEN", dueDate: { lt: today } } }),
    db.consultation.count({ where: { status: "OPEN", dueDate: { gte: today, lte: horizon } } }),
  ]);
  if (overdue + dueSoon === 0) return { overdue, dueSoon, reminded: 0 };

  await ensureClaimRow(CLAIM_KEY, "网上信箱到期提醒最近一次发送日期");
  const staff = await db.user.findMany({ where: { role: "STAFF", status: "ACTIVE" }, select: { id: true } });
  const parts = [overdue > 0 ? `${overdue} 封已超过答复期限` : null, dueSoon > 0 ? `${dueSoon} 封须在 ${horizon} 前答复` : null].filter(Boolean);
  const reminded = await db.$transaction(async (tx) => {
    if (!(await claimPeriod(tx, CLAIM_KEY, today))) return 0; // already reminded today
    for (const { id } of staff) {
      await postMessage(tx, {
        userId: id,
        category: "SYSTEM",
        title: overdue > 0 ? "网上信箱有超期未答复的信件" : "网上信箱有即将到期的信件",
        body: `待答复信件中，${parts.join("，")}。请及时答复。`,
        link: overdue > 0 ? `${areaPath("STAFF", "consult")}?status=OVERDUE` : areaPath("STAFF", "consult"),
      });
    }
    return staff.length;
  });
  return { overdue, dueSoon, reminded };
}
