import { HANDLING_LABELS, type HandlingTypeName } from "@/lib/catalogue/labels";

const BADGE_CLASS: Record<HandlingTypeName, string> = {
  IMMEDIATE: "border-ok-600 text-ok-600",
  COMMITMENT: "border-warn-600 text-warn-600",
  APPOINTMENT: "border-brand-600 text-brand-700",
};

/** 即办 / 承诺办（n 个工作日）/ 预约办 as a small outlined label. */
export function HandlingBadge({ type, promisedDays }: { type: HandlingTypeName; promisedDays?: number | null }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded border px-1.5 text-xs font-semibold ${BADGE_CLASS[type]}`}>
      {HANDLING_LABELS[type]}
      {type === "COMMITMENT" && promisedDays ? `·${promisedDays}个工作日` : ""}
    </span>
  );
}
