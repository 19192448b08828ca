import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgresql/client";
import { databaseUrl, providerOf, sqliteFilePath } from "@/lib/database-url";

// Both generated clients expose the same models (they come from one models.prisma);
// the SQLite client's type stands for both.
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

function createClient(url: string): Db {
  if (providerOf(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  const file = path.resolve(sqliteFilePath(url));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: file, timeout: 10_000 }) });
}

const globalForDb = globalThis as unknown as { curvewiseDb?: Db };

/** One client per process (kept across hot reloads in development). */
export const db: Db = globalForDb.curvewiseDb ?? createClient(databaseUrl());
if (process.env.NODE_ENV === "development") globalForDb.curvewiseDb = db;
