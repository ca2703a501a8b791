/**
 * SMS (U5, A4). The portal speaks to an SmsSender; the built-in OutboxSmsSender writes each
 * message to the SmsOutbox table, which a real gateway integration would drain, and which the
 * dev page /dev/sms and the tests read. It never skips anything: a code still has to be read
 * from the outbox and typed in.
 */
import type { Db, Tx } from "@/lib/db";

export type SmsPurpose = "LOGIN" | "RESET_PASSWORD" | "REGISTER" | "APPOINTMENT" | "APPLICATION" | "NOTICE";

export interface SmsMessage {
  mobile: string;
  content: string;
  purpose: SmsPurpose;
}

export interface SmsSender {
  send(message: SmsMessage, tx?: Tx): Promise<void>;
}

export const SMS_SIGNATURE = "【人社服务】";

export class OutboxSmsSender implements SmsSender {
  constructor(private readonly db: Db) {}

  async send(message: SmsMessage, tx?: Tx): Promise<void> {
    await (tx ?? this.db).smsOutbox.create({ data: OutboxSmsSender.rowOf(message), select: { id: true } });
  }

  /** The outbox row of a message (also written by the booking's single statement on PostgreSQL). */
  static rowOf(message: SmsMessage): { mobile: string; content: string; purpose: SmsPurpose } {
    return { mobile: message.mobile, content: `${SMS_SIGNATURE}${message.content}`, purpose: message.purpose };
  }
}

let sender: SmsSender | undefined;

/** The configured sender. A deployment with a real gateway sets its own with setSmsSender at start-up. */
export async function smsSender(): Promise<SmsSender> {
  if (!sender) {
    const { db } = await import("@/lib/db");
    sender = new OutboxSmsSender(db);
  }
  return sender;
}

export function setSmsSender(custom: SmsSender): void {
  sender = custom;
}

/**
 * Housekeeping (S7): outbox rows hold codes and full mobiles, and are of no use once sent;
 * rows older than the retention period (SMS_OUTBOX_RETENTION_DAYS) are deleted.
 */
export async function purgeSmsOutbox(now: Date, retentionDays: number): Promise<number> {
  const { db } = await import("@/lib/db");
  const { count } = await db.smsOutbox.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - retentionDays * 86400_000) } } });
  return count;
}

/** The newest SMS of the built-in outbox, for the demo's /dev/sms page (S1 decides who may see it). */
export async function listSmsOutbox(take = 50) {
  const { db } = await import("@/lib/db");
  return db.smsOutbox.findMany({ orderBy: { id: "desc" }, take });
}
