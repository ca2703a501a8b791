import { GENESIS_HASH, traceHash, type TraceRow } from "./trace";

/** A well-formed chain of n rows built in memory, as appendTrace and chainTrace would leave it (seq = chainSeq). */
export function buildChain(n: number): TraceRow[] {
  const rows: TraceRow[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content = {
      seq,
      chainSeq: seq,
      actorId: `user-${seq}`,
      actorRole: "ADMIN",
      action: "account.unlock",
      entity: "User",
      entityId: `target-${seq}`,
      summary: JSON.stringify({ before: { status: "DISABLED" }, after: { status: "ACTIVE" } }),
      ip: "203.0.*.*",
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, seq)),
      prevHash,
    };
    const row = { ...content, hash: traceHash(content) };
    rows.push(row);
    prevHash = row.hash;
  }
  return rows;
}

/** The head as chainTrace leaves it after the last row. */
export const headOf = (rows: TraceRow[]) => ({ seq: rows.length, lastHash: rows[rows.length - 1].hash });
