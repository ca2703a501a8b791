/**
 * The load loop every HTTP benchmark shares: N callers at once, each running `once(i)` with the
 * next index until the time is up or the prepared requests run out. The shared machine's load
 * moves within a run, so a benchmark measures its scenarios in interleaved slices (`runRounds`)
 * and sums each one's figures over its slices; every figure is printed next to a reference
 * measured in the same run.
 */
import type { ChildProcess } from "node:child_process";

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

/** One call: null when it went right, otherwise what went wrong. */
export type Once = (i: number) => Promise<string | null>;

export interface Figures {
  name: string;
  perSecond: number;
  latencies: number[];
  errors: number;
  firstError?: string;
}

export interface Scenario {
  name: string;
  once: Once;
  limit: number;
  next: number;
  latencies: number[];
  errors: number;
  firstError?: string;
  elapsedMs: number;
}

export function scenario(name: string, once: Once, limit = Infinity): Scenario {
  return { name, once, limit, next: 0, latencies: [], errors: 0, elapsedMs: 0 };
}

/** Runs `callers` loops of `sc` for `seconds` (or until its `limit`), adding to its figures. */
export async function slice(sc: Scenario, callers: number, seconds: number): Promise<void> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (performance.now() - started < seconds * 1000 && sc.next < sc.limit) {
        const i = sc.next++;
        const t = performance.now();
        const error = await sc.once(i).catch((e: unknown) => String(e));
        sc.latencies.push(performance.now() - t);
        if (error) {
          sc.errors += 1;
          sc.firstError ??= error;
        }
      }
    }),
  );
  sc.elapsedMs += performance.now() - started;
}

export const figures = (sc: Scenario): Figures => ({ name: sc.name, perSecond: sc.latencies.length / (sc.elapsedMs / 1000), latencies: sc.latencies, errors: sc.errors, firstError: sc.firstError });

/** One scenario at once, e.g. a warm-up or an in-process data measurement. */
export async function measure(name: string, once: Once, options: { callers: number; seconds: number; limit?: number }): Promise<Figures> {
  const sc = scenario(name, once, options.limit);
  await slice(sc, options.callers, options.seconds);
  return figures(sc);
}

/** Every scenario `rounds` times in turn, `seconds / rounds` each time; their summed figures. */
export async function runRounds(scenarios: Scenario[], options: { callers: number; seconds: number; rounds: number }): Promise<Figures[]> {
  for (let round = 0; round < options.rounds; round++) for (const sc of scenarios) await slice(sc, options.callers, options.seconds / options.rounds);
  return scenarios.map(figures);
}

/** A line of figures: req/s, p50/p95/p99 and, given a reference, the ratio to it. */
export function formatFigures(f: Figures, reference?: { figures: Figures; label: string }, width = 30): string {
  const s = [...f.latencies].sort((a, b) => a - b);
  const ratio = reference ? `  ${(f.perSecond / reference.figures.perSecond).toFixed(2)}× ${reference.label}` : "";
  const errors = f.errors ? `  ${f.errors} errors${f.firstError ? ` (${f.firstError})` : ""}` : "";
  return `${f.name.padEnd(width)} ${f.perSecond.toFixed(0).padStart(6)} /s  p50 ${percentile(s, 50).toFixed(1).padStart(6)}  p95 ${percentile(s, 95).toFixed(1).padStart(6)}  p99 ${percentile(s, 99).toFixed(1).padStart(6)} ms${errors}${ratio}`;
}

/** Waits until `url` answers 2xx, failing early if the server process has exited. */
export async function waitForServer(url: string, server: ChildProcess, seconds = 120): Promise<void> {
  for (let i = 0; i < seconds * 2; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}
