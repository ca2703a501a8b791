/** 撤回申请 (P8): the applicant's own, before acceptance only. */
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { applicantScope } from "./access";
import { WITHDRAWABLE_STATUSES } from "./labels";
import { APPLICATION_INCLUDE, APPLICATION_TX_OPTIONS, recordApplicationEvent, refOf } from "./record-event";

export const WITHDRAW_REFUSED = "申请已受理，不能撤回；如有需要请联系经办机构";

export async function withdrawApplication(actor: UserActor, id: string, now: Date): Promise<void> {
  const app = await db.application.findFirst({ where: { id, ...applicantScope(actor) }, include: APPLICATION_INCLUDE });
  if (!app) throw notFound("申请");
  if (!WITHDRAWABLE_STATUSES.includes(app.status)) throw new AppError("CONFLICT", WITHDRAW_REFUSED);
  await db.$transaction(async (tx) => {
    // Guarded: staff accepting at the same moment wins or loses as a whole.
    const { count } = await tx.application.updateMany({ where: { id: app.id, status: { in: [...WITHDRAWABLE_STATUSES] } }, data: { status: "WITHDRAWN", decidedAt: now } });
    if (count === 0) throw new AppError("CONFLICT", WITHDRAW_REFUSED);
    await recordApplicationEvent(tx, refOf(app), actor, { action: "application.withdraw", status: "WITHDRAWN", title: "已撤回", from: app.status }, now);
  }, APPLICATION_TX_OPTIONS);
}
