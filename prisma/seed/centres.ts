/**
 * 社会保险经办服务网点 (A2, K3): four Qingdao service centres with windows, some of them
 * 预约专窗 (LD/T 01 §5.1 c), and a closed day or two within the coming booking window so the
 * demo shows one. Repeatable: centres and windows are added by code / number when missing,
 * closed days only for a centre that has none; nothing existing is changed.
 */
import { bookingWindow, type DayString } from "@/lib/calendar";
import { db } from "@/lib/db";
import { loadWorkingDayCalendar } from "@/lib/calendar/working-day-store";

interface CentreSeed {
  code: string;
  name: string;
  address: string;
  phone: string;
  regionCode: string;
  hoursText: string;
  amOpen: string;
  amClose: string;
  pmOpen: string;
  pmClose: string;
  slotMinutes: number;
  seatsPerWindowPerSlot: number;
  windows: { number: string; name: string; appointmentOnly?: boolean }[];
  /** closed on the n-th working day of the booking window (1-based), if any */
  closedOn?: { nthWorkingDay: number; reason: string };
}

export const CENTRES: CentreSeed[] = [
  {
    code: "QD-SN",
    name: "青岛市社会保险服务中心（市南）",
    address: "青岛市市南区宁夏路 288 号 1 楼服务大厅",
    phone: "0532-85911233",
    regionCode: "370202",
    hoursText: "法定工作日 上午 9:00–12:00，下午 13:30–17:00",
    amOpen: "09:00",
    amClose: "12:00",
    pmOpen: "13:30",
    pmClose: "17:00",
    slotMinutes: 30,
    seatsPerWindowPerSlot: 1,
    windows: [
      { number: "A01", name: "单位参保登记" },
      { number: "A02", name: "单位信息变更" },
      { number: "A03", name: "个人参保与信息变更" },
      { number: "A04", name: "关系转移接续" },
      { number: "A05", name: "待遇审核" },
      { number: "A06", name: "证明打印与综合受理" },
      { number: "Y01", name: "预约专窗", appointmentOnly: true },
      { number: "Y02", name: "预约专窗", appointmentOnly: true },
    ],
  },
  {
    code: "QD-SB",
    name: "市北区社会保险服务大厅",
    address: "青岛市市北区敦化路 328 号市北区政务服务中心 3 楼",
    phone: "0532-83722333",
    regionCode: "370203",
    hoursText: "法定工作日 上午 9:00–12:00，下午 13:30–17:00",
    amOpen: "09:00",
    amClose: "12:00",
    pmOpen: "13:30",
    pmClose: "17:00",
    slotMinutes: 30,
    seatsPerWindowPerSlot: 1,
    windows: [
      { number: "B01", name: "综合受理" },
      { number: "B02", name: "综合受理" },
      { number: "B03", name: "综合受理" },
      { number: "B04", name: "待遇与转移" },
      { number: "B05", name: "就业与失业登记" },
      { number: "B06", name: "证明打印" },
    ],
    closedOn: { nthWorkingDay: 3, reason: "业务系统升级，暂停窗口服务" },
  },
  {
    code: "QD-LS",
    name: "崂山区社会保险服务大厅",
    address: "青岛市崂山区株洲路 151 号崂山区政务服务中心 2 楼",
    phone: "0532-88996233",
    regionCode: "370212",
    hoursText: "法定工作日 上午 9:00–12:00，下午 13:00–17:00",
    amOpen: "09:00",
    amClose: "12:00",
    pmOpen: "13:00",
    pmClose: "17:00",
    slotMinutes: 60,
    seatsPerWindowPerSlot: 2,
    windows: [
      { number: "C01", name: "综合受理" },
      { number: "C02", name: "综合受理" },
      { number: "C03", name: "待遇与转移" },
      { number: "C08", name: "预约专窗", appointmentOnly: true },
    ],
  },
  {
    code: "QD-XHA",
    name: "西海岸新区社会保险服务中心",
    address: "青岛市黄岛区长江中路 216 号西海岸新区政务服务中心 1 楼",
    phone: "0532-86989233",
    regionCode: "370211",
    hoursText: "法定工作日 上午 8:30–12:00，下午 13:30–17:00",
    amOpen: "08:30",
    amClose: "12:00",
    pmOpen: "13:30",
    pmClose: "17:00",
    slotMinutes: 30,
    seatsPerWindowPerSlot: 1,
    windows: [
      { number: "D01", name: "单位业务" },
      { number: "D02", name: "单位业务" },
      { number: "D03", name: "个人业务" },
      { number: "D04", name: "个人业务" },
      { number: "D05", name: "退休审批" },
      { number: "D11", name: "预约专窗", appointmentOnly: true },
      { number: "D12", name: "预约专窗", appointmentOnly: true },
    ],
    closedOn: { nthWorkingDay: 5, reason: "办公场所消防安全演练" },
  },
];

async function nthWorkingDayOfWindow(n: number, now: Date): Promise<DayString | undefined> {
  const calendar = await loadWorkingDayCalendar();
  return bookingWindow(now).filter((d) => calendar.isWorkingDay(d))[n - 1];
}

export async function seedCentres(now: Date = new Date()): Promise<string> {
  let added = 0;
  for (const { windows, closedOn, ...fields } of CENTRES) {
    const existing = await db.serviceCentre.findUnique({ where: { code: fields.code }, select: { id: true } });
    const centre = existing ?? (await db.serviceCentre.create({ data: fields }));
    if (!existing) added += 1;
    for (const w of windows) {
      await db.centreWindow.upsert({
        where: { centreId_number: { centreId: centre.id, number: w.number } },
        create: { centreId: centre.id, number: w.number, name: w.name, appointmentOnly: w.appointmentOnly ?? false },
        update: {},
      });
    }
    const date = closedOn && (await nthWorkingDayOfWindow(closedOn.nthWorkingDay, now));
    if (closedOn && date && (await db.centreClosedDay.count({ where: { centreId: centre.id } })) === 0) {
      await db.centreClosedDay.create({ data: { centreId: centre.id, date, reason: closedOn.reason } });
    }
  }
  return `centres: ${CENTRES.length} service centres (${added} added)`;
}
