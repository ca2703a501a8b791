/**
 * 网上预约 (A1–A4, LD/T 01 §5.1). The server re-checks everything the booking page showed —
 * the 7-day window, the centre's working days, the slot, who may book the item, the no-show
 * restriction — and then, in one transaction, takes a seat with a conditional increment
 * (the database refuses to go past capacity however many requests arrive at once), writes the
 * appointment whose unique activeKey allows one active booking per person, item and day,
 * and the confirmation message, SMS and trace. Any failure rolls all of it back.
 */
import { randomInt } from "node:crypto";
import { areaPath } from "@/lib/auth/roles";
import { isInBookingWindow, weekdayOf, type DayString } from "@/lib/calendar";
import { db, isUniqueViolation } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { postMessage } from "@/lib/messaging/inbox";
import { smsSender } from "@/lib/messaging/sms";
import { itemAppliesTo } from "@/lib/catalogue/labels";
import type { UserActor } from "@/lib/auth/actor";
import { loadWorkingDayCalendar } from "@/lib/calendar/working-day-store";
import { findBookingRestriction } from "./no-show";
import { ensureBookingSlot, slotStartsAt } from "./slots";

/** The person or unit handler booking. */
export type Booker = UserActor;

export interface BookingRequest {
  centreId: number;
  itemId: number;
  date: DayString;
  startTime: string;
  /** 预约办 application this visit belongs to (P5), if any */
  applicationId?: string;
}

export interface BookingConfirmation {
  id: string;
  bookingNo: string;
  centreName: string;
  centreAddress: string;
  itemName: string;
  date: DayString;
  weekday: string;
  startTime: string;
  endTime: string;
}

/** Transactions here wait their turn instead of failing when many bookings arrive at once. */
export const BOOKING_TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;

const MAX_BOOKING_NO_ATTEMPTS = 5;

export const SLOT_FULL_MESSAGE = "该时段已约满，请选择其他时段";
export const ALREADY_BOOKED_MESSAGE = "您已预约该事项当日的服务";

/** 预约号: YY + visit date + 6 random digits, e.g. YY20261124038211. */
export function generateBookingNo(date: DayString): string {
  return `YY${date.replaceAll("-", "")}${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
}

export function activeKeyOf(userId: string, itemId: number, date: DayString): string {
  return `${userId}|${itemId}|${date}`;
}

const windowRefused = () =>
  new AppError("VALIDATION", "只能预约明天起 7 天内的日期", { fieldErrors: { date: "只能预约明天起 7 天内的日期" } });

export async function bookAppointment(booker: Booker, request: BookingRequest, now: Date): Promise<BookingConfirmation> {
  const { centreId, itemId, date, startTime } = request;
  if (booker.role !== "PERSON" && booker.role !== "UNIT") throw new AppError("FORBIDDEN", "仅参保人或单位经办人可以预约");
  if (!isInBookingWindow(date, now)) throw windowRefused();

  const activeKey = activeKeyOf(booker.id, itemId, date);
  // Independent reads in parallel. findFirst, not findUnique: concurrent findUnique calls are
  // batched into one query, which a burst of bookings pushes past SQLite's parameter limit.
  const [item, centre, user, calendar, restriction, existing] = await Promise.all([
    db.serviceItem.findFirst({ where: { id: itemId, published: true } }),
    db.serviceCentre.findFirst({ where: { id: centreId, published: true }, include: { windows: true } }),
    db.user.findFirst({ where: { id: booker.id }, select: { mobile: true, status: true, coreUnitId: true } }),
    loadWorkingDayCalendar(centreId),
    findBookingRestriction(booker.id, now),
    db.appointment.findFirst({ where: { activeKey }, select: { id: true } }),
  ]);
  if (!user || user.status !== "ACTIVE") throw new AppError("UNAUTHENTICATED", "请先登录");
  if (!item) throw notFound("服务事项");
  if (!item.bookable) throw new AppError("VALIDATION", `“${item.name}”无需到窗口办理，不提供预约`);
  if (!itemAppliesTo(item.applicantType, booker.role)) {
    throw new AppError("FORBIDDEN", booker.role === "UNIT" ? `“${item.name}”由个人办理，单位账户不能预约` : `“${item.name}”由单位办理，个人账户不能预约`);
  }
  if (!centre) throw notFound("服务网点");
  if (!calendar.isWorkingDay(date)) throw new AppError("VALIDATION", `${centre.name} ${date} 不办公，请选择其他日期`, { fieldErrors: { date: "该日不办公" } });
  if (restriction) throw new AppError("FORBIDDEN", restriction.reason);
  // Fast answers for the common refusals; the transaction below is what guarantees them.
  if (existing) throw new AppError("CONFLICT", ALREADY_BOOKED_MESSAGE);

  const slot = await ensureBookingSlot(centre, date, startTime);
  if (slotStartsAt(date, slot.startTime) <= now) throw new AppError("VALIDATION", "该时段已开始，不能预约");
  if (slot.booked >= slot.capacity) throw new AppError("CONFLICT", SLOT_FULL_MESSAGE);

  // The unit the handler acts for now: the booking stays the unit's if the handler leaves it.
  const unitId = booker.role === "UNIT" ? user.coreUnitId : null;
  const weekday = weekdayOf(date);
  const when = `${date}（${weekday}）${slot.startTime}-${slot.endTime}`;
  const sms = await smsSender();

  for (let attempt = 1; ; attempt++) {
    const bookingNo = generateBookingNo(date);
    try {
      const appointment = await db.$transaction(async (tx) => {
        const taken = await tx.appointmentSlot.updateMany({
          where: { id: slot.id, booked: { lt: db.appointmentSlot.fields.capacity } },
          data: { booked: { increment: 1 } },
        });
        if (taken.count === 0) throw new AppError("CONFLICT", SLOT_FULL_MESSAGE);
        const created = await tx.appointment.create({
          data: { bookingNo, userId: booker.id, unitId, itemId, slotId: slot.id, centreId, date, startTime: slot.startTime, activeKey, applicationId: request.applicationId },
        });
        await postMessage(tx, {
          userId: booker.id,
          category: "APPOINTMENT",
          title: `预约成功：${item.name}`,
          body: `您已预约 ${when} 到${centre.name}（${centre.address}）办理“${item.name}”，预约号 ${bookingNo}。请携带有效身份证件和所需材料按时到场；如不能前往，请在时段开始前取消。`,
          link: areaPath(booker.role, "appointments"),
        });
        await sms.send(
          { mobile: user.mobile, purpose: "APPOINTMENT", content: `您已预约${when}到${centre.name}办理${item.name}，预约号${bookingNo}。如不能前往请提前取消。` },
          tx,
        );
        await appendTrace(tx, { id: booker.id, role: booker.role, ip: booker.ip }, {
          action: "appointment.book",
          entity: "Appointment",
          entityId: created.id,
          summary: { bookingNo, centre: centre.code, item: item.code, date, startTime: slot.startTime },
        });
        return created;
      }, BOOKING_TX_OPTIONS);
      return {
        id: appointment.id,
        bookingNo,
        centreName: centre.name,
        centreAddress: centre.address,
        itemName: item.name,
        date,
        weekday,
        startTime: slot.startTime,
        endTime: slot.endTime,
      };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Either this person already holds the day's booking (activeKey) or, rarely, the random
      // booking number was taken: in that case try another one.
      if (await db.appointment.findFirst({ where: { activeKey }, select: { id: true } })) throw new AppError("CONFLICT", ALREADY_BOOKED_MESSAGE);
      if (attempt >= MAX_BOOKING_NO_ATTEMPTS) throw error;
    }
  }
}
