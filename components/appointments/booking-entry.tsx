"use client";

import Link from "next/link";
import { useSessionUser } from "@/components/session/session-provider";
import { areaPath } from "@/lib/auth/roles";
import { itemAppliesTo } from "@/lib/catalogue/labels";

function bookingPath(role: "PERSON" | "UNIT", itemId?: number) {
  const path = areaPath(role, "appointments/new");
  return itemId ? `${path}?item=${itemId}` : path;
}

/**
 * The "预约办理" buttons: straight to the booking page of the signed-in person or unit, or to
 * the login page that returns there. Only the kinds of applicant the item is for are offered.
 * The signed-in state comes from the session context: the guide pages are served from the page
 * cache, rendered for nobody.
 */
export function BookingEntry({ applicantType = "BOTH", itemId }: { applicantType?: string; itemId?: number }) {
  const user = useSessionUser();
  if (user && (user.role === "STAFF" || user.role === "ADMIN")) {
    return <Link href={areaPath("STAFF", "appointments")} className="btn btn-secondary no-print">查看今日预约</Link>;
  }
  if (user) {
    const role = user.role as "PERSON" | "UNIT";
    if (!itemAppliesTo(applicantType, role)) {
      return <p className="text-sm text-slate-700">本事项由{role === "PERSON" ? "单位" : "个人"}办理，当前账户不能预约。</p>;
    }
    return <Link href={bookingPath(role, itemId)} className="btn no-print">预约办理</Link>;
  }
  const roles = (["PERSON", "UNIT"] as const).filter((r) => itemAppliesTo(applicantType, r));
  return (
    <span className="no-print inline-flex flex-wrap gap-2">
      {roles.map((r) => (
        <Link key={r} href={`/login?next=${encodeURIComponent(bookingPath(r, itemId))}`} className={r === "PERSON" ? "btn" : "btn btn-secondary"}>
          {r === "PERSON" ? "个人登录后预约" : "单位登录后预约"}
        </Link>
      ))}
    </span>
  );
}
