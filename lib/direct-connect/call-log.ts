/**
 * E6/E7: the call log, one DirectCallLog row per gateway request. Rows are buffered and written
 * in batches (createMany) at most CALL_LOG_FLUSH_MS after the request, or at once when
 * CALL_LOG_BATCH rows wait: one insert per request would be the largest cost of a refused call
 * and a large share of a served one. A crash can lose at most the last fraction of a second of
 * log rows, never a business write (those are in their own transaction).
 */
import { db } from "@/lib/db";

export const CALL_LOG_FLUSH_MS = 200;
const CALL_LOG_BATCH = 200;

export interface CallLogRow {
  enterpriseId: string | null;
  /** ENTERPRISE or CHANNEL (X1); absent means ENTERPRISE */
  callerKind?: "ENTERPRISE" | "CHANNEL";
  reqAppCode: string | null;
  serviceCode: string | null;
  environment: "SANDBOX" | "FORMAL";
  httpStatus: number;
  headStatus: string;
  bizCode: string | null;
  message: string | null;
  latencyMs: number;
  requestBytes: number;
  responseBytes: number;
  bizSerialNo: string | null;
  clientIp: string | null;
  createdAt: Date;
}

let buffer: CallLogRow[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let inFlight: Promise<void> = Promise.resolve();

async function write(rows: CallLogRow[]): Promise<void> {
  try {
    await db.directCallLog.createMany({ data: rows });
  } catch (error) {
    console.error(`[direct-connect] ${rows.length} call log rows not written`, error);
  }
}

/** Writes every buffered row now; resolves when they (and earlier batches) are in the database. */
export function flushCallLog(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = undefined;
  if (buffer.length > 0) {
    const rows = buffer;
    buffer = [];
    inFlight = inFlight.then(() => write(rows));
  }
  return inFlight;
}

export function logCall(row: CallLogRow): void {
  buffer.push(row);
  if (buffer.length >= CALL_LOG_BATCH) void flushCallLog();
  else if (!timer) {
    timer = setTimeout(() => void flushCallLog(), CALL_LOG_FLUSH_MS);
    timer.unref?.();
  }
}
