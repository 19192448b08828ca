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
  return new SqliteClient({ adapter: sqliteForSeveralProcesses(file), ...logOptions }) as unknown as Db;
}

/**
 * SQLite shared by several server processes (one per core), as PostgreSQL is:
 * - write-ahead logging: readers never wait for a writer, and a writer never for readers;
 * - every transaction takes the write lock when it begins. SQLite's deferred BEGIN takes it at
 *   the first write, and when another process wrote after this transaction's first read, that
 *   write fails at once (SQLITE_BUSY) instead of waiting. A statement that writes nothing takes
 *   the lock at the start (as BEGIN IMMEDIATE would; Prisma's adapter sends a plain BEGIN), so
 *   transactions queue for up to the busy timeout instead.
 */
function sqliteForSeveralProcesses(file: string) {
  const factory = new PrismaBetterSQLite3({ url: file, timeout: 10_000 });
  return {
    provider: "sqlite" as const,
    adapterName: factory.adapterName,
    connectToShadowDb: () => factory.connectToShadowDb(),
    async connect() {
      const adapter = await factory.connect();
      await adapter.executeScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
      const begin = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) => {
        const transaction = await begin(isolationLevel);
        try {
          await transaction.executeRaw({ sql: 'UPDATE "Workspace" SET "id" = "id" WHERE 0', args: [], argTypes: [] });
        } catch (error) {
          await transaction.executeRaw({ sql: "ROLLBACK", args: [], argTypes: [] }).catch(() => undefined);
          await transaction.rollback();
          throw error;
        }
        return transaction;
      };
      return adapter;
    },
  };
}

const globalForDb = globalThis as unknown as { curvewiseDb?: Db };

let queriesSoFar = 0;

function createCountedClient(): Db {
  const client = createClient(databaseUrl());
  if (countingQueries) (client as unknown as { $on(event: "query", listener: () => void): void }).$on("query", () => (queriesSoFar += 1));
  return client;
}

/** One client per process (kept across hot reloads in development). */
export const db: Db = globalForDb.curvewiseDb ?? createCountedClient();
if (process.env.NODE_ENV === "development") globalForDb.curvewiseDb = db;

/** Queries this process has sent, when CURVEWISE_COUNT_QUERIES=1 (always 0 otherwise). */
export function queriesExecuted(): number {
  return queriesSoFar;
}

/**
 * Lets SQLite's query planner know the tables' sizes (`PRAGMA optimize`, which runs ANALYZE
 * where the statistics are missing or stale). Without them it may pick a workspace-wide index
 * over an organisation's: comparing three organisations read 24,000 assessments (10 ms) instead
 * of 72 (0.2 ms). Run on every start and hourly by the job runner; PostgreSQL's autovacuum
 * does this by itself.
 */
export async function refreshPlannerStatistics(): Promise<void> {
  if (providerOf(databaseUrl()) === "sqlite") await db.$executeRawUnsafe("PRAGMA optimize=0x10002");
}
