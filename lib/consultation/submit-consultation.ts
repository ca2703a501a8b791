/**
 * 网上信箱：写信 (K1). A person or unit handler sends a consultation, suggestion, complaint or
 * report; its reply deadline is counted in working days on the calendar the ADMIN keeps, so a
 * letter sent before a holiday is not due during it.
 */
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { appendTrace } from "@/lib/audit/trace";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { areaPath } from "@/lib/auth/roles";
import { shanghaiToday, type DayString } from "@/lib/calendar";
import { loadWorkingDayCalendar } from "@/lib/calendar/working-day-store";
import type { WorkingDayCalendar } from "@/lib/calendar";
import { postMessage } from "@/lib/messaging/inbox";
import { CONSULTATION_KIND_LABELS, REPLY_WORKING_DAYS, type ConsultationKind } from "./labels";
import type { SubmitConsultationInput } from "./schema";
import { checkAttachments, storeAttachmentFiles, type UploadedFile } from "./attachments";

/** The reply deadline: the given number of working days after the day the letter arrived. */
export function replyDueDate(calendar: WorkingDayCalendar, kind: ConsultationKind, now: Date): DayString {
  return calendar.addWorkingDays(shanghaiToday(now), REPLY_WORKING_DAYS[kind]);
}

function generateTicketNo(now: Date): string {
  return `XX${shanghaiToday(now).replaceAll("-", "")}${String(randomInt(0, 1_000_000)).padStart(6, "0")}`;
}

export async function submitConsultation(
  actor: UserActor,
  input: Omit<SubmitConsultationInput, "attachments"> & { attachments?: readonly UploadedFile[] },
  now: Date,
): Promise<{ id: string; ticketNo: string; dueDate: string }> {
  assertRole(actor, ["PERSON", "UNIT"], "写信咨询投诉");
  const files = checkAttachments(input.attachments ?? []);
  const dueDate = replyDueDate(await loadWorkingDayCalendar(), input.kind, now);
  const ticketNo = generateTicketNo(now);
  const { stored, discard } = await storeAttachmentFiles(files);
  const letter = await db.$transaction(async (tx) => {
    const created = await tx.consultation.create({
      data: {
        ticketNo, userId: actor.id, kind: input.kind, topic: input.topic, title: input.title, body: input.body, dueDate, createdAt: now,
        attachments: { create: stored.map((s) => ({ ...s, createdAt: now })) },
      },
    });
    await postMessage(tx, {
      userId: actor.id,
      category: "SYSTEM",
      title: `已收到您的${CONSULTATION_KIND_LABELS[input.kind]}：${input.title}`,
      body: `信件编号 ${ticketNo}，我们将在 ${dueDate} 前答复，答复后会通知您。`,
      link: areaPath(actor.role, `consult/${created.id}`),
    });
    await appendTrace(tx, actor, {
      action: "consultation.submit",
      entity: "Consultation",
      entityId: created.id,
      summary: { ticketNo, kind: input.kind, topic: input.topic, dueDate, attachments: stored.length },
    });
    return created;
  }).catch(async (error: unknown) => {
    await discard();
    throw error;
  });
  return { id: letter.id, ticketNo, dueDate };
}
