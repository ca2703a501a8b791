/** 意见建议反馈通道 (E8; DB3702 §10.3): units write, STAFF/ADMIN answer. */
import { assertRole, type UserActor } from "@/lib/auth/actor";
import type { UnitContext } from "@/lib/actions/define-unit-action";
import { appendTrace } from "@/lib/audit/trace";
import { areaPath } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { postMessage } from "@/lib/messaging/inbox";
import type { FeedbackKind } from "./labels";

export async function submitFeedback(actor: UserActor, unit: UnitContext, input: { kind: FeedbackKind; title: string; body: string }, now: Date): Promise<{ id: string }> {
  return unit.db.$transaction(async (tx) => {
    const row = await tx.directFeedback.create({ data: { ...input, coreUnitId: unit.unitId, userId: actor.id, createdAt: now } });
    await appendTrace(tx, actor, { action: "direct-feedback.submit", entity: "DirectFeedback", entityId: row.id, summary: { kind: input.kind } });
    return { id: row.id };
  });
}

export async function replyFeedback(actor: UserActor, id: string, reply: string, now: Date): Promise<void> {
  assertRole(actor, ["STAFF", "ADMIN"], "答复意见建议");
  const row = await db.directFeedback.findUnique({ where: { id } });
  if (!row) throw notFound("意见建议");
  await db.$transaction(async (tx) => {
    const { count } = await tx.directFeedback.updateMany({ where: { id, repliedAt: null }, data: { reply, repliedAt: now, repliedById: actor.id } });
    if (count === 0) throw new AppError("CONFLICT", "该意见建议已答复");
    await postMessage(tx, { userId: row.userId, category: "SYSTEM", title: `您的意见建议已答复：${row.title}`, body: reply.slice(0, 200), link: areaPath("UNIT", "direct/feedback") });
    await appendTrace(tx, actor, { action: "direct-feedback.reply", entity: "DirectFeedback", entityId: id, summary: {} });
  });
}
