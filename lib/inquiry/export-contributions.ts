/**
 * 缴费明细导出 (Q5): a person's whole contribution history as CSV, streamed a year at a time
 * so neither the server nor the page ever holds the whole history. UTF-8 with a BOM so Excel
 * reads the Chinese headers; the download is traced (who exported whose data, when).
 */
import { db } from "@/lib/db";
import { appendTrace } from "@/lib/audit/trace";
import type { UserActor } from "@/lib/auth/actor";
import { coreSystem } from "@/lib/core";
import { formatShanghai } from "@/lib/calendar";
import { boundPersonId } from "./person-rights";
import { CONTRIBUTION_STATUS, formatYearMonth, insuranceTypeLabel, label } from "./labels";

const HEADER = ["费款所属期", "险种", "缴费基数（元）", "单位缴纳（元）", "个人缴纳（元）", "缴费状态"];
const BOM = "\uFEFF";

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** Starts the export: checks the caller, records the download, and returns the CSV stream. */
export async function exportContributionHistory(actor: UserActor, now: Date): Promise<{ stream: ReadableStream<Uint8Array>; filename: string }> {
  const personId = await boundPersonId(actor);
  const core = coreSystem();
  const years = (await core.listContributionYears(personId)).sort((a, b) => a - b);
  const person = await core.getPerson(personId);
  await db.$transaction((tx) =>
    appendTrace(tx, actor, { action: "contribution.export", entity: "CorePerson", entityId: String(personId), summary: { years: years.length ? `${years[0]}-${years.at(-1)}` : "" } }),
  );
  const encoder = new TextEncoder();
  let next = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${BOM}${HEADER.join(",")}\r\n`));
    },
    // One year per pull: the reader's pace decides how fast the core system is read.
    async pull(controller) {
      if (next >= years.length) return controller.close();
      const rows = await core.listContributions(personId, { year: years[next++] });
      const lines = rows
        .sort((a, b) => a.yearMonth - b.yearMonth || a.insuranceType.localeCompare(b.insuranceType))
        .map((r) => [formatYearMonth(r.yearMonth), insuranceTypeLabel(r.insuranceType), yuan(r.baseFen), yuan(r.unitFen), yuan(r.personalFen), label(CONTRIBUTION_STATUS, r.status)].join(","));
      controller.enqueue(encoder.encode(lines.map((l) => `${l}\r\n`).join("")));
    },
  });
  const stamp = formatShanghai(now, "date").replaceAll("-", "");
  return { stream, filename: `缴费明细-${person?.personNo ?? personId}-${stamp}.csv` };
}
