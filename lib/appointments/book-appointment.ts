/**
 * 网上预约 (A1–A4, LD/T 01 §5.1). The server re-checks everything the booking page showed —
 * the 7-day window, the centre's working days, the slot, who may book the item, the no-show
 * restriction — and then, atomically, takes a seat with a conditional increment
 * (the database refuses to go past capacity however many requests arrive at once), writes the
 * appointment whose unique activeKey allows one active booking per person, item and day,
 * and the confirmation message, SMS and trace. Any failure rolls all of it back. Atomically:
 * one transaction on SQLite (writeBooking), one statement on PostgreSQL
 * (writeBookingInOneStatement). Issue 13 keeps the hot path to 2 statements on PostgreSQL and
 * 7 on SQLite (booking-queries.test.ts): caches for what only ADMIN changes, one read for the rest.
 */
import { randomInt } from "node:crypto";
import { areaPath } from "@/lib/auth/roles";
import { isInBookingWindow, weekdayOf, type DayString } from "@/lib/calendar";
import { db, dbProvider, isUniqueViolation, Prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { traceRecordOf, type TraceRecord } from "@/lib/audit/trace";
import type { NewMessage } from "@/lib/messaging/inbox";
import { OutboxSmsSender, smsSender, type SmsMessage, type SmsSender } from "@/lib/messaging/sms";
import { itemAppliesTo } from "@/lib/catalogue/labels";
import type { UserActor } from "@/lib/auth/actor";
import { cachedWorkingDayCalendar } from "@/lib/calendar/working-day-store";
import { noShowLookback, restrictionFrom } from "./no-show";
import { bookingSlotTime, ensureBookingSlot, slotStartsAt } from "./slots";
import { cachedBookableItem, cachedBookingCentre } from "./booking-catalogue";

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

interface BookingState {
  user: { mobile: string; status: string; coreUnitId: number | null } | null;
  slot: { id: number; startTime: string; endTime: string; capacity: number; booked: number } | null;
  existing: boolean;
  noShowDates: DayString[];
}

/**
 * Everything a booking reads that changes per request, in ONE query (issue 13): the booker's
 * account, the requested slot row, an active booking of the same item and day (activeKey), and
 * the no-show dates that could restrict booking (A5). Portable SQL for SQLite and PostgreSQL.
 */
async function readBookingState(userId: string, activeKey: string, centreId: number, date: DayString, startTime: string, now: Date): Promise<BookingState> {
  const { since, today } = noShowLookback(now);
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT u."mobile", u."status", u."coreUnitId",
      s."id" AS "slotId", s."startTime" AS "slotStart", s."endTime" AS "slotEnd", s."capacity" AS "slotCapacity", s."booked" AS "slotBooked",
      a."activeKey" AS "apptKey", a."status" AS "apptStatus", a."date" AS "apptDate"
    FROM "User" u
    LEFT JOIN "AppointmentSlot" s ON s."centreId" = ${centreId} AND s."date" = ${date} AND s."startTime" = ${startTime}
    LEFT JOIN "Appointment" a ON a."userId" = u."id"
      AND (a."activeKey" = ${activeKey} OR (a."status" = 'NO_SHOW' AND a."date" >= ${since} AND a."date" <= ${today}))
    WHERE u."id" = ${userId}`;
  const first = rows[0];
  if (!first) return { user: null, slot: null, existing: false, noShowDates: [] };
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    user: { mobile: String(first.mobile), status: String(first.status), coreUnitId: num(first.coreUnitId) },
    slot:
      first.slotId === null || first.slotId === undefined
        ? null
        : { id: Number(first.slotId), startTime: String(first.slotStart), endTime: String(first.slotEnd), capacity: Number(first.slotCapacity), booked: Number(first.slotBooked) },
    existing: rows.some((r) => r.apptKey === activeKey),
    noShowDates: rows.filter((r) => r.apptStatus === "NO_SHOW" && typeof r.apptDate === "string").map((r) => r.apptDate as DayString).sort(),
  };
}

/**
 * The hot path of a successful booking (issue 13): the published item and centre and the
 * calendar from per-process caches (booking-catalogue.ts), one query for the rest
 * (readBookingState), then the transaction: conditional seat increment, appointment, message,
 * SMS outbox row, trace row (one insert, lib/audit/trace.ts). The slot row is created only by
 * the first booking or view of its day.
 */
export async function bookAppointment(booker: Booker, request: BookingRequest, now: Date): Promise<BookingConfirmation> {
  const { centreId, itemId, date, startTime } = request;
  if (booker.role !== "PERSON" && booker.role !== "UNIT") throw new AppError("FORBIDDEN", "仅参保人或单位经办人可以预约");
  if (!isInBookingWindow(date, now)) throw windowRefused();

  const activeKey = activeKeyOf(booker.id, itemId, date);
  const [item, centre, calendar, state] = await Promise.all([
    cachedBookableItem(itemId),
    cachedBookingCentre(centreId),
    cachedWorkingDayCalendar(centreId),
    readBookingState(booker.id, activeKey, centreId, date, startTime, now),
  ]);
  const { user } = state;
  if (!user || user.status !== "ACTIVE") throw new AppError("UNAUTHENTICATED", "请先登录");
  if (!item) throw notFound("服务事项");
  if (!item.bookable) throw new AppError("VALIDATION", `“${item.name}”无需到窗口办理，不提供预约`);
  if (!itemAppliesTo(item.applicantType, booker.role)) {
    throw new AppError("FORBIDDEN", booker.role === "UNIT" ? `“${item.name}”由个人办理，单位账户不能预约` : `“${item.name}”由单位办理，个人账户不能预约`);
  }
  if (!centre) throw notFound("服务网点");
  if (!calendar.isWorkingDay(date)) throw new AppError("VALIDATION", `${centre.name} ${date} 不办公，请选择其他日期`, { fieldErrors: { date: "该日不办公" } });
  const restriction = restrictionFrom(state.noShowDates, now);
  if (restriction) throw new AppError("FORBIDDEN", restriction.reason);
  // Fast answers for the common refusals; the transaction below is what guarantees them.
  if (state.existing) throw new AppError("CONFLICT", ALREADY_BOOKED_MESSAGE);

  bookingSlotTime(centre, startTime); // VALIDATION when the centre's layout has no such slot
  // The slot row as read, or created now (the first booking or view of its day).
  const slot = state.slot ?? (await ensureBookingSlot(centre, date, startTime));
  if (slotStartsAt(date, slot.startTime) <= now) throw new AppError("VALIDATION", "该时段已开始，不能预约");
  if (slot.booked >= slot.capacity) throw new AppError("CONFLICT", SLOT_FULL_MESSAGE);

  // The unit the handler acts for now: the booking stays the unit's if the handler leaves it.
  const unitId = booker.role === "UNIT" ? user.coreUnitId : null;
  const weekday = weekdayOf(date);
  const when = `${date}（${weekday}）${slot.startTime}-${slot.endTime}`;
  const sms = await smsSender();

  const writes = (bookingNo: string): BookingWrites => ({
    slotId: slot.id,
    appointment: { bookingNo, userId: booker.id, unitId, itemId, slotId: slot.id, centreId, date, startTime: slot.startTime, activeKey, applicationId: request.applicationId ?? null },
    message: {
      userId: booker.id,
      category: "APPOINTMENT",
      title: `预约成功：${item.name}`,
      body: `您已预约 ${when} 到${centre.name}（${centre.address}）办理“${item.name}”，预约号 ${bookingNo}。请携带有效身份证件和所需材料按时到场；如不能前往，请在时段开始前取消。`,
      link: areaPath(booker.role, "appointments"),
    },
    sms: { mobile: user.mobile, purpose: "APPOINTMENT", content: `您已预约${when}到${centre.name}办理${item.name}，预约号${bookingNo}。如不能前往请提前取消。` },
    trace: (appointmentId: string) =>
      traceRecordOf({ id: booker.id, role: booker.role, ip: booker.ip }, {
        action: "appointment.book",
        entity: "Appointment",
        entityId: appointmentId,
        summary: { bookingNo, centre: centre.code, item: item.code, date, startTime: slot.startTime },
      }),
  });

  for (let attempt = 1; ; attempt++) {
    const bookingNo = generateBookingNo(date);
    try {
      const appointmentId = dbProvider === "postgresql" && sms instanceof OutboxSmsSender ? await writeBookingInOneStatement(writes(bookingNo)) : await writeBooking(writes(bookingNo), sms);
      return {
        id: appointmentId,
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

/** Everything a booking writes, all or nothing. */
interface BookingWrites {
  slotId: number;
  appointment: {
    bookingNo: string;
    userId: string;
    unitId: number | null;
    itemId: number;
    slotId: number;
    centreId: number;
    date: string;
    startTime: string;
    activeKey: string;
    applicationId: string | null;
  };
  message: NewMessage;
  sms: SmsMessage;
  trace: (appointmentId: string) => TraceRecord;
}

/**
 * The writes in one interactive transaction: the conditional seat increment (the database
 * refuses to go past capacity), the appointment (its unique activeKey refuses a second active
 * booking), the message, the SMS, the trace row. Five statements plus COMMIT; used on SQLite,
 * which has no data-modifying CTEs, and with a custom SMS sender. The statements are raw
 * (`$executeRaw`, portable SQL): Prisma's create reads the row back and decodes it, which costs
 * about ten times the insert itself. They write what Prisma would: cuid ids, DateTime as Prisma
 * stores it (prismaDateTime), the outbox's SMS signature, traceRecordOf's trace row.
 */
async function writeBooking(w: BookingWrites, sms: SmsSender): Promise<string> {
  const a = w.appointment;
  const id = newCuid();
  const at = prismaDateTime(new Date());
  const t = w.trace(id);
  const m = w.message;
  await db.$transaction(async (tx) => {
    const taken = await tx.$executeRaw`UPDATE "AppointmentSlot" SET "booked" = "booked" + 1 WHERE "id" = ${w.slotId} AND "booked" < "capacity"`;
    if (taken === 0) throw new AppError("CONFLICT", SLOT_FULL_MESSAGE);
    await tx.$executeRaw`
      INSERT INTO "Appointment" ("id", "bookingNo", "userId", "itemId", "slotId", "centreId", "date", "startTime", "activeKey", "unitId", "applicationId", "createdAt")
      VALUES (${id}, ${a.bookingNo}, ${a.userId}, ${a.itemId}, ${a.slotId}, ${a.centreId}, ${a.date}, ${a.startTime}, ${a.activeKey}, ${a.unitId}, ${a.applicationId}, ${at})`;
    await tx.$executeRaw`
      INSERT INTO "Message" ("id", "userId", "category", "title", "body", "link", "createdAt")
      VALUES (${newCuid()}, ${m.userId}, ${m.category}, ${m.title}, ${m.body}, ${m.link ?? null}, ${at})`;
    if (sms instanceof OutboxSmsSender) {
      const o = OutboxSmsSender.rowOf(w.sms);
      await tx.$executeRaw`INSERT INTO "SmsOutbox" ("mobile", "content", "purpose", "createdAt") VALUES (${o.mobile}, ${o.content}, ${o.purpose}, ${at})`;
    } else {
      await sms.send(w.sms, tx);
    }
    await tx.$executeRaw`
      INSERT INTO "OperationTrace" ("actorId", "actorRole", "action", "entity", "entityId", "summary", "ip", "createdAt")
      VALUES (${t.actorId}, ${t.actorRole}, ${t.action}, ${t.entity}, ${t.entityId}, ${t.summary}, ${t.ip}, ${prismaDateTime(t.createdAt)})`;
  }, BOOKING_TX_OPTIONS).catch((error: unknown) => {
    throw isRawUniqueViolation(error) ? uniqueViolation() : error;
  });
  return id;
}

/**
 * A DateTime parameter of raw SQL as Prisma writes it: on SQLite the text Prisma stores
 * ('2026-11-23T01:00:00.000+00:00'), which sorts and compares with the rows Prisma wrote; on
 * PostgreSQL a timestamp(3) column reads the same text as that UTC instant (the offset is
 * ignored for a timestamp without time zone, and it is +00:00).
 */
function prismaDateTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

const uniqueViolation = () => new Prisma.PrismaClientKnownRequestError("Unique constraint failed", { code: "P2002", clientVersion: Prisma.prismaVersion.client });

/**
 * The same writes as ONE statement on PostgreSQL (issue 13): data-modifying CTEs, which the
 * database runs atomically as a single statement. The seat increment is conditional
 * (`booked < capacity`, re-checked on the latest row version when it waits for a concurrent
 * booking's lock); the appointment is inserted only from the row the increment returned, and
 * message, SMS and trace only from the appointment inserted. A full slot inserts nothing; a
 * unique violation (activeKey, bookingNo) fails the whole statement, increment included. Rows
 * are the ones Prisma would write (ids in cuid form, the outbox's SMS signature, the trace row
 * of traceRecordOf); every parameter is cast to its column's type.
 */
async function writeBookingInOneStatement(w: BookingWrites): Promise<string> {
  const a = w.appointment;
  const appointmentId = newCuid();
  const at = new Date().toISOString();
  const sms = OutboxSmsSender.rowOf(w.sms);
  const t = w.trace(appointmentId);
  const text = (v: string | null | undefined) => Prisma.sql`CAST(${v ?? null} AS TEXT)`;
  const int = (v: number | null) => Prisma.sql`CAST(${v} AS INTEGER)`;
  const time = Prisma.sql`CAST(${at} AS TIMESTAMP(3))`;
  const traceAt = Prisma.sql`CAST(${t.createdAt.toISOString()} AS TIMESTAMP(3))`;
  let rows: { id: string }[];
  try {
    rows = await db.$queryRaw<{ id: string }[]>`
      WITH s AS (
        UPDATE "AppointmentSlot" SET "booked" = "booked" + 1 WHERE "id" = ${int(w.slotId)} AND "booked" < "capacity" RETURNING "id"
      ), a AS (
        INSERT INTO "Appointment" ("id", "bookingNo", "userId", "itemId", "slotId", "centreId", "date", "startTime", "activeKey", "unitId", "applicationId", "createdAt")
        SELECT ${text(appointmentId)}, ${text(a.bookingNo)}, ${text(a.userId)}, ${int(a.itemId)}, s."id", ${int(a.centreId)}, ${text(a.date)}, ${text(a.startTime)}, ${text(a.activeKey)}, ${int(a.unitId)}, ${text(a.applicationId)}, ${time}
        FROM s RETURNING "id"
      ), m AS (
        INSERT INTO "Message" ("id", "userId", "category", "title", "body", "link", "createdAt")
        SELECT ${text(newCuid())}, ${text(w.message.userId)}, ${text(w.message.category)}, ${text(w.message.title)}, ${text(w.message.body)}, ${text(w.message.link)}, ${time}
        FROM a RETURNING 1
      ), o AS (
        INSERT INTO "SmsOutbox" ("mobile", "content", "purpose", "createdAt")
        SELECT ${text(sms.mobile)}, ${text(sms.content)}, ${text(sms.purpose)}, ${time}
        FROM a RETURNING 1
      ), t AS (
        INSERT INTO "OperationTrace" ("actorId", "actorRole", "action", "entity", "entityId", "summary", "ip", "createdAt")
        SELECT ${text(t.actorId)}, ${text(t.actorRole)}, ${text(t.action)}, ${text(t.entity)}, ${text(t.entityId)}, ${text(t.summary)}, ${text(t.ip)}, ${traceAt}
        FROM a RETURNING 1
      )
      SELECT "id" FROM a`;
  } catch (error) {
    if (isRawUniqueViolation(error)) throw uniqueViolation();
    throw error;
  }
  if (rows.length === 0) throw new AppError("CONFLICT", SLOT_FULL_MESSAGE);
  return rows[0].id;
}

/** A raw query's unique violation (PostgreSQL 23505, SQLite "UNIQUE constraint failed"), which Prisma reports as P2010, not P2002. */
function isRawUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  return error.code === "P2010" && /23505|unique/i.test(`${JSON.stringify(error.meta ?? {})} ${error.message}`);
}

let cuidCounter = randomInt(0, 36 ** 4);
/** An id in Prisma's cuid() form (25 characters: c, time, counter, fingerprint, random), for rows written by raw SQL. */
function newCuid(): string {
  cuidCounter = (cuidCounter + 1) % 36 ** 4;
  const pad = (v: string, n: number) => v.padStart(n, "0").slice(-n);
  const random = () => pad(randomInt(0, 36 ** 4).toString(36), 4);
  return `c${pad(Date.now().toString(36), 8)}${pad(cuidCounter.toString(36), 4)}${pad(((process.pid ?? 0) % 36 ** 4).toString(36), 4)}${random()}${random()}`;
}
