// The e2e database: read-only looks into it, to prove that a refused request wrote nothing,
// and a fresh one for each run.
import Database from "better-sqlite3";
import pg from "pg";
import fs from "node:fs";
import { providerOf, sqliteFilePath } from "@/lib/database-url";

const url = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";

// Everything that belongs to the given organisations, summarised: any write changes it.
const FINGERPRINT_QUERIES = [
  `SELECT count(*) AS n, max(o."updatedAt") AS t FROM "Organisation" o WHERE o."id" IN (IDS)`,
  `SELECT count(*) AS n, max(x."updatedAt") AS t FROM "OrganisationTag" x WHERE x."organisationId" IN (IDS)`,
  `SELECT count(*) AS n, max(x."updatedAt") AS t FROM "Membership" x WHERE x."organisationId" IN (IDS)`,
  `SELECT count(*) AS n, max(x."updatedAt") AS t FROM "Invitation" x WHERE x."organisationId" IN (IDS)`,
  `SELECT count(*) AS n, max(x."updatedAt") AS t FROM "ActionItem" x WHERE x."organisationId" IN (IDS)`,
  `SELECT count(*) AS n, max(x."updatedAt") AS t FROM "DimensionTarget" x WHERE x."organisationId" IN (IDS)`,
  `SELECT count(*) AS n, max(x."updatedAt") AS t FROM "Pulse" x WHERE x."organisationId" IN (IDS)`,
  `SELECT count(*) AS n, max(x."updatedAt") AS t FROM "Assessment" x WHERE x."organisationId" IN (IDS)`,
  `SELECT count(*) AS n, max(a."updatedAt") AS t FROM "AssessmentAnswer" a JOIN "Assessment" x ON a."assessmentId" = x."id" WHERE x."organisationId" IN (IDS)`,
  `SELECT count(*) AS n, max(r."updatedAt") AS t FROM "Respondent" r JOIN "Assessment" x ON r."assessmentId" = x."id" WHERE x."organisationId" IN (IDS)`,
  `SELECT count(*) AS n, max(a."updatedAt") AS t FROM "RespondentAnswer" a JOIN "Respondent" r ON a."respondentId" = r."id" JOIN "Assessment" x ON r."assessmentId" = x."id" WHERE x."organisationId" IN (IDS)`,
  `SELECT count(*) AS n, max(x."updatedAt") AS t FROM "Strategy" x WHERE x."organisationId" IN (IDS)`,
  `SELECT count(*) AS n, max(c."updatedAt") AS t FROM "StrategySection" c JOIN "Strategy" x ON c."strategyId" = x."id" WHERE x."organisationId" IN (IDS)`,
  `SELECT count(*) AS n, max(c."updatedAt") AS t FROM "StrategyObjective" c JOIN "Strategy" x ON c."strategyId" = x."id" WHERE x."organisationId" IN (IDS)`,
  `SELECT count(*) AS n, max(c."updatedAt") AS t FROM "StrategyVersion" c JOIN "Strategy" x ON c."strategyId" = x."id" WHERE x."organisationId" IN (IDS)`,
  `SELECT count(*) AS n, max(e."createdAt") AS t FROM "AuditEvent" e WHERE e."subjectId" IN (IDS) OR e."subjectId" IN (SELECT x."id" FROM "Assessment" x WHERE x."organisationId" IN (IDS))`,
];

export async function fingerprint(organisationIds: readonly string[]): Promise<string> {
  if (providerOf(url) === "sqlite") {
    const database = new Database(sqliteFilePath(url), { readonly: true, fileMustExist: true });
    try {
      const placeholders = organisationIds.map(() => "?").join(", ");
      return JSON.stringify(
        FINGERPRINT_QUERIES.map((query) => {
          const uses = query.split("IDS").length - 1;
          return database.prepare(query.replaceAll("IDS", placeholders)).all(...Array.from({ length: uses }, () => organisationIds).flat());
        }),
      );
    } finally {
      database.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const placeholders = organisationIds.map((_, index) => `$${index + 1}`).join(", ");
    const results = [];
    for (const query of FINGERPRINT_QUERIES) results.push((await client.query(query.replaceAll("IDS", placeholders), [...organisationIds])).rows);
    return JSON.stringify(results);
  } finally {
    await client.end();
  }
}

/** An empty database at the URL: the SQLite file removed, or the PostgreSQL database dropped and made anew. */
export async function recreateDatabase(url: string): Promise<void> {
  if (providerOf(url) === "sqlite") {
    for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(`${sqliteFilePath(url)}${suffix}`, { force: true });
    return;
  }
  const target = new URL(url);
  const database = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
}
