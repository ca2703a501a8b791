import { listPublishedCentres } from "@/lib/appointments/queries";
import { listBookingDays, listDaySlots } from "@/lib/appointments/slots";
import { singleParam, type SearchParams } from "@/lib/validation/search-params";
import { VisitSlotForm } from "./visit-slot-form";

/**
 * 预约办 (P5): after the pre-examination the applicant picks a centre and day (a plain GET
 * form, so it works without JavaScript) and then a slot, booked through §3 for this application.
 */
export async function VisitBooking({ applicationId, params, now }: { applicationId: string; params: SearchParams; now: Date }) {
  const centres = await listPublishedCentres(now);
  const centreId = Number(singleParam(params, "centre")) || centres[0]?.id;
  const days = centreId ? await listBookingDays(centreId, now) : [];
  const date = singleParam(params, "date") ?? days.find((d) => d.available)?.date;
  const slots = centreId && date ? await listDaySlots(centreId, date, now) : [];
  return (
    <div className="space-y-3">
      <form method="get" className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label="选择网点和日期">
        <div className="space-y-1">
          <label htmlFor="centre" className="block font-medium">服务网点</label>
          <select id="centre" name="centre" defaultValue={centreId} className="input">
            {centres.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="date" className="block font-medium">日期</label>
          <select id="date" name="date" defaultValue={date} className="input">
            {days.map((d) => <option key={d.date} value={d.date} disabled={!d.available}>{d.date}（{d.weekday}）{d.available ? "" : ` ${d.note ?? "已约满"}`}</option>)}
          </select>
        </div>
        <button type="submit" className="btn btn-secondary">查看时段</button>
      </form>
      {centreId && date ? (
        <VisitSlotForm applicationId={applicationId} centreId={centreId} date={date} slots={slots.map((s) => ({ startTime: s.startTime, endTime: s.endTime, remaining: s.remaining, available: s.available }))} />
      ) : (
        <p className="text-sm text-slate-600">暂无可预约的网点或日期。</p>
      )}
    </div>
  );
}
