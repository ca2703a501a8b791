/**
 * Operation trace (操作留痕, REQUIREMENTS U7, LD/T 01 §6.2.5, §6.3.2): append-only and
 * tamper-evident. Each row's hash is SM3 over its canonical content, which includes the
 * previous row's hash, so editing, deleting or reordering any row breaks the chain from
 * there on. Rows are appended inside the caller's transaction, so the trace exists exactly
 * when the change it records does.
 */
import { sm3Hex } from "@/lib/gm/sm3";
import type { Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

export const GENESIS_HASH = "0".repeat(64);

/** The trace records an Actor's id, role and address; any Actor is accepted as it is. */
export type TraceActor = Actor;

export interface TraceEntry {
  action: string; // verb in domain.verb form, e.g. "appointment.book"
  entity: string; // model name, e.g. "Appointment"
  entityId: string;
  /** Before/after summary; personal data must already be masked by the caller. */
  summary?: Record<string, unknown>;
}

export interface TraceRow {
  seq: number;
  actorId: string | null;
  actorRole: string;
  action: string;
  entity: string;
  entityId: string;
  summary: string;
  ip: string;
  createdAt: Date;
  prevHash: string;
  hash: string;
}

/** The exact bytes hashed: a JSON array in fixed order, so no key-order ambiguity. */
export function canonicalTraceContent(row: Omit<TraceRow, "hash">): string {
  return JSON.stringify([
    row.seq,
    row.actorId,
    row.actorRole,
    row.action,
    row.entity,
    row.entityId,
    row.summary,
    row.ip,
    row.createdAt.toISOString(),
    row.prevHash,
  ]);
}

export function traceHash(row: Omit<TraceRow, "hash">): string {
  return sm3Hex(canonicalTraceContent(row));
}

/**
 * Appends one row. The TraceHead row (created by the first migration) is updated first: that
 * update takes a row lock (PostgreSQL) or the write lock
 * (SQLite), so concurrent transactions append one after another and the chain never forks.
 */
export async function appendTrace(tx: Tx, actor: TraceActor, entry: TraceEntry): Promise<TraceRow> {
  const head = await tx.traceHead.update({ where: { id: 1 }, data: { seq: { increment: 1 } } });
  const row: Omit<TraceRow, "hash"> = {
    seq: head.seq,
    actorId: actor.id,
    actorRole: actor.role,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    summary: JSON.stringify(entry.summary ?? {}),
    ip: actor.ip ?? "",
    createdAt: new Date(),
    prevHash: head.lastHash,
  };
  const hash = traceHash(row);
  await tx.operationTrace.create({ data: { ...row, hash } });
  await tx.traceHead.update({ where: { id: 1 }, data: { lastHash: hash } });
  return { ...row, hash };
}

export type ChainReport =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAtSeq: number; reason: string };

/**
 * Checks rows one at a time in seq order and reports the first broken link: a row whose hash
 * does not match its content (edited), whose prevHash is not the previous row's hash
 * (deleted or reordered), or a gap in seq (deleted). `finish(head)` catches a deleted tail.
 */
export class ChainVerifier {
  private prevHash = GENESIS_HASH;
  private expectedSeq = 1;
  checked = 0;

  /** Returns the failure, or null while the chain holds. */
  push(row: TraceRow): ChainReport | null {
    if (row.seq !== this.expectedSeq) {
      return this.fail(this.expectedSeq, `缺少第 ${this.expectedSeq} 条记录（被删除或顺序被改动）`);
    }
    if (row.prevHash !== this.prevHash) return this.fail(row.seq, `第 ${row.seq} 条记录的前序哈希与上一条不符`);
    const { hash, ...content } = row;
    if (traceHash(content) !== hash) return this.fail(row.seq, `第 ${row.seq} 条记录的内容与其哈希不符（被篡改）`);
    this.prevHash = hash;
    this.expectedSeq += 1;
    this.checked += 1;
    return null;
  }

  finish(head?: { seq: number; lastHash: string } | null): ChainReport {
    if (head && (head.seq !== this.checked || head.lastHash !== this.prevHash)) {
      return this.fail(this.checked + 1, `链尾与链头记录不符（第 ${this.checked + 1} 条及之后的记录缺失）`);
    }
    return { ok: true, checked: this.checked };
  }

  private fail(brokenAtSeq: number, reason: string): ChainReport {
    return { ok: false, checked: this.checked, brokenAtSeq, reason };
  }
}

export function verifyChain(rows: Iterable<TraceRow>, head?: { seq: number; lastHash: string } | null): ChainReport {
  const verifier = new ChainVerifier();
  for (const row of rows) {
    const failure = verifier.push(row);
    if (failure) return failure;
  }
  return verifier.finish(head);
}
