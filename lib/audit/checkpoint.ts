/**
 * Signed checkpoints of the operation trace (S6). A checkpoint is the platform SM2 key's
 * signature over (chain position, hash of the row there, time). The key is outside the database,
 * so someone who rewrites chained rows and recomputes every later hash cannot make the checkpoints
 * agree again; the verifier (ChainVerifier) compares them. Writing one first chains what has been
 * committed (chainTrace), then reads the head and inserts a row; appends go on meanwhile.
 */
import { db, isUniqueViolation, type Db } from "@/lib/db";
import { platformKey, publicKeyFingerprint, signWithPlatformKey } from "@/lib/gm/platform-key";
import { SM2_DEFAULT_USER_ID } from "@/lib/gm";
import { chainTrace } from "./chain-trace";
import { appendTrace, canonicalCheckpointContent, type TraceActor, type TraceCheckpointRow } from "./trace";

/** The job checkpoints once this many rows were chained since the last checkpoint… */
export const CHECKPOINT_EVERY_ROWS = 1000;
/** …or once the last checkpoint is this old and rows were chained since. */
export const CHECKPOINT_EVERY_MS = 5 * 60_000;

/**
 * Chains the committed rows, then signs the head, unless the last checkpoint already covers it. With `onlyWhenDue`
 * (the scheduled job) it also waits for CHECKPOINT_EVERY_ROWS rows or CHECKPOINT_EVERY_MS.
 * Returns the checkpoint written, or null.
 */
export async function writeTraceCheckpoint(now: Date, { onlyWhenDue = false } = {}): Promise<TraceCheckpointRow | null> {
  await chainTrace(db);
  const head = await db.traceHead.findUnique({ where: { id: 1 } });
  if (!head) throw new Error("链头记录缺失，不能写签名检查点");
  const latest = await db.traceCheckpoint.findFirst({ orderBy: { seq: "desc" } });
  const moved = head.seq - (latest?.seq ?? 0);
  if (moved <= 0) return null;
  if (onlyWhenDue && latest && moved < CHECKPOINT_EVERY_ROWS && now.getTime() - latest.createdAt.getTime() < CHECKPOINT_EVERY_MS) return null;
  const content = { seq: head.seq, lastHash: head.lastHash, createdAt: now };
  const checkpoint = { ...content, publicKey: platformKey().publicKey, signature: signWithPlatformKey(canonicalCheckpointContent(content)) };
  try {
    await db.traceCheckpoint.create({ data: checkpoint });
  } catch (error) {
    if (isUniqueViolation(error)) return null; // another instance signed the same head
    throw error;
  }
  return checkpoint;
}

export async function latestTraceCheckpoint(client: Db = db) {
  const checkpoint = await client.traceCheckpoint.findFirst({ orderBy: { seq: "desc" } });
  return checkpoint && { ...checkpoint, keyFingerprint: publicKeyFingerprint(checkpoint.publicKey) };
}

/**
 * Every checkpoint with what is needed to check them elsewhere, for the administrator to keep
 * outside the platform (S6). The download is traced; no trace row, no file.
 */
export async function exportTraceCheckpoints(actor: TraceActor, now: Date) {
  const checkpoints = await db.traceCheckpoint.findMany({ orderBy: { seq: "asc" } });
  const { publicKey } = platformKey();
  await db.$transaction((tx) =>
    appendTrace(tx, actor, {
      action: "trace.checkpoints.download",
      entity: "TraceCheckpoint",
      entityId: String(checkpoints.at(-1)?.seq ?? 0),
      summary: { count: checkpoints.length },
    }),
  );
  return {
    description: "社会保险网上经办服务平台 操作留痕签名检查点",
    exportedAt: now.toISOString(),
    publicKey,
    keyFingerprint: publicKeyFingerprint(publicKey),
    signatureScheme: {
      algorithm: "SM2 签名，摘要 SM3(Z‖M)，签名为 DER 编码十六进制",
      userId: SM2_DEFAULT_USER_ID,
      signedContent: 'JSON.stringify(["trace-checkpoint", seq, lastHash, createdAt])',
    },
    checkpoints: checkpoints.map((c) => ({ seq: c.seq, lastHash: c.lastHash, createdAt: c.createdAt.toISOString(), publicKey: c.publicKey, signature: c.signature })),
  };
}
