/**
 * 缴费提醒 (K4, CONTRIBUTION messages): on the 10th of each month, about the previous month,
 * each insured person with that month in arrears (欠缴) is told which insurance types are owing,
 * and each unit handler gets the unit's bill of that month (应缴, and whether it is paid). Core
 * data comes through CoreSystem. The month's progress (the last user done) is advanced by a
 * conditional update in the transaction of each batch's messages, so a second run or instance
 * sends nothing twice and a run that stops resumes where it stopped.
 */
import { coreSystem } from "@/lib/core";
import type { ContributionRecord, UnitBillRecord } from "@/lib/core";
import { db } from "@/lib/db";
import { areaPath } from "@/lib/auth/roles";
import { shanghaiToday } from "@/lib/calendar";
import { ensureClaimRow } from "@/lib/jobs/claim-period";
import { postMessage, type NewMessage } from "@/lib/messaging/inbox";
import { formatYuan, insuranceTypeLabel } from "./labels";

const BATCH = 200;

/** The month whose collection has closed by `now` (the previous calendar month, Asia/Shanghai). */
export function noticeMonthOf(now: Date): number {
  const [y, m] = shanghaiToday(now).split("-").map(Number);
  return m === 1 ? (y - 1) * 100 + 12 : y * 100 + (m - 1);
}

const monthText = (ym: number) => `${Math.floor(ym / 100)}年${ym % 100}月`;

function personNotice(userId: string, owing: ContributionRecord[], month: number): NewMessage | null {
  if (owing.length === 0) return null;
  const types = [...new Set(owing.map((r) => insuranceTypeLabel(r.insuranceType)))].join("、");
  const personal = owing.reduce((sum, r) => sum + r.personalFen, 0);
  return {
    userId,
    category: "CONTRIBUTION",
    title: `${monthText(month)}社会保险费欠缴提醒`,
    body: `您${monthText(month)}的${types}尚未足额缴纳（个人部分 ${formatYuan(personal)} 元）。欠缴会影响缴费年限和待遇，请及时缴纳；如已缴纳请忽略。`,
    link: `${areaPath("PERSON", "rights/contributions")}?year=${Math.floor(month / 100)}`,
  };
}

function unitNotice(userId: string, bills: UnitBillRecord[], month: number): NewMessage | null {
  if (bills.length === 0) return null;
  const due = bills.reduce((sum, b) => sum + b.unitFen + b.personalFen, 0);
  const unpaid = bills.filter((b) => b.status !== "PAID");
  return {
    userId,
    category: "CONTRIBUTION",
    title: unpaid.length ? `${monthText(month)}单位社会保险费未缴清` : `${monthText(month)}单位社会保险费已缴清`,
    body: unpaid.length
      ? `本单位${monthText(month)}核定应缴 ${formatYuan(due)} 元，其中${unpaid.map((b) => insuranceTypeLabel(b.insuranceType)).join("、")}尚未缴纳，请尽快缴纳，逾期将加收滞纳金。`
      : `本单位${monthText(month)}核定应缴 ${formatYuan(due)} 元，已全部缴纳。`,
    link: areaPath("UNIT", "bills"),
  };
}

export interface ContributionNoticeResult {
  month: number;
  sent: number;
}

export async function sendContributionNotices(now: Date): Promise<ContributionNoticeResult> {
  const month = noticeMonthOf(now);
  const claimKey = `contribution-notices.${month}`;
  await ensureClaimRow(claimKey, `${monthText(month)}缴费提醒的发送进度（最后一批的用户编号）`);
  let sent = 0;
  // Users in id order; the claim holds the last id done, so a run that stops resumes after it.
  for (;;) {
    const done = (await db.systemParameter.findUniqueOrThrow({ where: { key: claimKey } })).value;
    const users = await db.user.findMany({
      where: { id: { gt: done }, status: "ACTIVE", OR: [{ role: "PERSON", corePersonId: { not: null } }, { role: "UNIT", coreUnitId: { not: null } }] },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, role: true, corePersonId: true, coreUnitId: true },
    });
    if (users.length === 0) return { month, sent };
    // Two core calls a batch, whatever its size.
    const [arrears, bills] = await Promise.all([
      coreSystem().listMonthArrears(users.flatMap((u) => (u.role === "PERSON" ? [u.corePersonId!] : [])), month),
      coreSystem().listMonthUnitBills(users.flatMap((u) => (u.role === "UNIT" ? [u.coreUnitId!] : [])), month),
    ]);
    const notices: NewMessage[] = [];
    for (const u of users) {
      const notice = u.role === "PERSON" ? personNotice(u.id, arrears.get(u.corePersonId!) ?? [], month) : unitNotice(u.id, bills.get(u.coreUnitId!) ?? [], month);
      if (notice) notices.push(notice);
    }
    const last = users[users.length - 1].id;
    const written = await db.$transaction(async (tx) => {
      // The batch is ours only if nobody moved the progress past `done` meanwhile.
      const { count } = await tx.systemParameter.updateMany({ where: { key: claimKey, value: done }, data: { value: last } });
      if (count === 0) return -1;
      for (const n of notices) await postMessage(tx, n);
      return notices.length;
    });
    if (written < 0) continue; // another run did this batch
    sent += written;
  }
}
