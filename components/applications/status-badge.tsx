import { STATUS_LABELS, STATUS_TONE, type ApplicationStatusName } from "@/lib/applications/labels";

const TONE_CLASS = {
  neutral: "bg-slate-100 text-slate-700",
  info: "bg-brand-50 text-brand-900",
  warn: "bg-amber-100 text-warn-600",
  ok: "bg-green-50 text-ok-600",
  danger: "bg-red-50 text-danger-600",
} as const;

export function StatusBadge({ status }: { status: ApplicationStatusName }) {
  return <span className={`whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${TONE_CLASS[STATUS_TONE[status]]}`}>{STATUS_LABELS[status]}</span>;
}
