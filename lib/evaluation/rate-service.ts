/**
 * 服务评价 (K5): after a consultation (or, later, an application) is closed, its owner rates it
 * 1–5 once. The check that the subject is closed and the caller's own lives in one function per
 * kind (closedSubjectOf); a unit's application may be rated by any handler of the unit (U9).
 */
import { db, isUniqueViolation, type Db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { applicantScope } from "@/lib/applications/access";
import { isBadRating, type RatedKind } from "./labels";
import type { RateServiceInput } from "./schema";

/** 已办结 and 不予办理 both close an application; a withdrawn one was never handled. */
export const CLOSED_APPLICATION_STATUSES: readonly string[] = ["COMPLETED", "REJECTED"];

export interface ClosedSubject {
  /** what the indicators group by: the consultation's topic, an application's service item */
  itemKey: string;
  /** shown in messages and the follow-up queue */
  label: string;
}

/**
 * The subject as its owner may rate it: not found unless it is the actor's own; a conflict
 * while it is still open.
 */
export async function closedSubjectOf(actor: UserActor, kind: RatedKind, subjectId: string, client: Tx | Db = db): Promise<ClosedSubject> {
  switch (kind) {
    case "CONSULTATION": {
      const letter = await client.consultation.findFirst({ where: { id: subjectId, userId: actor.id }, select: { status: true, topic: true, ticketNo: true, title: true } });
      if (!letter) throw notFound("信件");
      if (letter.status !== "CLOSED") throw new AppError("CONFLICT", "信件答复办结后才能评价");
      return { itemKey: letter.topic, label: `信件 ${letter.ticketNo}「${letter.title}」` };
    }
    case "APPLICATION": {
      const app = await client.application.findFirst({
        where: { id: subjectId, ...applicantScope(actor) },
        select: { status: true, applicationNo: true, item: { select: { code: true, name: true } } },
      });
      if (!app) throw notFound("申请");
      if (!CLOSED_APPLICATION_STATUSES.includes(app.status)) throw new AppError("CONFLICT", "办件办结后才能评价");
      return { itemKey: app.item.code, label: `申请 ${app.applicationNo}「${app.item.name}」` };
    }
  }
}

export async function rateService(actor: UserActor, input: RateServiceInput, now: Date): Promise<{ id: string; followUp: boolean }> {
  assertRole(actor, ["PERSON", "UNIT"], "评价服务");
  const subject = await closedSubjectOf(actor, input.kind, input.subjectId);
  const bad = isBadRating(input.score);
  try {
    return await db.$transaction(async (tx) => {
      // One rating per subject: the unique key refuses a second one, even from a race.
      const rating = await tx.serviceRating.create({
        data: {
          kind: input.kind,
          subjectId: input.subjectId,
          itemKey: subject.itemKey,
          userId: actor.id,
          score: input.score,
          comment: input.comment,
          followUp: bad ? "PENDING" : "NONE",
          createdAt: now,
        },
      });
      await appendTrace(tx, actor, {
        action: "evaluation.rate",
        entity: "ServiceRating",
        entityId: rating.id,
        summary: { kind: input.kind, subjectId: input.subjectId, score: input.score, followUp: bad },
      });
      return { id: rating.id, followUp: bad };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "您已评价过本次服务");
    throw error;
  }
}

/** The rating of a subject, for the page that shows it (the rating form when there is none). */
export function findRating(kind: RatedKind, subjectId: string, client: Tx | Db = db) {
  return client.serviceRating.findUnique({ where: { kind_subjectId: { kind, subjectId } } });
}
