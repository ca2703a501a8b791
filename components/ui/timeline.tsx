import type { ReactNode } from "react";
import { formatShanghai } from "@/lib/calendar";

export interface TimelineEvent {
  at: Date;
  title: string;
  /** who acted, or which department */
  by?: string;
  detail?: ReactNode;
}

/**
 * What happened to a case, oldest first (受理 → 办理 → 办结 for an application, 预约 → 签到 for a
 * booking). An ordered list with times in Beijing time; the latest event is where the case
 * stands now, so it is marked aria-current="step", named so for screen readers, and drawn stronger.
 */
export function Timeline({ label, events }: { label: string; events: readonly TimelineEvent[] }) {
  return (
    <ol aria-label={label} className="space-y-3 border-l-2 border-brand-100 pl-4">
      {events.map((event, i) => {
        const latest = i === events.length - 1;
        return (
          <li key={`${event.at.getTime()}-${event.title}`} aria-current={latest ? "step" : undefined} className="relative">
            <span aria-hidden="true" className={`absolute top-1.5 -left-[1.4rem] h-2.5 w-2.5 rounded-full ${latest ? "bg-brand-700" : "bg-brand-200"}`} />
            <p className={latest ? "font-semibold text-brand-900" : "font-medium"}>
              {event.title}
              {latest && <span className="sr-only">（当前进度）</span>}
            </p>
            <p className="text-xs text-slate-600">
              <time dateTime={event.at.toISOString()}>{formatShanghai(event.at, "datetime")}</time>
              {event.by && <> · {event.by}</>}
            </p>
            {event.detail && <div className="text-sm text-slate-700">{event.detail}</div>}
          </li>
        );
      })}
    </ol>
  );
}
