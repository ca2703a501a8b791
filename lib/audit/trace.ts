/**
 * Operation trace (操作留痕, REQUIREMENTS U7, LD/T 01 §6.2.5, §6.3.2): append-only and
 * tamper-evident. Each row's hash is SM3 over its canonical content, which includes the
 * previous row's hash, so editing, deleting or reordering any row breaks the chain from
 * there on. Rows are appended inside the caller's transaction, so the trace exists exactly
 * when the change it records does.
 */
import { sm3Hex } from "@/lib/gm/sm3";
import { sm2Verify } from "@/lib/gm/sm2";
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

export interface TraceHeadState {
  seq: number;
  lastHash: string;
}

/** S6: the platform key's signature over the hash the row at `seq` had (lib/audit/checkpoint.ts). */
export interface TraceCheckpointRow {
  seq: number;
  lastHash: string;
  createdAt: Date;
  publicKey: string;
  signature: string;
}

/**
 * The exact text a checkpoint signs. The leading tag keeps a checkpoint signature from meaning
 * anything else, since the same platform key also signs certificates and gateway responses.
 */
export function canonicalCheckpointContent(checkpoint: Pick<TraceCheckpointRow, "seq" | "lastHash" | "createdAt">): string {
  return JSON.stringify(["trace-checkpoint", checkpoint.seq, checkpoint.lastHash, checkpoint.createdAt.toISOString()]);
}

export type ChainReport =
  | { ok: true; checked: number; checkpoints: number }
  | { ok: false; checked: number; brokenAtSeq: number; reason: string };

/**
 * Checks rows one at a time in seq order and reports the first broken link: a row whose hash
 * does not match its content (edited), whose prevHash is not the previous row's hash
 * (deleted or reordered), or a gap in seq (deleted). The hash chain alone cannot catch someone
 * who edits a row and recomputes every hash after it, head included; the signed checkpoints
 * (S6) can: the row at a checkpoint's seq must still have the hash the platform key signed,
 * and a checkpoint beyond the last row means the tail was cut off. `finish(head)` catches a
 * deleted tail and a deleted head.
 */
export class ChainVerifier {
  private prevHash = GENESIS_HASH;
  private expectedSeq = 1;
  private pending: TraceCheckpointRow[] = [];
  checked = 0;
  checkpoints = 0;

  /** `trustedKeys`: the platform public keys whose signatures count (lib/gm/platform-key). */
  constructor(private readonly trustedKeys: readonly string[] = []) {}

  /** Queues checkpoints, in ascending seq, before pushing the rows they cover. */
  addCheckpoints(checkpoints: Iterable<TraceCheckpointRow>): void {
    this.pending.push(...checkpoints);
  }

  /** Returns the failure, or null while the chain holds. */
  push(row: TraceRow): ChainReport | null {
    if (row.seq !== this.expectedSeq) {
      return this.fail(this.expectedSeq, `缺少第 ${this.expectedSeq} 条记录（被删除或顺序被改动）`);
    }
    if (row.prevHash !== this.prevHash) return this.fail(row.seq, `第 ${row.seq} 条记录的前序哈希与上一条不符`);
    const { hash, ...content } = row;
    if (traceHash(content) !== hash) return this.fail(row.seq, `第 ${row.seq} 条记录的内容与其哈希不符（被篡改）`);
    const checkpoint = this.pending[0];
    if (checkpoint?.seq === row.seq) {
      this.pending.shift();
      const failure = this.checkSignature(checkpoint);
      if (failure) return failure;
      if (checkpoint.lastHash !== hash) {
        return this.fail(row.seq, `第 ${row.seq} 条记录的哈希与签名检查点不符（该条或之前的记录被改写并重算了哈希）`);
      }
      this.checkpoints += 1;
    }
    this.prevHash = hash;
    this.expectedSeq += 1;
    this.checked += 1;
    return null;
  }

  finish(head: TraceHeadState | null): ChainReport {
    if (!head) return this.fail(this.checked + 1, "链头记录缺失，无法确认链尾是否完整（链头被删除）");
    if (head.seq !== this.checked || head.lastHash !== this.prevHash) {
      return this.fail(this.checked + 1, `链尾与链头记录不符（第 ${this.checked + 1} 条及之后的记录缺失）`);
    }
    const beyond = this.pending[0];
    if (beyond) {
      return (
        this.checkSignature(beyond) ??
        this.fail(this.checked + 1, `签名检查点记载了第 ${beyond.seq} 条记录，现存记录只到第 ${this.checked} 条（链尾被截断，链头被改写）`)
      );
    }
    return { ok: true, checked: this.checked, checkpoints: this.checkpoints };
  }

  private checkSignature(checkpoint: TraceCheckpointRow): ChainReport | null {
    if (!this.trustedKeys.includes(checkpoint.publicKey.toLowerCase())) {
      return this.fail(checkpoint.seq, `第 ${checkpoint.seq} 条处的签名检查点不是用本平台密钥签名的（检查点被伪造）`);
    }
    if (!sm2Verify(checkpoint.publicKey, canonicalCheckpointContent(checkpoint), checkpoint.signature)) {
      return this.fail(checkpoint.seq, `第 ${checkpoint.seq} 条处的签名检查点签名无效（检查点被伪造或篡改）`);
    }
    return null;
  }

  private fail(brokenAtSeq: number, reason: string): ChainReport {
    return { ok: false, checked: this.checked, brokenAtSeq, reason };
  }
}

export function verifyChain(
  rows: Iterable<TraceRow>,
  head: TraceHeadState | null,
  { checkpoints = [], trustedKeys = [] }: { checkpoints?: TraceCheckpointRow[]; trustedKeys?: readonly string[] } = {},
): ChainReport {
  const verifier = new ChainVerifier(trustedKeys);
  verifier.addCheckpoints(checkpoints);
  for (const row of rows) {
    const failure = verifier.push(row);
    if (failure) return failure;
  }
  return verifier.finish(head);
}
