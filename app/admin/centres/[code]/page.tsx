import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { shanghaiToday } from "@/lib/calendar";
import { removeCentreClosedDayAction } from "@/lib/appointments/actions";
import { findCentreForAdmin } from "@/lib/appointments/queries";
import { slotCapacityOf, slotTimesOf } from "@/lib/appointments/slots";
import { weekdayOf } from "@/lib/calendar";
import { ActionButton } from "@/components/forms/action-button";
import { CentreSettingsForm, ClosedDayForm, WindowForm } from "@/components/appointments/centre-forms";

export const metadata = { title: "网点设置" };

/** A2: one centre's hours and slot layout, windows (预约专窗) and closed days. */
export default async function CentreAdminPage({ params }: { params: Promise<{ code: string }> }) {
  const code = decodeURIComponent((await params).code);
  await requirePageRole(["ADMIN"], `/admin/centres/${code}`);
  const now = new Date();
  const centre = await findCentreForAdmin(code, now);
  if (!centre) notFound();
  const slots = slotTimesOf(centre);
  const capacity = slotCapacityOf(centre.windows, centre.seatsPerWindowPerSlot);

  return (
    <div className="space-y-6">
      <nav aria-label="当前位置" className="text-sm">
        <Link href={areaPath("ADMIN", "centres")}>网点与日历</Link> <span aria-hidden="true">›</span> {centre.name}
      </nav>
      <h1>{centre.name}</h1>
      <p className="text-sm text-slate-700">
        当前每天 {slots.length} 个预约时段（{slots[0]?.startTime ?? "—"} 起），每时段 {capacity} 个名额：
        {centre.windows.some((w) => w.active && w.appointmentOnly) ? "按在用的预约专窗数" : "未设预约专窗，按全部在用窗口数"} × 每窗口名额 {centre.seatsPerWindowPerSlot}。
      </p>

      <section aria-labelledby="settings" className="card">
        <h2 id="settings" className="mb-3">基本信息与预约时段</h2>
        <CentreSettingsForm
          centre={{
            centreId: centre.id,
            name: centre.name,
            address: centre.address,
            phone: centre.phone,
            hoursText: centre.hoursText,
            amOpen: centre.amOpen,
            amClose: centre.amClose,
            pmOpen: centre.pmOpen,
            pmClose: centre.pmClose,
            slotMinutes: centre.slotMinutes,
            seatsPerWindowPerSlot: centre.seatsPerWindowPerSlot,
            published: centre.published,
          }}
        />
      </section>

      <section aria-labelledby="windows" className="card space-y-4">
        <h2 id="windows">服务窗口</h2>
        <p className="text-sm text-slate-600">设为“预约专窗”的窗口只接待预约群众（LD/T 01 §5.1 c）。停用的窗口不再计入名额；已有预约不受影响。</p>
        <ul className="space-y-3">
          {centre.windows.map((w) => (
            <li key={w.id} className="border-b border-slate-200 pb-3">
              <WindowForm centreId={centre.id} window={{ id: w.id, number: w.number, name: w.name, appointmentOnly: w.appointmentOnly, active: w.active }} />
            </li>
          ))}
        </ul>
        <div>
          <h3 className="mb-2 font-semibold">添加窗口</h3>
          <WindowForm centreId={centre.id} />
        </div>
      </section>

      <section aria-labelledby="closed" className="card space-y-4">
        <h2 id="closed">闭厅日</h2>
        {centre.closedDays.length === 0 ? (
          <p className="text-sm">今后没有闭厅安排。</p>
        ) : (
          <ul className="space-y-2">
            {centre.closedDays.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-3">
                <span className="font-mono">{d.date}</span>
                <span>{weekdayOf(d.date)}</span>
                <span>{d.reason}</span>
                <ActionButton action={removeCentreClosedDayAction} input={{ centreId: centre.id, closedDayId: d.id }} confirm={`确定取消 ${d.date} 的闭厅安排吗？该日将恢复开放预约。`} successMessage="已取消闭厅" variant="danger">
                  取消闭厅
                </ActionButton>
              </li>
            ))}
          </ul>
        )}
        <div>
          <h3 className="mb-2 font-semibold">添加闭厅日</h3>
          <ClosedDayForm centreId={centre.id} minDate={shanghaiToday(now)} />
        </div>
      </section>
    </div>
  );
}
