/**
 * 站内消息 (K4). Messages are written in the same transaction as the change they announce,
 * so a booking without its message (or the reverse) cannot exist.
 */
import { db, type Db, type Tx } from "@/lib/db";

export type MessageCategory = "APPOINTMENT" | "APPLICATION" | "POLICY" | "CONTRIBUTION" | "ACCOUNT" | "SYSTEM";

export interface NewMessage {
  userId: string;
  category: MessageCategory;
  title: string;
  body: string;
  link?: string;
}

export async function postMessage(tx: Tx | Db, message: NewMessage): Promise<void> {
  await tx.message.create({ data: message, select: { id: true } }); // nothing read back: decoding a whole row costs (issue 13)
}

export function countUnread(userId: string, client: Tx | Db = db): Promise<number> {
  return client.message.count({ where: { userId, readAt: null } });
}

export function listMessages(userId: string, take = 50, client: Tx | Db = db) {
  return client.message.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take });
}

export const INBOX_PAGE_SIZE = 20;

/** One page of the user's own messages, newest first; a page past the end shows the last one. */
export async function listMessagePage(userId: string, page: number, client: Tx | Db = db) {
  const [total, unread] = await Promise.all([client.message.count({ where: { userId } }), countUnread(userId, client)]);
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const rows = await client.message.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * INBOX_PAGE_SIZE,
    take: INBOX_PAGE_SIZE,
  });
  return { rows, total, unread, page: current, pageSize: INBOX_PAGE_SIZE };
}

/** Marks one of the user's own messages read; another user's message id changes nothing. */
export async function markMessageRead(userId: string, messageId: string, client: Tx | Db = db): Promise<boolean> {
  const { count } = await client.message.updateMany({ where: { id: messageId, userId, readAt: null }, data: { readAt: new Date() } });
  return count > 0;
}

export async function markAllMessagesRead(userId: string, client: Tx | Db = db): Promise<number> {
  const { count } = await client.message.updateMany({ where: { userId, readAt: null }, data: { readAt: new Date() } });
  return count;
}
