import { db as defaultDb, type Db } from "@/lib/db";
import { maskIp } from "@/lib/security/masking";

/** The latest operation-trace rows for the administrator's audit page, newest (by storage order) first. */
export async function listRecentTrace(db: Db = defaultDb, take = 50) {
  const rows = await db.operationTrace.findMany({ orderBy: { seq: "desc" }, take });
  // Summaries are masked when written (appendTrace's contract); the hash is shortened for display.
  return rows.map((r) => ({
    seq: r.seq,
    chainSeq: r.chainSeq, // null until the chainer has reached the row
    at: r.createdAt,
    actorRole: r.actorRole,
    actorId: r.actorId,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    summary: r.summary,
    ip: maskIp(r.ip),
    hash: r.hash,
  }));
}
