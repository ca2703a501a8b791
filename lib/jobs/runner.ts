/**
 * Starts the scheduled jobs inside the web server process (instrumentation.ts), with croner
 * for the schedule and a database lease (lease.ts) so that several instances run each
 * scheduled minute once. JOBS_ENABLED=0 turns this off on an instance.
 */
import { Cron } from "croner";
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { claimJobRun, finishJobRun } from "./lease";
import type { JobDefinition } from "./job-definition";
import { loadJobs } from "./registry";

const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export async function runJobOnce(job: JobDefinition, slot: Date): Promise<string | null> {
  if (!(await claimJobRun(db, job.name, holder, slot, job.maxRunMs))) return null;
  let result: string;
  try {
    result = await job.run(new Date());
  } catch (error) {
    result = `failed: ${error instanceof Error ? error.message : String(error)}`;
    console.error(`[jobs] ${job.name} ${result}`);
  }
  await finishJobRun(db, job.name, holder, result);
  return result;
}

let started: Cron[] | undefined;

export async function startJobs(): Promise<void> {
  if (started) return;
  started = [];
  for (const job of await loadJobs()) {
    started.push(
      new Cron(job.schedule, { timezone: "Asia/Shanghai", protect: true, catch: true }, async () => {
        // The slot a run claims: its minute, or its second for a schedule with a seconds field.
        const slotMs = job.schedule.trim().split(/\s+/).length === 6 ? 1000 : 60_000;
        const slot = new Date(Math.floor(Date.now() / slotMs) * slotMs);
        await runJobOnce(job, slot);
      }),
    );
  }
  console.info(`[jobs] ${started.length} scheduled jobs started on ${holder}`);
}

export function stopJobs(): void {
  for (const cron of started ?? []) cron.stop();
  started = undefined;
}
