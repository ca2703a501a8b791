/**
 * 查询统计 (E7; DB3702 §6.2.2 c): calls per interface, per enterprise and per day from the
 * gateway's call log, with error rates. An error is a communication failure (head status "1");
 * a business answer other than 0000 is counted apart as a business failure. Counts are grouped
 * in SQL (groupBy works alike on SQLite and PostgreSQL); days are Beijing days.
 */
import { addDays, shanghaiToday } from "@/lib/calendar";
import { db } from "@/lib/db";

export interface CallFigures {
  key: string;
  calls: number;
  errors: number;
  businessFailures: number;
}

function merge(total: { key: string; n: number }[], errors: { key: string; n: number }[], biz: { key: string; n: number }[]): CallFigures[] {
  const err = new Map(errors.map((e) => [e.key, e.n]));
  const bf = new Map(biz.map((e) => [e.key, e.n]));
  return total.map((t) => ({ key: t.key, calls: t.n, errors: err.get(t.key) ?? 0, businessFailures: bf.get(t.key) ?? 0 })).sort((a, b) => b.calls - a.calls);
}

export type CallerKind = "ENTERPRISE" | "CHANNEL";

async function grouped(by: "serviceCode" | "enterpriseId", since: Date, callerKind: CallerKind): Promise<CallFigures[]> {
  const base = { createdAt: { gte: since }, callerKind };
  const [total, errors, biz] = await Promise.all([
    db.directCallLog.groupBy({ by: [by], where: base, _count: { _all: true } }),
    db.directCallLog.groupBy({ by: [by], where: { ...base, headStatus: "1" }, _count: { _all: true } }),
    db.directCallLog.groupBy({ by: [by], where: { ...base, headStatus: "0", bizCode: { not: "0000" } }, _count: { _all: true } }),
  ]);
  const rows = (list: typeof total) => list.map((r) => ({ key: String(r[by] ?? "（未识别）"), n: r._count._all }));
  return merge(rows(total), rows(errors), rows(biz));
}

/** Beijing midnight of the day `days - 1` days before today. */
export function statisticsSince(now: Date, days: number): Date {
  return new Date(`${addDays(shanghaiToday(now), -(days - 1))}T00:00:00+08:00`);
}

/** Statistics of one kind of caller: enterprises (E7, the default) or third-party channels (X1). */
export async function callStatistics(now: Date, days: number, callerKind: CallerKind = "ENTERPRISE") {
  const since = statisticsSince(now, days);
  const [byService, byEnterprise] = await Promise.all([grouped("serviceCode", since, callerKind), grouped("enterpriseId", since, callerKind)]);
  // Per day: one count per Beijing day (bounded by `days`), each an indexed range count.
  const byDay: CallFigures[] = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(shanghaiToday(now), -(days - 1 - i));
    const range = { gte: new Date(`${day}T00:00:00+08:00`), lt: new Date(`${addDays(day, 1)}T00:00:00+08:00`) };
    const [calls, errors, businessFailures] = await Promise.all([
      db.directCallLog.count({ where: { createdAt: range, callerKind } }),
      db.directCallLog.count({ where: { createdAt: range, callerKind, headStatus: "1" } }),
      db.directCallLog.count({ where: { createdAt: range, callerKind, headStatus: "0", bizCode: { not: "0000" } } }),
    ]);
    byDay.push({ key: day, calls, errors, businessFailures });
  }
  const ids = byEnterprise.map((e) => e.key);
  const names =
    callerKind === "CHANNEL"
      ? new Map((await db.channel.findMany({ where: { id: { in: ids } }, select: { id: true, channelCode: true, name: true } })).map((c) => [c.id, `${c.channelCode ?? ""} ${c.name}`]))
      : new Map((await db.directEnterprise.findMany({ where: { id: { in: ids } }, select: { id: true, reqAppCode: true, unitName: true } })).map((e) => [e.id, `${e.reqAppCode} ${e.unitName}`]));
  return {
    since,
    byService,
    byEnterprise: byEnterprise.map((e) => ({ ...e, label: names.get(e.key) ?? e.key })),
    byDay,
    total: byDay.reduce((s, d) => s + d.calls, 0),
    totalErrors: byDay.reduce((s, d) => s + d.errors, 0),
  };
}

export function errorRate(f: { calls: number; errors: number }): string {
  return f.calls ? `${((f.errors / f.calls) * 100).toFixed(1)}%` : "—";
}
