/** ADMIN edits a service item (C3); the change and its trace row (before/after of each changed field) commit together. */
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { appendTrace } from "@/lib/audit/trace";
import { assertRole, type UserActor } from "@/lib/auth/actor";
import { invalidateBookingCatalogue } from "@/lib/appointments/booking-catalogue";
import type { ServiceItemInput } from "./schema";

export async function updateServiceItem(actor: UserActor, input: ServiceItemInput): Promise<{ code: string }> {
  assertRole(actor, ["ADMIN"]);
  const { code, materials, ...fields } = input;
  const before = await db.serviceItem.findUnique({ where: { code } });
  if (!before) throw notFound("服务事项");
  const data = { ...fields, promisedDays: fields.handlingType === "COMMITMENT" ? fields.promisedDays : null, materials: JSON.stringify(materials) };
  const changed = Object.fromEntries(
    Object.entries(data).flatMap(([key, after]) => {
      const was = before[key as keyof typeof before];
      return was === after ? [] : [[key, { before: was, after }]];
    }),
  );
  await db.$transaction(async (tx) => {
    await tx.serviceItem.update({ where: { code }, data });
    await appendTrace(tx, actor, { action: "catalogue.update", entity: "ServiceItem", entityId: String(before.id), summary: { code, changed } });
  });
  invalidateBookingCatalogue();
  return { code };
}
