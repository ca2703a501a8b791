import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import type { SearchParams } from "@/lib/validation/search-params";
import { BookingFlow } from "@/components/appointments/booking-flow";

export const metadata = { title: "预约窗口服务" };

export default async function NewAppointmentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requirePageRole(["PERSON"], "/person/appointments/new");
  return (
    <div className="space-y-4">
      <nav aria-label="当前位置" className="text-sm">
        <Link href={areaPath("PERSON", "appointments")}>我的预约</Link> <span aria-hidden="true">›</span> 新建预约
      </nav>
      <h1>预约窗口服务</h1>
      <BookingFlow user={user} params={await searchParams} />
    </div>
  );
}
