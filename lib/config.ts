/**
 * Runtime configuration from the environment, read in one place. Every variable is listed
 * with its default in README.md.
 */
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

export const isProduction = process.env.NODE_ENV === "production";

/** Data folder outside the web root: SQLite file, uploads, generated secrets. */
export function dataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.DATA_DIR ?? "data");
}

/**
 * Secret for signing session tokens. AUTH_SECRET (or NEXTAUTH_SECRET) in the environment;
 * otherwise one generated on first start and kept in DATA_DIR, which suits a single
 * instance. Several instances must share one AUTH_SECRET.
 */
export function authSecret(): string {
  const fromEnv = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (fromEnv) return fromEnv;
  const file = path.join(dataDir(), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dataDir(), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      return fs.readFileSync(file, "utf8").trim(); // another process wrote it first
    }
  }
}

/** The dev-only pages (e.g. /dev/sms) exist when this is true. */
export function devToolsEnabled(): boolean {
  return process.env.ENABLE_DEV_TOOLS === "1" || (!isProduction && process.env.ENABLE_DEV_TOOLS !== "0");
}
