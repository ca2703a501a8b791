import Link from "next/link";
import { areaPath } from "@/lib/auth/roles";
import { listPublishedCentres } from "@/lib/appointments/queries";
import { NO_SHOW_LIMIT, NO_SHOW_PERIOD_DAYS, RESTRICTION_DAYS } from "@/lib/appointments/no-show";
import { BOOKING_WINDOW_DAYS } from "@/lib/calendar";
import { BookingEntry } from "@/components/appointments/booking-entry";
import { CentreCard } from "@/components/appointments/centre-card";
import { SignedInLink } from "@/components/session/signed-in-links";

export const metadata = { title: "网上预约" };

/** 网上预约 entry (A1–A5, LD/T 01 §5.1): how it works, where, and the way in for each role. */
export default async function AppointmentsEntryPage() {
  const centres = await listPublishedCentres(new Date());
  return (
    <div className="space-y-6">
      <section aria-labelledby="intro" className="space-y-2">
        <h1 id="intro">网上预约</h1>
        <p className="text-slate-700">参保人和单位经办人可在网上预约社会保险经办服务网点的窗口，选择网点、事项、日期和时段，到点办理，减少排队等候。</p>
        <div className="flex flex-wrap items-center gap-3 pt-1">
          <BookingEntry />
          <SignedInLink links={{ PERSON: { href: areaPath("PERSON", "appointments"), label: "我的预约" }, UNIT: { href: areaPath("UNIT", "appointments"), label: "单位预约记录" } }} />
        </div>
      </section>

      <section aria-labelledby="rules" className="card">
        <h2 id="rules">预约须知</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
          <li>可预约明天起 {BOOKING_WINDOW_DAYS} 天内的工作日（含调休上班日），法定节假日和网点闭厅日不开放预约。</li>
          <li>同一事项同一天只能保留一个有效预约；预约成功后立即显示预约号，并通过站内消息和短信通知。</li>
          <li>预约前一天 18:00 发送提醒。请携带有效身份证件和办事指南所列材料，按预约时段到场，在窗口或取号机出示预约号。</li>
          <li>不能按时前往的，请在预约时段开始前取消，名额将释放给其他群众。</li>
          <li>{NO_SHOW_PERIOD_DAYS} 天内累计 {NO_SHOW_LIMIT} 次预约未到场（爽约）的，自最近一次爽约起 {RESTRICTION_DAYS} 天内暂停网上预约。</li>
        </ul>
      </section>

      <section aria-labelledby="centres">
        <h2 id="centres" className="mb-3">可预约网点</h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {centres.map((c) => (
            <li key={c.id}>
              <CentreCard centre={c} headingLevel="h3" />
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm">各事项所需材料见<Link href="/guide">办事指南</Link>；网点地址与电话也可在<Link href="/disclosure/centres">信息公开 › 服务网点</Link>查看。</p>
      </section>
    </div>
  );
}
