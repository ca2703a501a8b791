import { describe, expect, it } from "vitest";
import { databaseProvider, databaseUrl, DEFAULT_DATABASE_URL, sqliteFilePath } from "./database-url";

describe("database adapter choice", () => {
  it("B1: file: URLs use embedded SQLite, the default when DATABASE_URL is unset or blank", () => {
    expect(databaseUrl({} as unknown as NodeJS.ProcessEnv)).toBe(DEFAULT_DATABASE_URL);
    expect(databaseUrl({ DATABASE_URL: "  " } as unknown as NodeJS.ProcessEnv)).toBe(DEFAULT_DATABASE_URL);
    expect(databaseProvider(DEFAULT_DATABASE_URL)).toBe("sqlite");
    expect(sqliteFilePath("file:./data/portal.db?connection_limit=1")).toBe("./data/portal.db");
  });

  it("B1: postgresql:// and postgres:// URLs use PostgreSQL", () => {
    expect(databaseProvider("postgresql://u:p@db:5432/portal")).toBe("postgresql");
    expect(databaseProvider("postgres://db/portal")).toBe("postgresql");
  });

  it("B1: any other URL is refused with a message naming what is supported", () => {
    expect(() => databaseProvider("mysql://db/portal")).toThrow(/file: \(SQLite\) 或 postgresql:\/\//);
  });
});
