import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { areaPath } from "@/lib/auth/roles";
import { shanghaiToday } from "@/lib/calendar";
import { deleteCalendarDayAction } from "@/lib/calendar/actions";
import { listCalendarDays } from "@/lib/calendar/calendar-admin";
import { singleParam, type SearchParams } from "@/lib/validation/search-params";
import { listCentresForAdmin } from "@/lib/appointments/queries";
import { slotCapacityOf } from "@/lib/appointments/slots";
import { weekdayOf } from "@/lib/calendar";
import { ActionButton } from "@/components/forms/action-button";
import { CalendarDayForm } from "@/components/appointments/centre-forms";
import { DataTable, type Column } from "@/components/ui/data-table";

export const metadata = { title: "网点与日历" };

type CentreRow = Awaited<ReturnType<typeof listCentresForAdmin>>[number];

const CENTRE_COLUMNS: Column<CentreRow>[] = [
  { header: "编码", cell: (c) => c.code, className: "font-mono" },
  { header: "名称", cell: (c) => c.name },
  {
    header: "窗口（在用 / 预约专窗）",
    cell: (c) => {
      const active = c.windows.filter((w) => w.active);
      return `${active.length} / ${active.filter((w) => w.appointmentOnly).length}`;
    },
  },
  { header: "每时段名额", cell: (c) => slotCapacityOf(c.windows, c.seatsPerWindowPerSlot) },
  { header: "今后闭厅日", cell: (c) => c.closedDays.map((d) => d.date).join("、") || "—" },
  { header: "状态", cell: (c) => (c.published ? "开放" : <span className="text-warn-600">未公开</span>) },
  { header: "操作", cell: (c) => <Link href={areaPath("ADMIN", `centres/${c.code}`)} aria-label={`设置 ${c.name}`}>设置</Link> },
];

/** A2: ADMIN's centres and the holiday calendar (法定节假日与调休) every booking and deadline uses. */
export default async function CentresAdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageRole(["ADMIN"], "/admin/centres");
  const params = await searchParams;
  const now = new Date();
  const thisYear = Number(shanghaiToday(now).slice(0, 4));
  const yearParam = singleParam(params, "year");
  const year = yearParam && /^20\d\d$/.test(yearParam) ? Number(yearParam) : thisYear;
  const [centres, days] = await Promise.all([listCentresForAdmin(now), listCalendarDays(year)]);

  return (
    <div className="space-y-8">
      <section aria-labelledby="centres" className="space-y-3">
        <h1 id="centres">网点与日历</h1>
        <h2>服务网点</h2>
        <DataTable caption={`服务网点，共 ${centres.length} 个`} columns={CENTRE_COLUMNS} rows={centres} rowKey={(c) => c.id} empty="尚未设置服务网点" />
      </section>

      <section aria-labelledby="calendar" className="space-y-3">
        <h2 id="calendar">节假日与调休日历</h2>
        <p className="text-sm text-slate-700">
          周一至周五为工作日、周六周日休息；下表列出与此不同的日期：法定节假日（放假）和调休上班日。网上预约、承诺时限等所有按工作日计算的功能都使用这份日历。
        </p>
        <nav aria-label="选择年份">
          <ul className="flex gap-2 text-sm">
            {[thisYear - 1, thisYear, thisYear + 1].map((y) => (
              <li key={y}>
                <Link href={`${areaPath("ADMIN", "centres")}?year=${y}#calendar`} aria-current={y === year ? "page" : undefined} className={`block rounded-full border px-3 py-0.5 ${y === year ? "border-brand-700 bg-brand-700 text-white" : "border-brand-200 bg-white"}`}>
                  {y} 年
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="card">
          <h3 className="mb-2 font-semibold">新增或修改日期</h3>
          <CalendarDayForm />
        </div>
        {days.length === 0 ? (
          <p className="card text-warn-600">{year} 年尚无节假日数据：在录入前，该年按周一至周五工作计算。请在国务院办公厅发布放假安排后及时录入。</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="table">
              <caption className="sr-only">{year} 年节假日与调休，共 {days.length} 天</caption>
              <thead>
                <tr>
                  <th scope="col">日期</th>
                  <th scope="col">星期</th>
                  <th scope="col">类型</th>
                  <th scope="col">名称</th>
                  <th scope="col">依据</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {days.map((d) => (
                  <tr key={d.date}>
                    <td className="font-mono">{d.date}</td>
                    <td>{weekdayOf(d.date)}</td>
                    <td>{d.kind === "HOLIDAY" ? "放假" : <span className="font-semibold text-brand-800">调休上班</span>}</td>
                    <td>{d.name}</td>
                    <td>{d.provisional ? <span className="text-warn-600">暂定，待通知确认</span> : "国务院办公厅通知"}</td>
                    <td>
                      <ActionButton action={deleteCalendarDayAction} input={{ date: d.date }} confirm={`确定删除 ${d.date}（${d.name}）吗？删除后该日按平常的周一至周五规则计算。`} successMessage="已删除">
                        删除
                      </ActionButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
