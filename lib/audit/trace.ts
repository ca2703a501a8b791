/**
 * Operation trace (操作留痕, REQUIREMENTS U7, LD/T 01 §6.2.5, §6.3.2): append-only and
 * tamper-evident, in two steps (issue 13).
 *
 * 1. Append. `appendTrace` is ONE insert inside the caller's transaction, so the row exists
 *    exactly when the change it records does. It takes no lock: the database gives the row its
 *    storage number (`seq`, autoincrement) and the row is stored unchained (chainSeq, prevHash
 *    and hash null). Appends of the whole portal no longer queue behind one row lock.
 * 2. Chain. `chainTrace` (lib/audit/chain-trace.ts) takes the TraceHead row lock — only the
 *    chainer takes it — reads the unchained rows in `seq` order, gives each the next chain
 *    position (`chainSeq` 1, 2, 3 …), the previous row's hash and its own SM3 hash, and moves the
 *    head, in one transaction per batch. It runs as the `trace-chain` job every 5 seconds and
 *    on demand before verification, before a checkpoint is signed (S6) and on the audit page.
 *
 * The chain order is chaining order, not `seq` order: a transaction that commits late (a lower
 * `seq` seen after higher ones were chained) is simply chained in a later batch, and a rolled-back
 * append never reaches the chainer, so the chain has no holes and needs no gap logic (`seq`
 * may have holes; nothing checks them).
 *
 * What is protected when: a chained row is covered by the hash chain — editing, deleting or
 * reordering it breaks the chain from there on — and, once a checkpoint covers it, by the
 * platform SM2 signature as well, which also catches a forger who recomputes every later hash
 * (lib/audit/checkpoint.ts). Between its commit and the next chaining run (normally under 5
 * seconds, longer only while no instance runs jobs) a row is protected only by the database's
 * own access control: someone with write access to the database could change or delete it then
 * without a trace. That window is the price of not serialising every write on one lock; the
 * verifier reports the unchained rows (count, oldest) so a stalled chainer is seen.
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

/** What an append stores: the record without any chain fields. */
export interface TraceRecord {
  actorId: string | null;
  actorRole: string;
  action: string;
  entity: string;
  entityId: string;
  summary: string;
  ip: string;
  createdAt: Date;
}

/** The content a chained row's hash covers: the record, its chain position and the previous hash. */
export interface TraceContent extends TraceRecord {
  chainSeq: number;
  prevHash: string;
}

/** A chained row. `seq` (storage order) is not hashed: the chain position is what counts. */
export interface TraceRow extends TraceContent {
  seq?: number;
  hash: string;
}

/**
 * The exact bytes hashed: a JSON array in fixed order, so no key-order ambiguity. Rows chained
 * before issue 13 hashed their `seq` here, which equals their chainSeq, so they still verify.
 */
export function canonicalTraceContent(row: TraceContent): string {
  return JSON.stringify([
    row.chainSeq,
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

export function traceHash(row: TraceContent): string {
  return sm3Hex(canonicalTraceContent(row));
}

/** The row an append writes (also used where a trace row is written by raw SQL). */
export function traceRecordOf(actor: TraceActor, entry: TraceEntry, createdAt: Date = new Date()): TraceRecord {
  return {
    actorId: actor.id,
    actorRole: actor.role,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    summary: JSON.stringify(entry.summary ?? {}),
    ip: actor.ip ?? "",
    createdAt,
  };
}

/**
 * Appends one row, unchained: a single insert in the caller's transaction, no lock taken. The
 * row is chained (and becomes tamper-evident) at the next chainTrace run. Returns its storage number.
 */
export async function appendTrace(tx: Tx, actor: TraceActor, entry: TraceEntry): Promise<{ seq: number }> {
  return appendTraceRecord(tx, traceRecordOf(actor, entry));
}

/** appendTrace for a record already built with traceRecordOf. */
export function appendTraceRecord(tx: Tx, record: TraceRecord): Promise<{ seq: number }> {
  return tx.operationTrace.create({ data: record, select: { seq: true } });
}

/** The chain head: the last chained position (`seq`, a chain position) and its hash. */
export interface TraceHeadState {
  seq: number;
  lastHash: string;
}

/** S6: the platform key's signature over the hash the row at chain position `seq` had (lib/audit/checkpoint.ts). */
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

/** Rows appended but not chained yet: not a failure, but a chainer that stopped shows here. */
export interface UnchainedRows {
  count: number;
  /** the oldest unchained row's storage number and time */
  oldestSeq: number;
  oldestAt: Date;
}

/** `brokenAtSeq` is a chain position (chainSeq). `unchained` is filled by the database verifier. */
export type ChainReport =
  | { ok: true; checked: number; checkpoints: number; unchained?: UnchainedRows | null }
  | { ok: false; checked: number; brokenAtSeq: number; reason: string; unchained?: UnchainedRows | null };

/**
 * Checks chained rows one at a time in chain order (chainSeq) and reports the first broken link:
 * a row whose hash does not match its content (edited), whose prevHash is not the previous row's
 * hash (deleted or reordered), or a gap in chainSeq (deleted, or unchained by hand). The hash chain alone cannot catch someone
 * who edits a row and recomputes every hash after it, head included; the signed checkpoints
 * (S6) can: the row at a checkpoint's position must still have the hash the platform key signed,
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
    const at = row.chainSeq;
    if (at !== this.expectedSeq) {
      return this.fail(this.expectedSeq, `缺少第 ${this.expectedSeq} 条记录（被删除或顺序被改动）`);
    }
    if (row.prevHash !== this.prevHash) return this.fail(at, `第 ${at} 条记录的前序哈希与上一条不符`);
    if (traceHash(row) !== row.hash) return this.fail(at, `第 ${at} 条记录的内容与其哈希不符（被篡改）`);
    const hash = row.hash;
    const checkpoint = this.pending[0];
    if (checkpoint?.seq === at) {
      this.pending.shift();
      const failure = this.checkSignature(checkpoint);
      if (failure) return failure;
      if (checkpoint.lastHash !== hash) {
        return this.fail(at, `第 ${at} 条记录的哈希与签名检查点不符（该条或之前的记录被改写并重算了哈希）`);
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
