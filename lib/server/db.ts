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

const BUSY_TIMEOUT_MS = 10_000;
const statement = (sql: string) => ({ sql, args: [], argTypes: [] });
const isBusy = (error: unknown) => String((error as { cause?: { originalCode?: unknown } })?.cause?.originalCode ?? "").startsWith("SQLITE_BUSY");

/**
 * SQLite shared by several server processes (one per core), as PostgreSQL is:
 * - write-ahead logging: reading never waits for writing, in this process or another;
 * - every transaction takes the write lock when it begins, so transactions run one at a time
 *   across the processes. SQLite's deferred BEGIN takes it at the first write, and when another
 *   process wrote after this transaction's first read, that write fails at once (SQLITE_BUSY)
 *   instead of waiting. A statement that writes nothing takes the lock (as BEGIN IMMEDIATE
 *   would; Prisma's adapter sends a plain BEGIN).
 * - the lock is asked for without SQLite's own waiting, and asked again after a pause: the
 *   driver waits synchronously, which would stop this whole process from serving anyone while
 *   another process finishes its transaction. A transaction gives up after 10 s. Single
 *   statements outside a transaction still wait inside SQLite (up to 10 s); they are short.
 */
function sqliteForSeveralProcesses(file: string) {
  const factory = new PrismaBetterSQLite3({ url: file, timeout: BUSY_TIMEOUT_MS });
  return {
    provider: "sqlite" as const,
    adapterName: factory.adapterName,
    connectToShadowDb: () => factory.connectToShadowDb(),
    async connect() {
      const adapter = await factory.connect();
      await adapter.executeScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
      const begin = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) => {
        const deadline = Date.now() + BUSY_TIMEOUT_MS;
        for (let attempt = 0; ; attempt++) {
          const transaction = await begin(isolationLevel);
          // The driver runs each statement as it is called: called together, nothing of this
          // process runs between them, so no other statement sees the zero timeout.
          const [, lock] = await Promise.allSettled([
            transaction.queryRaw(statement("PRAGMA busy_timeout = 0")),
            transaction.executeRaw(statement('UPDATE "Workspace" SET "id" = "id" WHERE 0')),
            transaction.queryRaw(statement(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)),
          ]);
          if (lock.status === "fulfilled") return transaction;
          await transaction.executeRaw(statement("ROLLBACK")).catch(() => undefined);
          await transaction.rollback();
          if (!isBusy(lock.reason) || Date.now() >= deadline) throw lock.reason;
          await new Promise((resolve) => setTimeout(resolve, Math.min(50, 2 ** attempt)));
        }
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
 * of 72 (0.2 ms). Run on every start and hourly by the job runner (lib/server/jobs/runner.ts);
 * PostgreSQL's autovacuum does this by itself.
 */
export async function refreshPlannerStatistics(): Promise<void> {
  if (databaseIsSqlite()) await db.$executeRawUnsafe("PRAGMA optimize=0x10002");
}

export function databaseIsSqlite(): boolean {
  return providerOf(databaseUrl()) === "sqlite";
}
