/**
 * Reading letters (K1). The asker sees only their own (another user's id is "not found");
 * STAFF and ADMIN see the queue. Pages call these; nothing here builds URLs.
 */
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { assertRole, type UserActor } from "@/lib/auth/actor";

const PAGE_SIZE = 20;

export async function listMyConsultations(actor: UserActor) {
  return db.consultation.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take: 100,
    select: { id: true, ticketNo: true, kind: true, topic: true, title: true, status: true, dueDate: true, createdAt: true, repliedAt: true },
  });
}

/** One of the actor's own letters with its answer and attachments; anyone else's is not found. */
export async function getMyConsultation(actor: UserActor, id: string) {
  const letter = await db.consultation.findFirst({
    where: { id, userId: actor.id },
    include: { attachments: { select: { id: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!letter) throw notFound("信件");
  return letter;
}

export type ConsultationQueueFilter = "OPEN" | "CLOSED" | "OVERDUE";

/** The STAFF queue: open letters by deadline (the most urgent first), or the answered ones. */
export async function listConsultationQueue(actor: UserActor, { status, page, today }: { status: ConsultationQueueFilter; page: number; today: string }) {
  assertRole(actor, ["STAFF", "ADMIN"], "查看信件");
  const where =
    status === "OVERDUE" ? { status: "OPEN", dueDate: { lt: today } } : { status };
  const total = await db.consultation.count({ where });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await db.consultation.findMany({
    where,
    orderBy: status === "CLOSED" ? { repliedAt: "desc" } : [{ dueDate: "asc" }, { createdAt: "asc" }],
    skip: (current - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { id: true, ticketNo: true, kind: true, topic: true, title: true, status: true, dueDate: true, createdAt: true, repliedAt: true },
  });
  return { rows, total, page: current, pageSize: PAGE_SIZE };
}

export async function getConsultationForStaff(actor: UserActor, id: string) {
  assertRole(actor, ["STAFF", "ADMIN"], "查看信件");
  const letter = await db.consultation.findUnique({
    where: { id },
    include: {
      user: { select: { name: true, username: true, role: true } },
      article: { select: { id: true } },
      attachments: { select: { id: true, fileName: true, size: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!letter) throw notFound("信件");
  return letter;
}
