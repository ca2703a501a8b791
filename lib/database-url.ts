/**
 * Which database the portal talks to, decided in one place from DATABASE_URL:
 * `file:` → embedded SQLite (better-sqlite3), `postgres://` / `postgresql://` → PostgreSQL (pg).
 * Used by lib/db.ts, prisma.config.ts and the scripts, so the three can never disagree.
 */
export type DatabaseProvider = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/portal.db";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) return "postgresql";
  throw new Error(
    `DATABASE_URL 不受支持: 应以 file: (SQLite) 或 postgresql:// (PostgreSQL) 开头，实际为 "${url.split(":")[0]}:…"`,
  );
}

/** The file path better-sqlite3 opens for a `file:` URL (relative paths are relative to the working directory). */
export function sqliteFilePath(url: string): string {
  return url.slice("file:".length).split("?")[0];
}
