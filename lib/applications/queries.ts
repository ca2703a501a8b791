/** Reads for the applicant pages (Q1) and the staff workbench (P4). */
import type { UserActor } from "@/lib/auth/actor";
import { shanghaiToday } from "@/lib/calendar";
import { itemAppliesTo } from "@/lib/catalogue/labels";
import { db, type Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { applicantScope, viewerScope } from "./access";
import { ONLINE_ITEM_CODES } from "./items";
import type { ApplicationStatusName } from "./labels";

const LIST_SELECT = {
  id: true, applicationNo: true, status: true, dueDate: true, createdAt: true, submittedAt: true, source: true,
  item: { select: { code: true, name: true, handlingType: true } },
} as const;

export async function listOwnApplications(actor: UserActor, page: number, pageSize = 20) {
  const where = applicantScope(actor);
  const [items, total] = await Promise.all([
    db.application.findMany({ where, orderBy: { createdAt: "desc" }, skip: (page - 1) * pageSize, take: pageSize, select: LIST_SELECT }),
    db.application.count({ where }),
  ]);
  return { items, total, page, pageSize };
}

/** The items a role can apply for online, in catalogue order. */
export function listApplicableItems(role: "PERSON" | "UNIT") {
  return db.serviceItem
    .findMany({ where: { code: { in: [...ONLINE_ITEM_CODES] }, published: true }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] })
    .then((items) => items.filter((i) => itemAppliesTo(i.applicantType, role)));
}

export function findApplicableItem(code: string) {
  return ONLINE_ITEM_CODES.includes(code) ? db.serviceItem.findFirst({ where: { code, published: true } }) : Promise.resolve(null);
}

/** One application with everything its page shows; NOT_FOUND for anyone but its applicant(s) and staff. */
export async function findApplication(actor: UserActor, id: string) {
  const app = await db.application.findFirst({
    where: { id, ...viewerScope(actor), ...(actor.role === "STAFF" || actor.role === "ADMIN" ? { status: { not: "DRAFT" } } : {}) },
    include: {
      item: true,
      applicant: { select: { name: true, role: true, unitName: true } },
      materials: { orderBy: { createdAt: "asc" }, select: { id: true, materialName: true, originalName: true, mime: true, size: true, sm3: true, createdAt: true } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }] },
    },
  });
  if (!app) throw notFound("申请");
  const visits = await db.appointment.findMany({
    where: { applicationId: app.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, bookingNo: true, date: true, startTime: true, status: true, slot: { select: { endTime: true, centre: { select: { name: true, address: true } } } } },
  });
  return { ...app, values: JSON.parse(app.formData) as Record<string, string>, visits };
}

export interface QueueFilter {
  itemCode?: string;
  status?: ApplicationStatusName;
  overdue?: boolean;
  page: number;
}

/** Statuses that wait for the staff. */
export const OPEN_STATUSES: ApplicationStatusName[] = ["SUBMITTED", "ACCEPTED", "PRE_APPROVED", "PROCESSING"];

export async function listApplicationQueue(filter: QueueFilter, now: Date, pageSize = 20) {
  const today = shanghaiToday(now);
  const where: Prisma.ApplicationWhereInput = {
    status: filter.status ? filter.status : { in: OPEN_STATUSES },
    ...(filter.itemCode ? { item: { code: filter.itemCode } } : {}),
    ...(filter.overdue ? { dueDate: { lt: today } } : {}),
  };
  // Oldest due date first: what is about to be late is at the top.
  const [items, total] = await Promise.all([
    db.application.findMany({
      where,
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { submittedAt: "asc" }],
      skip: (filter.page - 1) * pageSize,
      take: pageSize,
      select: { ...LIST_SELECT, applicant: { select: { name: true, role: true, unitName: true } } },
    }),
    db.application.count({ where }),
  ]);
  return { items, total, page: filter.page, pageSize, today };
}

/** The items for the queue filter. */
export function listOnlineItems() {
  return db.serviceItem.findMany({ where: { code: { in: [...ONLINE_ITEM_CODES] } }, orderBy: { code: "asc" }, select: { code: true, name: true } });
}
