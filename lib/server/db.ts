import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/postgresql/client";
import { databaseUrl, providerOf, sqliteFilePath } from "@/lib/database-url";
import { markDataChanged, writesSoFar } from "@/lib/http/page-cache";

// Both generated clients expose the same models (they come from one models.prisma);
// the SQLite client's type stands for both.
export type Db = SqliteClient;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Tests that prove a page's query count does not grow with its data set this variable.
const countingQueries = process.env.CURVEWISE_COUNT_QUERIES === "1";
const logOptions = { log: countingQueries ? [{ emit: "event" as const, level: "query" as const }] : [] };

function createClient(url: string): Db {
  if (providerOf(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter, ...logOptions }) as unknown as Db;
  }
  const file = path.resolve(sqliteFilePath(url));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: file, timeout: 10_000 }), ...logOptions }) as unknown as Db;
}

const WRITE_OPERATIONS = new Set([
  "create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert", "delete", "deleteMany",
  "$executeRaw", "$executeRawUnsafe",
]);

/**
 * Every write is counted, so that no page rendered before it is served from the page cache
 * (lib/http/page-cache.ts). A write inside a transaction is counted once more after the
 * commit: a page rendered while the transaction was open read the old data.
 */
function trackingWrites(client: Db): Db {
  const tracked = client.$extends({
    query: {
      async $allOperations({ operation, args, query }) {
        try {
          return await query(args);
        } finally {
          if (WRITE_OPERATIONS.has(operation)) markDataChanged();
        }
      },
    },
  });
  const transaction = tracked.$transaction.bind(tracked) as (...args: unknown[]) => Promise<unknown>;
  const trackedTransaction = async (...args: unknown[]) => {
    const before = writesSoFar();
    try {
      return await transaction(...args);
    } finally {
      if (writesSoFar() !== before) markDataChanged();
    }
  };
  return new Proxy(tracked, {
    get: (target, property) => (property === "$transaction" ? trackedTransaction : Reflect.get(target, property)),
  }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { curvewiseDb?: Db };

let queriesSoFar = 0;

function createTrackedClient(): Db {
  const client = createClient(databaseUrl());
  // $on is only offered by the client before it is extended.
  if (countingQueries) (client as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => (queriesSoFar += 1));
  return trackingWrites(client);
}

/** One client per process (kept across hot reloads in development). */
export const db: Db = globalForDb.curvewiseDb ?? createTrackedClient();
if (process.env.NODE_ENV === "development") globalForDb.curvewiseDb = db;

/** Queries this process has sent, when CURVEWISE_COUNT_QUERIES=1 (always 0 otherwise). */
export function queriesExecuted(): number {
  return queriesSoFar;
}
