// A consistent copy of the SQLite database while the app runs, through SQLite's online backup
// (better-sqlite3's backup()), to data/backups/curvewise-<time>.db. For PostgreSQL, use
// pg_dump and pg_restore (see the README). Usage: npm run db:backup
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { databaseUrl, providerOf, sqliteFilePath } from "@/lib/database-url";

const url = databaseUrl();
if (providerOf(url) !== "sqlite") {
  console.error("DATABASE_URL is PostgreSQL: back it up with pg_dump (see the README's PostgreSQL section).");
  process.exit(2);
}
const source = sqliteFilePath(url);
if (!fs.existsSync(source)) {
  console.error(`no database at ${source}`);
  process.exit(2);
}
const directory = path.join(path.dirname(source), "backups");
fs.mkdirSync(directory, { recursive: true });
const target = path.join(directory, `curvewise-${new Date().toISOString().replace(/[:.]/g, "-")}.db`);
const database = new Database(source, { readonly: true, fileMustExist: true });
try {
  await database.backup(target);
  const copy = new Database(target, { readonly: true });
  const check = copy.pragma("integrity_check", { simple: true });
  copy.close();
  if (check !== "ok") throw new Error(`the copy failed its integrity check: ${String(check)}`);
  console.log(`backed up ${source} to ${target} (${Math.round(fs.statSync(target).size / 1024)} KiB)`);
} finally {
  database.close();
}
