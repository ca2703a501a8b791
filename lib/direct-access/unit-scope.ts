/**
 * Unit-scoped data access for the direct-connection portal (E2–E5, E8; DB3702 §9.3.3: an
 * enterprise sees only its own). Like dub's workspace action client, a unit's actions and
 * pages never reach the models through the plain client: `unitScopedDb(unitId)` is a Prisma
 * client extension that adds the unit to the `where` of every query (and to the data of every
 * create) on the portal's models, so no query can forget it. A record of another unit is
 * simply not found.
 *
 * Scoped models and how they carry the unit:
 *   coreUnitId column                 DirectAccessApplication, DirectEnterprise, DirectFeedback
 *   through the application           DirectAccessEvent
 *   through the enterprise relation   DirectKey, DirectGrant
 *   enterpriseId in the unit's ones   DirectCallLog, DirectKeyReveal, DirectEnterpriseEvent
 * Any other model (the trace, messages, …) passes through unchanged.
 */
import { db, type Db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

type Where = Record<string, unknown>;

const READ_WRITE_WHERE = new Set([
  "findFirst", "findFirstOrThrow", "findMany", "findUnique", "findUniqueOrThrow", "count", "aggregate", "groupBy",
  "update", "updateMany", "delete", "deleteMany",
]);

/** Operations that create rows: the unit is written into their data. */
const CREATES = new Set(["create", "createMany", "createManyAndReturn"]);

export type ScopedModel = "directAccessApplication" | "directEnterprise" | "directFeedback" | "directAccessEvent" | "directKey" | "directGrant" | "directCallLog" | "directKeyReveal" | "directEnterpriseEvent";

const BY_UNIT_COLUMN = new Set(["DirectAccessApplication", "DirectEnterprise", "DirectFeedback"]);
const BY_ENTERPRISE_RELATION = new Set(["DirectKey", "DirectGrant"]);
const BY_ENTERPRISE_ID = new Set(["DirectCallLog", "DirectKeyReveal", "DirectEnterpriseEvent"]);

/** The condition a model's rows must meet to belong to the unit; null for models not scoped. */
async function unitCondition(model: string, unitId: number, base: Db | Tx): Promise<Where | null> {
  if (BY_UNIT_COLUMN.has(model)) return { coreUnitId: unitId };
  if (model === "DirectAccessEvent") return { application: { coreUnitId: unitId } };
  if (BY_ENTERPRISE_RELATION.has(model)) return { enterprise: { coreUnitId: unitId } };
  if (BY_ENTERPRISE_ID.has(model)) {
    const enterprise = await base.directEnterprise.findUnique({ where: { coreUnitId: unitId }, select: { id: true } });
    return { enterpriseId: enterprise?.id ?? "∅" }; // no enterprise: matches nothing
  }
  return null;
}

/** Creates carry the unit: its coreUnitId written in, or a parent (application, enterprise) of the unit. */
async function withUnitData(model: string, unitId: number, data: unknown, base: Db | Tx): Promise<unknown> {
  const rows = (Array.isArray(data) ? data : [data]) as Where[];
  const refuse = () => new AppError("FORBIDDEN", "不能为其他单位创建记录");
  if (BY_UNIT_COLUMN.has(model)) {
    const stamped = rows.map((row) => {
      if (row.coreUnitId !== undefined && row.coreUnitId !== unitId) throw refuse();
      return { ...row, coreUnitId: unitId };
    });
    return Array.isArray(data) ? stamped : stamped[0];
  }
  if (model === "DirectAccessEvent") {
    // Checked by the create itself, inside the caller's transaction (an application created in
    // the same transaction is not visible from outside it): connect only to the unit's application.
    if (Array.isArray(data)) throw refuse();
    const { applicationId, ...rest } = data as Where;
    return { ...rest, application: { connect: { id: String(applicationId), coreUnitId: unitId } } };
  }
  if (BY_ENTERPRISE_RELATION.has(model) || BY_ENTERPRISE_ID.has(model)) {
    const enterprise = await base.directEnterprise.findUnique({ where: { coreUnitId: unitId }, select: { id: true } });
    if (!enterprise || rows.some((row) => row.enterpriseId !== enterprise.id)) throw refuse();
    return data;
  }
  throw refuse();
}

/**
 * The Prisma client seen by one unit's handlers. Reads, updates and deletes get
 * `AND: [<the unit>, <the caller's where>]`; creates get the unit's coreUnitId; upserts are
 * refused (a create hidden in an update could write to another unit). Works inside its own
 * interactive transactions too (`scoped.$transaction(async (tx) => …)`).
 */
export function unitScopedDb(unitId: number, base: Db = db): UnitScopedDb {
  const scoped = base.$extends({
    name: "direct-access-unit-scope",
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          const condition = await unitCondition(model, unitId, base);
          if (!condition) return query(args);
          const a = (args ?? {}) as Where;
          if (operation === "upsert") throw new AppError("FORBIDDEN", "单位范围内不支持 upsert");
          if (CREATES.has(operation)) return query({ ...a, data: await withUnitData(model, unitId, a.data, base) } as typeof args);
          if (READ_WRITE_WHERE.has(operation)) {
            const where = a.where as Where | undefined;
            // findUnique/update/delete need their unique fields at the top level; extra filters
            // beside them are allowed (Prisma's extended where-unique).
            const scoped = operation.startsWith("findUnique") || operation === "update" || operation === "delete"
              ? { ...(where ?? {}), AND: [condition, ...(where?.AND ? [where.AND].flat() : [])] }
              : { AND: [condition, ...(where ? [where] : [])] };
            return query({ ...a, where: scoped } as typeof args);
          }
          throw new AppError("FORBIDDEN", `单位范围内不支持 ${operation}`);
        },
      },
    },
  });
  // A query extension changes no types: the scoped client has the plain client's API.
  return scoped as unknown as Db;
}

/** The unit's client: the same API as `db`, every query of the portal's models carrying the unit. */
export type UnitScopedDb = Db;

/** The unit a UNIT handler acts for, or a clear refusal for a handler not bound to one. */
export function requireUnitId(actor: { role: string; unitId?: number | null }): number {
  if (actor.role !== "UNIT") throw new AppError("FORBIDDEN", "只有单位经办人可以办理政企直连接入");
  if (!actor.unitId) throw new AppError("FORBIDDEN", "您的账户尚未绑定单位，不能办理政企直连接入");
  return actor.unitId;
}
