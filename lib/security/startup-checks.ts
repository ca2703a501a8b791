/**
 * The configuration checked before the server serves anything: by `npm start` before it
 * migrates or seeds (scripts/check-config.ts), and again when the server starts
 * (instrumentation.ts), so a server started some other way refuses too.
 */
import { authSecret, ConfigError, smsOutboxRetentionDays } from "@/lib/config";
import { devToolsAtPublicUrl } from "./dev-tools";

/** Each problem as a message naming the variable to change; empty when all is well. */
export function startupProblems(): string[] {
  const problems: string[] = [];
  const devTools = devToolsAtPublicUrl();
  if (devTools) problems.push(devTools);
  // authSecret() also creates DATA_DIR (0700) and the generated secret on a first start.
  for (const check of [authSecret, smsOutboxRetentionDays]) {
    try {
      check();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(error.message);
    }
  }
  return problems;
}

/** Prints each problem and ends the process: a server that would run unsafely does not run. */
export function refuseBadConfiguration(): void {
  const problems = startupProblems();
  if (problems.length === 0) return;
  for (const problem of problems) console.error(`配置错误：${problem}`);
  process.exit(1);
}
