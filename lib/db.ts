/**
 * The one Prisma client. Its driver adapter follows DATABASE_URL (lib/database-url.ts):
 * better-sqlite3 for `file:` (the default, embedded) and pg for `postgresql://` (several
 * instances behind a load balancer). Both generated clients come from the same models, so
 * the SQLite client's types describe both; code written against them is portable.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient, Prisma } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import { databaseProvider, databaseUrl, sqliteFilePath, type DatabaseProvider } from "./database-url";

export type Db = InstanceType<typeof SqliteClient>;
export type Tx = Prisma.TransactionClient;
export { Prisma };

/**
 * Prisma's defaults (2 s to start, 5 s to finish an interactive transaction) fail healthy
 * transactions on a busy two-core host; these limits still end a stuck one.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

/**
 * DB_QUERY_EVENTS=1 makes the client emit a `query` event per statement (`db.$on("query", …)`),
 * for the tests that count a code path's queries (issue 13); off otherwise.
 */
const LOG: { log: { emit: "event"; level: "query" }[] } = { log: process.env.DB_QUERY_EVENTS === "1" ? [{ emit: "event", level: "query" }] : [] };

export function createDb(url: string = databaseUrl()): { db: Db; provider: DatabaseProvider } {
  const provider = databaseProvider(url);
  if (provider === "sqlite") {
    // timeout = busy_timeout: a second process (seed, worker) waits instead of failing.
    const adapter = new PrismaBetterSQLite3({ url: sqliteFilePath(url), timeout: 10_000 });
    return { db: new SqliteClient({ adapter, transactionOptions: TRANSACTION_OPTIONS, ...LOG }) as unknown as Db, provider };
  }
  const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.PG_POOL_MAX ?? 10) });
  return { db: new PostgresClient({ adapter, transactionOptions: TRANSACTION_OPTIONS, ...LOG }) as unknown as Db, provider };
}

const globalForDb = globalThis as unknown as { __portalDb?: { db: Db; provider: DatabaseProvider } };
const instance = (globalForDb.__portalDb ??= createDb());

export const db: Db = instance.db;
export const dbProvider: DatabaseProvider = instance.provider;

/** Unique-constraint violation (P2002), the database's way of saying "already exists". */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
