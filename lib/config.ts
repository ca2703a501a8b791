/**
 * Runtime configuration from the environment, read in one place. Every variable is listed
 * with its default in README.md.
 */
import fs from "node:fs";
import path from "node:path";
import { hkdfSync, randomBytes } from "node:crypto";

export const isProduction = process.env.NODE_ENV === "production";

/** A configuration the server must not run with; the message names the variable to change. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Data folder outside the web root: SQLite file, uploads, generated secrets. */
export function dataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.DATA_DIR ?? "data");
}

/**
 * Creates DATA_DIR readable by the server's user only (S7); an existing folder open to group
 * or others is closed, since it holds the secrets and the SQLite database.
 */
export function ensureDataDir(): string {
  const dir = dataDir();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if ((fs.statSync(dir).mode & 0o077) !== 0) fs.chmodSync(dir, 0o700);
  return dir;
}

/** Shorter secrets are refused: 32 characters of base64 carry about 192 bits. */
export const MIN_SECRET_LENGTH = 32;

/**
 * Creates `file` (mode 0600) with `content()` unless it exists. Written to a temporary file
 * first and then hard-linked into place, so no process ever reads a half-written secret; the
 * link fails if another process got there first, and then that one's file is used by both (a
 * rename would overwrite it, leaving two processes with different secrets).
 */
export function createSecretFileOnce(file: string, content: () => string): void {
  if (fs.existsSync(file)) return;
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    const fd = fs.openSync(temp, "wx", 0o600);
    try {
      fs.writeSync(fd, content());
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** A secret kept in DATA_DIR/<name>, generated on first use (createSecretFileOnce). */
export function ensureSecretFile(name: string): string {
  const file = path.join(ensureDataDir(), name);
  createSecretFileOnce(file, () => randomBytes(32).toString("base64url"));
  const secret = fs.readFileSync(file, "utf8").trim();
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`密钥文件 ${file} 不足 ${MIN_SECRET_LENGTH} 个字符：请删除该文件（启动时重新生成）或检查 DATA_DIR`);
  }
  return secret;
}

/**
 * The platform's one root secret. AUTH_SECRET (or NEXTAUTH_SECRET) in the environment;
 * otherwise one generated on first start and kept in DATA_DIR, which suits a single
 * instance. Several instances must share one AUTH_SECRET. Code uses derivedKey(), never this.
 */
export function authSecret(): string {
  const fromEnv = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (fromEnv === undefined || fromEnv === "") return ensureSecretFile("auth-secret");
  if (fromEnv.length < MIN_SECRET_LENGTH) {
    const name = process.env.AUTH_SECRET ? "AUTH_SECRET" : "NEXTAUTH_SECRET";
    throw new ConfigError(`${name} 过短（${fromEnv.length} 个字符）：至少 ${MIN_SECRET_LENGTH} 个字符，例如 openssl rand -base64 32 的输出`);
  }
  return fromEnv;
}

export type KeyPurpose = "session" | "sms-code" | "key-vault" | "key-vault-mac" | "direct-token";

/**
 * One key per purpose, derived from the root secret with HKDF-SHA256 (S7), so a key that
 * leaks from one use (e.g. a session-token key) says nothing about another (the SMS-code HMAC).
 */
export function derivedKey(purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "", `sbt-portal/${purpose}`, 32));
}

/** The dev-only pages (e.g. /dev/sms) exist when this is true. */
export function devToolsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.ENABLE_DEV_TOOLS === "1" || (env.NODE_ENV !== "production" && env.ENABLE_DEV_TOOLS !== "0");
}

/** S7: SMS outbox rows are kept this many days, then the housekeeping job deletes them. */
export function smsOutboxRetentionDays(): number {
  const raw = process.env.SMS_OUTBOX_RETENTION_DAYS;
  if (raw === undefined || raw === "") return 7;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1) throw new ConfigError(`SMS_OUTBOX_RETENTION_DAYS 应为正整数（天），当前为 “${raw}”`);
  return days;
}
