import { requirePageRole } from "@/lib/auth/session";
import { CONSULTATION_TOPIC_LABELS, type ConsultationTopic } from "@/lib/consultation/labels";
import { loadApplicationIndicators, loadConsultationIndicators, serviceItemNames, type IndicatorRow } from "@/lib/evaluation/indicators";
import { DataTable, type Column } from "@/components/ui/data-table";

export const metadata = { title: "服务质量指标" };

const percent = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)}%`);
const topicLabel = (key: string) => CONSULTATION_TOPIC_LABELS[key as ConsultationTopic] ?? key;

const columns = (itemHeader: string, itemLabel: (key: string) => string): Column<IndicatorRow>[] => [
  { header: "月份", cell: (r) => r.month, className: "whitespace-nowrap" },
  { header: itemHeader, cell: (r) => itemLabel(r.itemKey) },
  { header: "办结数", cell: (r) => r.closed },
  { header: "按时办结率", cell: (r) => percent(r.onTimeRate) },
  { header: "平均办理时长", cell: (r) => (r.avgHandlingDays === null ? "—" : `${r.avgHandlingDays} 天`) },
  { header: "评价数", cell: (r) => r.ratings },
  { header: "满意率", cell: (r) => percent(r.satisfaction) },
  { header: "平均评分", cell: (r) => r.avgScore ?? "—" },
];

/** One bar per item of a month; the table below carries the same figures for screen readers. */
function BarChart({ title, rows, value, itemLabel }: { title: string; rows: IndicatorRow[]; value: (r: IndicatorRow) => number | null; itemLabel: (key: string) => string }) {
  const bars = rows.filter((r) => value(r) !== null);
  return (
    <figure className="card space-y-2">
      <figcaption className="font-medium">{title}</figcaption>
      {bars.length === 0 && <p className="text-sm text-slate-600">暂无数据</p>}
      <ul aria-hidden="true" className="space-y-1">
        {bars.map((r) => (
          <li key={r.itemKey} className="grid grid-cols-[7rem_1fr_4rem] items-center gap-2 text-sm">
            <span>{itemLabel(r.itemKey)}</span>
            <span className="h-3 rounded bg-slate-100">
              <span className="block h-3 rounded bg-brand-600" style={{ width: `${Math.round((value(r) ?? 0) * 100)}%` }} />
            </span>
            <span>{percent(value(r))}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** Charts of the latest month, then the table of every month. */
function IndicatorSection({ title, rows, itemHeader, itemLabel, empty }: { title: string; rows: IndicatorRow[]; itemHeader: string; itemLabel: (key: string) => string; empty: string }) {
  const latestMonth = rows[0]?.month;
  const latest = rows.filter((r) => r.month === latestMonth);
  return (
    <section aria-labelledby={title} className="space-y-3">
      <h2 id={title} className="text-lg">{title}</h2>
      {latestMonth && (
        <div className="grid gap-4 md:grid-cols-2">
          <BarChart title={`${latestMonth} 满意率`} rows={latest} value={(r) => r.satisfaction} itemLabel={itemLabel} />
          <BarChart title={`${latestMonth} 按时办结率`} rows={latest} value={(r) => r.onTimeRate} itemLabel={itemLabel} />
        </div>
      )}
      <DataTable caption={`${title}：每月服务质量指标`} columns={columns(itemHeader, itemLabel)} rows={rows} rowKey={(r) => `${r.month}-${r.itemKey}`} empty={empty} />
    </section>
  );
}

/**
 * K5 (LD/T 01 §7.2): satisfaction, on-time rate and average handling time per item and month,
 * over the last twelve months, for the online mailbox and for applications.
 */
export default async function IndicatorsPage() {
  const admin = await requirePageRole(["ADMIN"], "/admin/indicators");
  const now = new Date();
  const [letters, applications, names] = await Promise.all([loadConsultationIndicators(admin, now), loadApplicationIndicators(admin, now), serviceItemNames()]);
  return (
    <div className="space-y-6">
      <h1>服务质量指标</h1>
      <p className="text-sm text-slate-700">满意率 = 4–5 分评价占全部评价的比例；按时办结率 = 在时限内办结的比例（无承诺时限的即办件计为按时）；平均办理时长 = 提交至办结的平均天数。按月、按事项统计。</p>
      <IndicatorSection title="网上信箱（按业务类别）" rows={letters} itemHeader="业务类别" itemLabel={topicLabel} empty="近一年暂无办结或评价的信件。" />
      <IndicatorSection title="网上申报（按服务事项）" rows={applications} itemHeader="服务事项" itemLabel={(code) => names[code] ?? code} empty="近一年暂无办结或评价的申请。" />
    </div>
  );
}
