/**
 * A layer over defineAction for actions a UNIT handler takes for their unit (政企直连 E2–E5,
 * E8), like dub's workspace action client: the action is for UNIT only, the handler's unit is
 * resolved once (a handler not bound to a unit is refused with a clear message), and the
 * handler receives `unit.db`, a Prisma client that adds the unit to every query's `where`
 * (lib/direct-access/unit-scope.ts). So no unit action can read or change another unit's
 * application, keys or call log, even by forgetting a condition.
 *
 *   export const submitAccessApplicationAction = defineUnitAction(
 *     { name: "direct-access.submit", schema: submitSchema },
 *     (input, { actor, now, unit }) => submitAccessApplication(actor, unit, input, now),
 *   );
 */
import type { z } from "zod";
import { defineAction, type ActionContext, type ServerAction } from "./define-action";
import { requireUnitId, unitScopedDb, type UnitScopedDb } from "@/lib/direct-access/unit-scope";

export interface UnitContext {
  unitId: number;
  /** The Prisma client scoped to the unit: use it for every query of the portal's models. */
  db: UnitScopedDb;
}

export function unitContextOf(actor: { role: string; unitId?: number | null }): UnitContext {
  const unitId = requireUnitId(actor);
  return { unitId, db: unitScopedDb(unitId) };
}

export function defineUnitAction<S extends z.ZodType, T>(
  config: { name: string; schema: S },
  handler: (input: z.output<S>, ctx: ActionContext & { unit: UnitContext }) => Promise<T>,
): ServerAction<T> {
  return defineAction({ name: config.name, access: ["UNIT"], schema: config.schema }, (input, ctx) =>
    handler(input, { ...ctx, unit: unitContextOf(ctx.actor) }),
  );
}
