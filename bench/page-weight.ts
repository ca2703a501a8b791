/**
 * First-load JavaScript of the public pages, compressed (goal: < 150 kB each).
 * Fetches each page from a running server, then every script it loads, and sums their
 * gzip sizes. Usage: npm start (in another shell), then `npx tsx bench/page-weight.ts [baseUrl]`.
 */
import { gzipSync } from "node:zlib";

const base = process.argv[2] ?? process.env.BASE_URL ?? "http://localhost:3000";
const pages = ["/", "/guide", "/appointments", "/login", "/register", "/verify", "/disclosure/centres"];

async function main() {
  console.log(`First-load JS (gzip) at ${base}`);
  for (const path of pages) {
    const response = await fetch(base + path);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
    let total = 0;
    for (const src of new Set(scripts)) {
      const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
      total += gzipSync(body).length;
    }
    const inlineGz = gzipSync(Buffer.from(inline)).length;
    console.log(`${path.padEnd(22)} HTTP ${response.status}  ${scripts.length} scripts  ${(total / 1024).toFixed(1)} kB gz  (+ inline RSC/bootstrap ${(inlineGz / 1024).toFixed(1)} kB gz)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
