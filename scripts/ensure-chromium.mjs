// Playwright drives Debian's Chromium (no browser download is possible here). Installs it
// with apt-get when missing and running as root; otherwise says what to install.
import fs from "node:fs";
import { runSync } from "./lib.mjs";

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function ensureChromium() {
  if (fs.existsSync(chromiumPath())) return true;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium 未安装（${chromiumPath()}）。请以 root 运行: apt-get update && apt-get install -y chromium，或设置 CHROMIUM_PATH。`);
    return false;
  }
  console.log("Installing Debian's Chromium for the end-to-end tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (runSync("apt-get", ["update", "-qq"], { env }) !== 0) return false;
  return runSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-wqy-zenhei"], { env }) === 0 && fs.existsSync(chromiumPath());
}

if (process.argv[1]?.endsWith("ensure-chromium.mjs")) process.exit(ensureChromium() ? 0 : 1);
