import Link from "next/link";
import { areaPath } from "@/lib/auth/roles";

export const RIGHTS_SECTIONS = [
  { section: "rights", label: "权益概览" },
  { section: "rights/contributions", label: "缴费明细" },
  { section: "rights/account", label: "个人账户" },
  { section: "rights/transfers", label: "转移接续" },
  { section: "rights/benefits", label: "待遇发放" },
] as const;

/** The tabs of 权益查询 (Q2); the current one is marked for screen readers. */
export function RightsNav({ current }: { current: (typeof RIGHTS_SECTIONS)[number]["section"] }) {
  return (
    <nav aria-label="权益查询" className="flex flex-wrap gap-2 border-b border-slate-200 pb-2">
      {RIGHTS_SECTIONS.map((s) => (
        <Link
          key={s.section}
          href={areaPath("PERSON", s.section)}
          aria-current={s.section === current ? "page" : undefined}
          className={s.section === current ? "btn" : "btn btn-secondary"}
        >
          {s.label}
        </Link>
      ))}
    </nav>
  );
}
