import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { formatShanghai, shanghaiToday } from "@/lib/calendar";
import { singleParam, type SearchParams } from "@/lib/validation/search-params";
import { markNoShowAction } from "@/lib/appointments/actions";
import { APPOINTMENT_STATUS_CLASS, APPOINTMENT_STATUS_LABELS } from "@/lib/appointments/labels";
import { listCentreDayByWindow, listCentresWithWindows, type CentreDayAppointment } from "@/lib/appointments/queries";
import { weekdayOf } from "@/lib/calendar";
import { maskMobile } from "@/lib/security/masking";
import { ActionButton } from "@/components/forms/action-button";
import { CheckInForm } from "@/components/appointments/check-in-form";

export const metadata = { title: "今日预约" };

/**
 * 预约现场 (A6): today's bookings (Asia/Shanghai) of one centre, per window they were checked
 * in at, and those still waiting for a window; check-in and no-show.
 */
export default async function StaffAppointmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageRole(["STAFF", "ADMIN"], "/staff/appointments");
  const params = await searchParams;
  const now = new Date();
  const today = shanghaiToday(now);
  const centres = await listCentresWithWindows();
  const centre = centres.find((c) => String(c.id) === singleParam(params, "centre")) ?? centres[0];
  if (!centre) return <p className="card">尚未设置服务网点。</p>;

  const day = await listCentreDayByWindow(centre.id, today, now);
  const windowOptions = [...centre.windows]
    .sort((a, b) => Number(b.appointmentOnly) - Number(a.appointmentOnly))
    .map((w) => ({ id: w.id, label: `${w.number} ${w.name}` }));
  const { counts } = day;

  return (
    <div className="space-y-5">
      <div>
        <h1>今日预约</h1>
        <p className="mt-1 text-slate-700">
          {today}（{weekdayOf(today)}）· 更新于 {formatShanghai(now, "time")} · 签到时为来访者分配窗口；时段开始后未到场的可标记爽约。
        </p>
      </div>

      <nav aria-label="选择网点">
        <ul className="flex flex-wrap gap-2">
          {centres.map((c) => (
            <li key={c.id}>
              <Link
                href={`${areaPath("STAFF", "appointments")}?centre=${c.id}`}
                aria-current={c.id === centre.id ? "page" : undefined}
                className={`block rounded-full border px-4 py-1 text-sm ${c.id === centre.id ? "border-brand-700 bg-brand-700 text-white" : "border-brand-200 bg-white"}`}
              >
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="summary" className="card">
        <h2 id="summary">今日概况</h2>
        <p className="mt-1 text-sm">
          共 {counts.total} 个预约：待签到 {counts.booked}，已签到 {counts.checkedIn}，未到场 {counts.noShow}。
        </p>
      </section>

      {counts.total === 0 && <p className="card">{centre.name}今日没有预约。</p>}

      {day.unassigned.length > 0 && (
        <section aria-labelledby="unassigned" className="space-y-2">
          <h2 id="unassigned">未分配窗口：待签到 {counts.booked} 人，未到场 {counts.noShow} 人</h2>
          <DayTable caption={`${centre.name} ${today} 未分配窗口的预约，按时段排序`} rows={day.unassigned} windowOptions={windowOptions} />
        </section>
      )}

      {day.byWindow.map(({ window, appointments }) => (
        <section key={window.id} aria-labelledby={`window-${window.id}`} className="space-y-2">
          <h2 id={`window-${window.id}`}>
            {window.number} {window.name}{window.appointmentOnly ? "（预约专窗）" : ""}：已签到 {appointments.length} 人
          </h2>
          {appointments.length > 0 ? (
            <DayTable caption={`${window.number} 窗口 ${today} 已签到的预约`} rows={appointments} windowOptions={windowOptions} />
          ) : (
            <p className="text-sm text-slate-600">该窗口今日尚无签到。</p>
          )}
        </section>
      ))}
    </div>
  );
}

/** One group of the day: a window's check-ins, or the bookings still waiting for a window. */
function DayTable({ caption, rows, windowOptions }: { caption: string; rows: CentreDayAppointment[]; windowOptions: { id: number; label: string }[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">时段</th>
            <th scope="col">预约号</th>
            <th scope="col">预约人</th>
            <th scope="col">事项</th>
            <th scope="col">状态</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id}>
              <td className="whitespace-nowrap">{a.startTime}–{a.slot.endTime}</td>
              <td className="font-mono">{a.bookingNo}</td>
              <td>
                {a.user.name}
                <span className="block text-xs text-slate-600">
                  {a.user.role === "UNIT" ? `单位经办 ${a.user.unitName ?? ""}` : "个人"} · {maskMobile(a.user.mobile)}
                </span>
              </td>
              <td>{a.item.name}</td>
              <td>
                <span className={`rounded px-2 py-0.5 text-xs font-semibold ${APPOINTMENT_STATUS_CLASS[a.status]}`}>{APPOINTMENT_STATUS_LABELS[a.status]}</span>
                {a.checkedInAt && <span className="block text-xs text-slate-600">{formatShanghai(a.checkedInAt, "time")} 签到</span>}
              </td>
              <td>
                {a.status === "BOOKED" ? (
                  <div className="flex flex-col gap-2">
                    <CheckInForm appointmentId={a.id} bookingNo={a.bookingNo} windows={windowOptions} />
                    {a.started ? (
                      <ActionButton action={markNoShowAction} input={{ id: a.id }} confirm={`确定将预约 ${a.bookingNo}（${a.user.name}）标记为未到场吗？`} successMessage="已标记未到场">
                        标记爽约
                      </ActionButton>
                    ) : (
                      <span className="text-xs text-slate-600">时段开始后可标记爽约</span>
                    )}
                  </div>
                ) : (
                  <span className="text-slate-500">—</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
