/**
 * 信用信息公开 (K3, LD/T 01 §5.6.3): unit credit ratings and the dishonesty blacklist (失信名单).
 * A listing is in force from listedOn until removedOn; removing one keeps the row, so the
 * public page and the trace show that the unit was listed and when it left the list.
 */
import { db, type Db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { shanghaiToday } from "@/lib/calendar";
import type { AddDishonestyListingInput, SetCreditRatingInput } from "./schema";

/**
 * Whether the unit is on the dishonesty blacklist on the given day. The enterprise-access
 * review (DB3702 §7.1) calls this; it is the one place that rule lives.
 */
export async function isUnitBlacklisted(creditCode: string, now: Date, client: Tx | Db = db): Promise<boolean> {
  const today = shanghaiToday(now);
  const count = await client.dishonestyListing.count({
    where: { creditCode: creditCode.trim().toUpperCase(), listedOn: { lte: today }, OR: [{ removedOn: null }, { removedOn: { gt: today } }] },
  });
  return count > 0;
}

export function listCreditRatings() {
  return db.unitCreditRating.findMany({ orderBy: [{ rating: "asc" }, { unitName: "asc" }], take: 200 });
}

/**
 * Publishes a unit's credit grade, or replaces the one on file (one grade per unit). A rating
 * dated before the one it would replace is refused: grades are published in order.
 */
export async function setCreditRating(actor: UserActor, input: SetCreditRatingInput, now: Date): Promise<{ id: number }> {
  assertRole(actor, ["ADMIN"], "维护单位信用等级");
  if (input.ratedOn > shanghaiToday(now)) throw new AppError("VALIDATION", "评定日期不能晚于今天", { fieldErrors: { ratedOn: "评定日期不能晚于今天" } });
  return db.$transaction(async (tx) => {
    const previous = await tx.unitCreditRating.findUnique({ where: { creditCode: input.creditCode } });
    if (previous && previous.ratedOn > input.ratedOn) {
      throw new AppError("CONFLICT", `该单位已有 ${previous.ratedOn} 评定的等级，新评定日期不能更早`);
    }
    const rating = await tx.unitCreditRating.upsert({ where: { creditCode: input.creditCode }, create: input, update: input });
    await appendTrace(tx, actor, {
      action: "disclosure.set-rating",
      entity: "UnitCreditRating",
      entityId: String(rating.id),
      summary: { creditCode: input.creditCode, rating: input.rating, previous: previous?.rating ?? null, ratedOn: input.ratedOn },
    });
    return { id: rating.id };
  });
}

/** The listings in force on the day, newest first; with `removed`, also those that have left the list. */
export function listDishonestyListings(now: Date, { removed = false } = {}) {
  const today = shanghaiToday(now);
  return db.dishonestyListing.findMany({
    where: removed ? {} : { listedOn: { lte: today }, OR: [{ removedOn: null }, { removedOn: { gt: today } }] },
    orderBy: [{ listedOn: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, creditCode: true, unitName: true, reason: true, source: true, listedOn: true, removedOn: true },
  });
}

export async function addDishonestyListing(actor: UserActor, input: AddDishonestyListingInput, now: Date): Promise<{ id: number }> {
  assertRole(actor, ["ADMIN"], "维护失信名单");
  if (await isUnitBlacklisted(input.creditCode, now)) throw new AppError("CONFLICT", "该单位已在失信名单中");
  return db.$transaction(async (tx) => {
    const listing = await tx.dishonestyListing.create({ data: { ...input, createdById: actor.id, createdAt: now } });
    await appendTrace(tx, actor, {
      action: "disclosure.add-listing",
      entity: "DishonestyListing",
      entityId: String(listing.id),
      summary: { creditCode: input.creditCode, listedOn: input.listedOn },
    });
    return { id: listing.id };
  });
}

/** Takes a unit off the list from today (移出失信名单). */
export async function removeDishonestyListing(actor: UserActor, id: number, now: Date): Promise<void> {
  assertRole(actor, ["ADMIN"], "维护失信名单");
  const today = shanghaiToday(now);
  await db.$transaction(async (tx) => {
    const listing = await tx.dishonestyListing.findUnique({ where: { id } });
    if (!listing) throw notFound("失信记录");
    const { count } = await tx.dishonestyListing.updateMany({ where: { id, removedOn: null }, data: { removedOn: today, removedById: actor.id } });
    if (count === 0) throw new AppError("CONFLICT", "该单位已移出失信名单");
    await appendTrace(tx, actor, {
      action: "disclosure.remove-listing",
      entity: "DishonestyListing",
      entityId: String(id),
      summary: { creditCode: listing.creditCode, removedOn: today },
    });
  });
}
