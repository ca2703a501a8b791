/**
 * 服务质量指标 (K5, LD/T 01 §7.2) per item and month:
 * - 满意率: ratings of 4–5 among all ratings given that month;
 * - 平均评分: the mean score;
 * - 按时办结率: subjects closed on or before their due date among those closed that month;
 * - 平均办理时长: mean days from submission to closing, to one decimal.
 * The maths is pure (computeIndicators); loadConsultationIndicators and loadApplicationIndicators
 * feed it the closed letters and the decided applications.
 */
import { db } from "@/lib/db";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { shanghaiToday } from "@/lib/calendar";
import { isSatisfied } from "./labels";

export interface ClosedRecord {
  itemKey: string;
  submittedAt: Date;
  closedAt: Date;
  /** YYYY-MM-DD */
  dueDate: string;
}

export interface RatingRecord {
  itemKey: string;
  score: number;
  ratedAt: Date;
}

export interface IndicatorRow {
  itemKey: string;
  /** YYYY-MM, Shanghai time */
  month: string;
  closed: number;
  onTime: number;
  /** 0–1, null when nothing closed */
  onTimeRate: number | null;
  /** days, null when nothing closed */
  avgHandlingDays: number | null;
  ratings: number;
  satisfied: number;
  /** 0–1, null when nothing rated */
  satisfaction: number | null;
  avgScore: number | null;
}

const DAY_MS = 86_400_000;
const monthOf = (date: Date) => shanghaiToday(date).slice(0, 7);
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export function computeIndicators(closed: readonly ClosedRecord[], ratings: readonly RatingRecord[]): IndicatorRow[] {
  const rows = new Map<string, IndicatorRow & { handlingMs: number; scoreSum: number }>();
  const rowOf = (itemKey: string, month: string) => {
    const key = `${month}|${itemKey}`;
    let row = rows.get(key);
    if (!row) {
      row = { itemKey, month, closed: 0, onTime: 0, onTimeRate: null, avgHandlingDays: null, ratings: 0, satisfied: 0, satisfaction: null, avgScore: null, handlingMs: 0, scoreSum: 0 };
      rows.set(key, row);
    }
    return row;
  };
  for (const c of closed) {
    const row = rowOf(c.itemKey, monthOf(c.closedAt));
    row.closed += 1;
    if (shanghaiToday(c.closedAt) <= c.dueDate) row.onTime += 1;
    row.handlingMs += c.closedAt.getTime() - c.submittedAt.getTime();
  }
  for (const r of ratings) {
    const row = rowOf(r.itemKey, monthOf(r.ratedAt));
    row.ratings += 1;
    row.scoreSum += r.score;
    if (isSatisfied(r.score)) row.satisfied += 1;
  }
  return [...rows.values()]
    .map(({ handlingMs, scoreSum, ...row }) => ({
      ...row,
      onTimeRate: row.closed ? row.onTime / row.closed : null,
      avgHandlingDays: row.closed ? round(handlingMs / row.closed / DAY_MS, 1) : null,
      satisfaction: row.ratings ? row.satisfied / row.ratings : null,
      avgScore: row.ratings ? round(scoreSum / row.ratings, 2) : null,
    }))
    .sort((a, b) => b.month.localeCompare(a.month) || a.itemKey.localeCompare(b.itemKey));
}

/** The consultation indicators of the last twelve months (ADMIN only). */
export async function loadConsultationIndicators(actor: UserActor, now: Date): Promise<IndicatorRow[]> {
  assertRole(actor, ["ADMIN"], "查看服务质量指标");
  const since = new Date(now.getTime() - 366 * DAY_MS);
  const [letters, ratings] = await Promise.all([
    db.consultation.findMany({
      where: { status: "CLOSED", repliedAt: { gte: since } },
      select: { topic: true, createdAt: true, repliedAt: true, dueDate: true },
    }),
    db.serviceRating.findMany({ where: { kind: "CONSULTATION", createdAt: { gte: since } }, select: { itemKey: true, score: true, createdAt: true } }),
  ]);
  return computeIndicators(
    letters.flatMap((l) => (l.repliedAt ? [{ itemKey: l.topic, submittedAt: l.createdAt, closedAt: l.repliedAt, dueDate: l.dueDate }] : [])),
    ratings.map((r) => ({ itemKey: r.itemKey, score: r.score, ratedAt: r.createdAt })),
  );
}

/**
 * The application indicators of the last twelve months, per service item code (ADMIN only).
 * Only 承诺办 applications have a due date; the others are decided at once or at the window,
 * so they count as on time.
 */
export async function loadApplicationIndicators(actor: UserActor, now: Date): Promise<IndicatorRow[]> {
  assertRole(actor, ["ADMIN"], "查看服务质量指标");
  const since = new Date(now.getTime() - 366 * DAY_MS);
  const [apps, ratings] = await Promise.all([
    db.application.findMany({
      where: { status: { in: ["COMPLETED", "REJECTED"] }, decidedAt: { gte: since } },
      select: { submittedAt: true, decidedAt: true, dueDate: true, createdAt: true, item: { select: { code: true } } },
    }),
    db.serviceRating.findMany({ where: { kind: "APPLICATION", createdAt: { gte: since } }, select: { itemKey: true, score: true, createdAt: true } }),
  ]);
  return computeIndicators(
    apps.flatMap((a) =>
      a.decidedAt ? [{ itemKey: a.item.code, submittedAt: a.submittedAt ?? a.createdAt, closedAt: a.decidedAt, dueDate: a.dueDate ?? shanghaiToday(a.decidedAt) }] : [],
    ),
    ratings.map((r) => ({ itemKey: r.itemKey, score: r.score, ratedAt: r.createdAt })),
  );
}

/** Names of the service items, for labelling the application indicators. */
export async function serviceItemNames(): Promise<Record<string, string>> {
  const items = await db.serviceItem.findMany({ select: { code: true, name: true } });
  return Object.fromEntries(items.map((i) => [i.code, i.name]));
}
