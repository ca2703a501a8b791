// Small helpers shared by the start and test scripts.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const bin = (name) => path.join(root, "node_modules", ".bin", name);

/** Runs a command, inheriting stdio; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", ...options });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export function runSync(command, args, options = {}) {
  return spawnSync(command, args, { cwd: root, stdio: "inherit", ...options }).status ?? 1;
}

const BUILD_INPUTS = ["app", "components", "lib", "public", "prisma/models", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

/** A hash of everything the Next build depends on, to rebuild only when something changed. */
export function sourceHash() {
  const hash = createHash("sha256");
  const walk = (p) => {
    const full = path.join(root, p);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      if (p === path.join("lib", "generated")) return;
      for (const entry of fs.readdirSync(full).sort()) walk(path.join(p, entry));
    } else {
      hash.update(p).update(fs.readFileSync(full));
    }
  };
  for (const input of BUILD_INPUTS) walk(input);
  return hash.digest("hex");
}

const STAMP = path.join(root, ".next", "source-hash");

export function buildIsCurrent() {
  return fs.existsSync(path.join(root, ".next", "BUILD_ID")) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === sourceHash();
}

export async function buildIfNeeded() {
  if (buildIsCurrent()) return 0;
  console.log("Building the portal (next build)…");
  const hash = sourceHash();
  const code = await run(bin("next"), ["build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (code === 0) fs.writeFileSync(STAMP, hash);
  return code;
}

export function ensureGeneratedClient() {
  if (fs.existsSync(path.join(root, "lib/generated/sqlite/client.ts")) && fs.existsSync(path.join(root, "lib/generated/postgresql/client.ts"))) return 0;
  return runSync(process.execPath, [path.join(root, "scripts/prisma-generate.mjs")]);
}
