import path from "node:path";
import fs from "node:fs";
import type { PrismaConfig } from "prisma";
import { databaseProvider, databaseUrl, sqliteFilePath } from "./lib/database-url";

// Prisma's own .env loading is off when a config file exists; load it ourselves if present.
if (fs.existsSync(".env")) process.loadEnvFile(".env");

const url = databaseUrl();
process.env.DATABASE_URL = url; // the schema's datasource reads env("DATABASE_URL")
const provider = databaseProvider(url);

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider, "schema.prisma"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    if (provider === "sqlite") {
      const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
      const file = sqliteFilePath(url);
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      return new PrismaBetterSQLite3({ url: file });
    }
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { default: pg } = await import("pg");
    // adapter-pg 6.19.3 cannot deserialize the `name` type the schema engine reads
    // (prisma/orm#27403): map name/char → text and their arrays → text[] for the CLI only.
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    const oidMap: Record<number, number> = { 18: 25, 19: 25, 1002: 1009, 1003: 1009 };
    type Result = { fields?: { dataTypeID: number }[] } | undefined;
    const remap = (result: Result) => {
      for (const field of result?.fields ?? []) field.dataTypeID = oidMap[field.dataTypeID] ?? field.dataTypeID;
      return result;
    };
    pool.on("connect", (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        const last = args[args.length - 1];
        if (typeof last === "function") {
          // pg's Pool calls client.query(config, values, callback)
          args[args.length - 1] = (err: unknown, result: Result) => (last as (e: unknown, r: Result) => void)(err, remap(result));
          return query(...args);
        }
        return (query(...args) as Promise<Result>).then(remap);
      };
    });
    return new PrismaPg(pool, { disposeExternalPool: true });
  },
} satisfies PrismaConfig;
