// Gives every test file a fresh database copied from the migrated template, before the
// data layer creates its client from DATABASE_URL.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll } from "vitest";
import { TEMPLATE_DATABASE, postgresAdminUrl, postgresUrl, sqliteDir, sqliteTemplate, testProvider } from "./test-database";

// Pages must not send a query per row: the query-count tests read the counter.
process.env.CURVEWISE_COUNT_QUERIES = "1";
// Waiting mail is sealed with a key derived from it.
process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";

const name = `curvewise_test_${process.pid}_${randomBytes(4).toString("hex")}`;

async function withAdmin(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: postgresAdminUrl! });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

if (testProvider === "sqlite") {
  const file = path.join(sqliteDir, `${name}.db`);
  fs.copyFileSync(sqliteTemplate, file);
  process.env.DATABASE_URL = `file:${file}`;
  afterAll(async () => {
    const { db } = await import("@/lib/server/db");
    await db.$disconnect();
    fs.rmSync(file, { force: true });
  });
} else {
  await withAdmin(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  process.env.DATABASE_URL = postgresUrl(name);
  afterAll(async () => {
    const { db } = await import("@/lib/server/db");
    await db.$disconnect();
    await withAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}
