/**
 * npm run audit:verify — chains the rows committed so far (chainTrace), then checks the operation
 * trace's SM3 hash chain (U7) from the first row to the head, and against the signed checkpoints
 * (S6), and prints the result; exits with 1 when a link is broken, so cron or CI can alert. Rows
 * committed after the chaining step are reported as not yet chained, not as broken. It needs the platform key (PLATFORM_SM2_PRIVATE_KEY or
 * DATA_DIR/platform-sm2.key) the server signs with.
 */
import { db } from "@/lib/db";
import { verifyOperationTraceNow } from "@/lib/audit/verify-trace";
import { formatShanghai } from "@/lib/calendar";

async function main() {
  const started = Date.now();
  const report = await verifyOperationTraceNow(db);
  const ms = Date.now() - started;
  if (report.unchained) {
    const { count, oldestSeq, oldestAt } = report.unchained;
    console.log(`尚未链接的留痕记录：${count} 条（最早为存储序号 ${oldestSeq}，${formatShanghai(oldestAt, "datetime")} 写入），下次链接后纳入校验`);
    console.log(`not yet chained: ${count} rows, oldest seq ${oldestSeq} at ${oldestAt.toISOString()}`);
  }
  if (report.ok) {
    console.log(`操作留痕校验通过：${report.checked} 条记录，哈希链完整，${report.checkpoints} 个签名检查点相符（${ms} ms）`);
    console.log(`trace OK: ${report.checked} rows and ${report.checkpoints} signed checkpoints verified`);
    return 0;
  }
  console.error(`操作留痕校验未通过：第 ${report.brokenAtSeq} 条处断开 —— ${report.reason}`);
  console.error(`trace BROKEN at seq ${report.brokenAtSeq} (${report.checked} rows intact before it)`);
  return 1;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    console.error("操作留痕校验无法完成：", error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
