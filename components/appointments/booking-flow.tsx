import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { parseMaterials } from "@/lib/catalogue/catalogue";
import { findBookingRestriction } from "@/lib/appointments/no-show";
import { listBookableItems, listPublishedCentres } from "@/lib/appointments/queries";
import { listBookingDays, listDaySlots } from "@/lib/appointments/slots";
import { singleParam, type SearchParams } from "@/lib/validation/search-params";
import { FormMessage } from "@/components/forms/form-message";
import { Steps } from "@/components/ui/steps";
import { BookingForm } from "./booking-form";

const positiveInt = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) ? Number(v) : undefined);

const STEPS = ["选择网点和事项", "选择日期", "选择时段并确认"];

/**
 * 预约流程 (A1, A2, A4) for a person or a unit handler: centre and item → date → slot and
 * confirm. Every choice is a URL parameter, so each step is a plain page that works without
 * JavaScript until the final confirmation; what is offered is computed on the server at `now`.
 */
export async function BookingFlow({ user, params }: { user: SessionUser; params: SearchParams }) {
  const basePath = areaPath(user.role, "appointments/new");
  const listPath = areaPath(user.role, "appointments");
  const now = new Date();
  const restriction = await findBookingRestriction(user.id, now);
  if (restriction) {
    return (
      <FormMessage tone="error">
        暂不能网上预约：{restriction.reason}如有疑问请拨打 12333 或到服务网点咨询。
      </FormMessage>
    );
  }

  const [centres, items] = await Promise.all([listPublishedCentres(now), listBookableItems(user.role)]);
  const centre = centres.find((c) => c.id === positiveInt(singleParam(params, "centre")));
  const item = items.find((i) => i.id === positiveInt(singleParam(params, "item")));
  const days = centre && item ? await listBookingDays(centre.id, now) : [];
  const day = days.find((d) => d.date === singleParam(params, "date") && d.available);
  const slots = centre && day ? await listDaySlots(centre.id, day.date, now) : [];
  const step = !centre || !item ? 1 : !day ? 2 : 3;
  const hrefFor = (date: string) => `${basePath}?centre=${centre?.id}&item=${item?.id}&date=${date}`;
  const categories = [...new Set(items.map((i) => i.category))];

  return (
    <div className="space-y-6">
      <Steps label="预约步骤" steps={STEPS} current={step} />

      <section aria-labelledby="step1" className="card">
        <h2 id="step1">第一步：选择网点和事项</h2>
        <form action={basePath} method="get" className="mt-3 grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor="centre" className="block font-medium">服务网点</label>
            <select id="centre" name="centre" defaultValue={centre?.id ?? ""} required className="input">
              <option value="">请选择网点</option>
              {centres.map((c) => (
                <option key={c.id} value={c.id}>{c.name}</option>
              ))}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="item" className="block font-medium">服务事项</label>
            <select id="item" name="item" defaultValue={item?.id ?? ""} required className="input">
              <option value="">请选择事项</option>
              {categories.map((category) => (
                <optgroup key={category} label={category}>
                  {items.filter((i) => i.category === category).map((i) => (
                    <option key={i.id} value={i.id}>{i.name}</option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="sm:col-span-2">
            <button type="submit" className="btn">下一步：选择日期</button>
          </div>
        </form>
        {centre && (
          <p className="mt-3 text-sm text-slate-700">
            {centre.name}：{centre.address}，电话 {centre.phone}，{centre.hoursText}。
          </p>
        )}
        {item && (
          <div className="mt-2 text-sm text-slate-700">
            <p>
              办理“{item.name}”请携带：
              {parseMaterials(item.materials).map((m) => m.name).join("；") || "有效身份证件"}。
              <Link href={`/guide/${item.code}`}>查看办事指南</Link>
            </p>
          </div>
        )}
      </section>

      {centre && item && (
        <section aria-labelledby="step2" className="card">
          <h2 id="step2">第二步：选择日期</h2>
          <p className="mt-1 text-sm text-slate-600">可预约明天起 7 天内的工作日；节假日和闭厅日不开放。</p>
          <ul className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
            {days.map((d) => {
              const selected = d.date === day?.date;
              const body = (
                <>
                  <span className="block font-semibold">{d.date.slice(5)}</span>
                  <span className="block">{d.weekday}</span>
                  <span className="block text-xs">{d.available ? `余 ${d.remaining} 个` : (d.note ?? "已约满")}</span>
                  {d.available && d.note && <span className="block text-xs">{d.note}</span>}
                </>
              );
              return (
                <li key={d.date}>
                  {d.available ? (
                    <Link
                      href={hrefFor(d.date)}
                      aria-current={selected ? "date" : undefined}
                      aria-label={`${d.date} ${d.weekday}，余 ${d.remaining} 个名额${d.note ? `，${d.note}` : ""}`}
                      className={`block rounded border px-2 py-2 text-center hover:no-underline ${selected ? "border-brand-700 bg-brand-700 text-white" : "border-brand-200 bg-white"}`}
                    >
                      {body}
                    </Link>
                  ) : (
                    <span aria-disabled="true" className="block rounded border border-slate-200 bg-slate-100 px-2 py-2 text-center text-slate-500">
                      <span className="sr-only">不可预约：</span>
                      {body}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {centre && item && day && (
        <section aria-labelledby="step3" className="card">
          <h2 id="step3">第三步：选择时段并确认</h2>
          <div className="mt-3">
            <BookingForm
              key={`${centre.id}-${item.id}-${day.date}`}
              centreId={centre.id}
              itemId={item.id}
              date={day.date}
              dayLabel={`${day.date}（${day.weekday}）`}
              centreName={centre.name}
              itemName={item.name}
              slots={slots.map(({ startTime, endTime, remaining, available }) => ({ startTime, endTime, remaining, available }))}
              listPath={listPath}
              newPath={basePath}
            />
          </div>
        </section>
      )}
    </div>
  );
}
