/**
 * 政策通知推送 (K4, LD/T 01 §5.4.4 a): an ADMIN sends a policy notice to every user or to one
 * role. Each recipient's POLICY message and the notice record are written in one transaction,
 * so a notice never reaches only part of its audience.
 */
import { db } from "@/lib/db";
import { appendTrace } from "@/lib/audit/trace";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import type { PublishNoticeInput } from "./notice-schema";

export async function publishPolicyNotice(actor: UserActor, input: PublishNoticeInput, now: Date): Promise<{ id: string; recipients: number }> {
  assertRole(actor, ["ADMIN"], "推送政策通知");
  return db.$transaction(async (tx) => {
    const users = await tx.user.findMany({ where: input.audience === "ALL" ? {} : { role: input.audience }, select: { id: true } });
    const notice = await tx.policyNotice.create({
      data: { title: input.title, body: input.body, audience: input.audience, recipients: users.length, publishedById: actor.id, publishedAt: now },
    });
    await tx.message.createMany({
      data: users.map((u) => ({ userId: u.id, category: "POLICY", title: input.title, body: input.body, link: "/disclosure/policies", createdAt: now })),
    });
    await appendTrace(tx, actor, {
      action: "notice.publish",
      entity: "PolicyNotice",
      entityId: notice.id,
      summary: { audience: input.audience, recipients: users.length },
    });
    return { id: notice.id, recipients: users.length };
  });
}

/** Notices for everyone, newest first: the public 政策法规 list. */
export function listPublicNotices(take = 50) {
  return db.policyNotice.findMany({ where: { audience: "ALL" }, orderBy: { publishedAt: "desc" }, take, select: { id: true, title: true, body: true, publishedAt: true } });
}

export function listNotices(take = 50) {
  return db.policyNotice.findMany({ orderBy: { publishedAt: "desc" }, take });
}
