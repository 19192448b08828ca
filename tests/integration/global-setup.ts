// Migrates one template database with the committed migrations, through the real
// `prisma migrate deploy`. Each test file then gets its own copy (fresh-database.ts).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { TEMPLATE_DATABASE, postgresAdminUrl, postgresUrl, sqliteDir, sqliteTemplate, testProvider } from "./test-database";

function migrateDeploy(url: string): void {
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export default async function setup(): Promise<void> {
  if (testProvider === "sqlite") {
    fs.rmSync(sqliteDir, { recursive: true, force: true });
    fs.mkdirSync(sqliteDir, { recursive: true });
    migrateDeploy(`file:${sqliteTemplate}`);
    return;
  }
  const admin = new pg.Client({ connectionString: postgresAdminUrl! });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  migrateDeploy(postgresUrl(TEMPLATE_DATABASE));
}
