import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { cancelAppointmentAction } from "@/lib/appointments/actions";
import { appointmentHistory } from "@/lib/appointments/history";
import { APPOINTMENT_STATUS_CLASS, APPOINTMENT_STATUS_LABELS } from "@/lib/appointments/labels";
import { findBookingRestriction } from "@/lib/appointments/no-show";
import { listOwnAppointments } from "@/lib/appointments/queries";
import { weekdayOf } from "@/lib/calendar";
import { ActionButton } from "@/components/forms/action-button";
import { FormMessage } from "@/components/forms/form-message";
import { Timeline } from "@/components/ui/timeline";

/**
 * The signed-in user's bookings with cancel (A5). U9: a person's own; a unit handler's, every
 * booking of its unit, with the handler who made it.
 */
export async function MyAppointments({ user }: { user: SessionUser }) {
  const newPath = areaPath(user.role, "appointments/new");
  const now = new Date();
  const [appointments, restriction] = await Promise.all([listOwnAppointments(user, now), findBookingRestriction(user.id, now)]);
  const unit = user.role === "UNIT";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1>{unit ? "单位预约" : "我的预约"}</h1>
        {!restriction && <Link href={newPath} className="btn">新建预约</Link>}
      </div>
      {restriction && <FormMessage tone="error">暂不能网上预约：{restriction.reason}</FormMessage>}
      {unit && <p className="text-sm text-slate-600">本单位所有经办人的预约都在这里，任一经办人均可取消。</p>}
      {appointments.length === 0 ? (
        <p className="card">
          {unit ? "本单位还没有预约记录。" : "您还没有预约记录。"}<Link href={newPath}>现在预约</Link>，到点办理不排队。
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="table">
            <caption className="sr-only">{unit ? "本单位预约记录" : "预约记录"}，最近的在前</caption>
            <thead>
              <tr>
                <th scope="col">预约号</th>
                <th scope="col">事项</th>
                <th scope="col">网点</th>
                <th scope="col">预约时间</th>
                {unit && <th scope="col">经办人</th>}
                <th scope="col">状态</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {appointments.map((a) => (
                <tr key={a.id}>
                  <td className="font-mono">{a.bookingNo}</td>
                  <td><Link href={`/guide/${a.item.code}`}>{a.item.name}</Link></td>
                  <td>
                    {a.slot.centre.name}
                    <span className="block text-xs text-slate-600">{a.slot.centre.address}</span>
                  </td>
                  <td className="whitespace-nowrap">
                    {a.date}（{weekdayOf(a.date)}）
                    <span className="block">{a.startTime}–{a.slot.endTime}</span>
                  </td>
                  {unit && <td>{a.bookedByMe ? `${a.user.name}（本人）` : a.user.name}</td>}
                  <td>
                    <span className={`rounded px-2 py-0.5 text-xs font-semibold ${APPOINTMENT_STATUS_CLASS[a.status]}`}>{APPOINTMENT_STATUS_LABELS[a.status]}</span>
                    {a.window && <span className="block text-xs text-slate-600">{a.window.number} 窗口</span>}
                    <details className="mt-1">
                      <summary className="cursor-pointer text-xs text-brand-800">办理进度</summary>
                      <div className="mt-2 min-w-56">
                        <Timeline label={`预约 ${a.bookingNo} 的办理进度`} events={appointmentHistory(a)} />
                      </div>
                    </details>
                  </td>
                  <td>
                    {a.cancellable ? (
                      <ActionButton
                        action={cancelAppointmentAction}
                        input={{ id: a.id }}
                        confirm={`确定取消预约 ${a.bookingNo}（${a.date} ${a.startTime}，${a.item.name}）吗？`}
                        successMessage="预约已取消"
                        variant="danger"
                      >
                        取消预约
                      </ActionButton>
                    ) : (
                      <span className="text-slate-500">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
