/**
 * 站内消息 (K4). Messages are written in the same transaction as the change they announce,
 * so a booking without its message (or the reverse) cannot exist.
 */
import type { Db, Tx } from "@/lib/db";

export type MessageCategory = "APPOINTMENT" | "APPLICATION" | "POLICY" | "CONTRIBUTION" | "ACCOUNT" | "SYSTEM";

export interface NewMessage {
  userId: string;
  category: MessageCategory;
  title: string;
  body: string;
  link?: string;
}

export async function postMessage(tx: Tx | Db, message: NewMessage): Promise<void> {
  await tx.message.create({ data: message });
}

export function countUnread(db: Db, userId: string): Promise<number> {
  return db.message.count({ where: { userId, readAt: null } });
}

export function listMessages(db: Db, userId: string, take = 50) {
  return db.message.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take });
}

/** Marks one of the user's own messages read; another user's message id changes nothing. */
export async function markMessageRead(db: Db, userId: string, messageId: string): Promise<boolean> {
  const { count } = await db.message.updateMany({ where: { id: messageId, userId, readAt: null }, data: { readAt: new Date() } });
  return count > 0;
}

export async function markAllMessagesRead(db: Db, userId: string): Promise<number> {
  const { count } = await db.message.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  return count;
}
