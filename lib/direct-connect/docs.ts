/** The published documents of the developer pages (E1), kept in docs/ and read from the repo. */
import fs from "node:fs";
import path from "node:path";

export const PROTOCOL_DOC = "direct-connect-protocol.md";
export const SAMPLE_CODE = "direct-connect-sample.mjs";

export function readDoc(name: typeof PROTOCOL_DOC | typeof SAMPLE_CODE): string {
  return fs.readFileSync(path.join(/* turbopackIgnore: true */ process.cwd(), "docs", name), "utf8");
}
