import type { listPublishedCentres } from "@/lib/appointments/queries";
import { weekdayOf } from "@/lib/calendar";

type Centre = Awaited<ReturnType<typeof listPublishedCentres>>[number];

/** One service centre as the public sees it: address, phone, hours, windows and coming closures (LD/T 01 §5.6.1 c). */
export function CentreCard({ centre, headingLevel = "h2" }: { centre: Centre; headingLevel?: "h2" | "h3" }) {
  const Heading = headingLevel;
  return (
    <div className="card h-full space-y-1">
      <Heading className="text-lg font-semibold text-brand-900">{centre.name}</Heading>
      <dl className="grid grid-cols-[5rem_1fr] gap-y-1 text-sm">
        <dt className="text-slate-600">地址</dt>
        <dd>{centre.address}</dd>
        <dt className="text-slate-600">电话</dt>
        <dd><a href={`tel:${centre.phone}`}>{centre.phone}</a></dd>
        <dt className="text-slate-600">办公时间</dt>
        <dd>{centre.hoursText}</dd>
        <dt className="text-slate-600">服务窗口</dt>
        <dd>
          {centre.windows.length} 个{centre.appointmentWindows > 0 ? `，其中预约专窗 ${centre.appointmentWindows} 个` : ""}
        </dd>
        <dt className="text-slate-600">预约号源</dt>
        <dd>每天 {centre.slotsPerDay} 个时段，每时段 {centre.seatsPerSlot} 个名额</dd>
      </dl>
      {centre.closedDays.length > 0 && (
        <p className="rounded bg-amber-50 px-2 py-1 text-sm text-warn-600">
          暂停服务：{centre.closedDays.map((d) => `${d.date}（${weekdayOf(d.date)}）${d.reason}`).join("；")}
        </p>
      )}
    </div>
  );
}
