import type { Db } from "@/lib/db";
import { ChainVerifier, type ChainReport } from "./trace";

/** Verifies the whole trace page by page (bounded memory) and then against its head row. */
export async function verifyOperationTrace(db: Db, pageSize = 5000): Promise<ChainReport> {
  const head = await db.traceHead.findUnique({ where: { id: 1 } });
  const verifier = new ChainVerifier();
  let after = 0;
  for (;;) {
    const page = await db.operationTrace.findMany({ where: { seq: { gt: after } }, orderBy: { seq: "asc" }, take: pageSize });
    for (const row of page) {
      const failure = verifier.push(row);
      if (failure) return failure;
    }
    if (page.length < pageSize) break;
    after = page[page.length - 1].seq;
  }
  return verifier.finish(head);
}
