// Configuration of the Prisma CLI (generate, migrate deploy, migrate diff). The app itself
// builds its client in lib/server/db.ts. The provider follows DATABASE_URL: a postgres://
// or postgresql:// URL selects PostgreSQL, anything else the embedded SQLite file.
import path from "node:path";
import fs from "node:fs";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// The CLI does not load .env when a config file exists.
if (fs.existsSync(".env")) process.loadEnvFile(".env");

const DEFAULT_SQLITE_URL = "file:./data/curvewise.db";
const url = process.env.DATABASE_URL || DEFAULT_SQLITE_URL;
const provider = /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
// The schema's datasource reads DATABASE_URL: it must be set and valid for the provider,
// or the CLI falls back to downloading a native engine.
process.env.DATABASE_URL = url;

function sqliteFilePath(fileUrl: string): string {
  return path.resolve(fileUrl.replace(/^file:/, ""));
}

// The JS schema engine reads PostgreSQL catalog columns of types such as `name` and
// `"char"`, which the adapter cannot deserialise. Present them to it as text.
const CATALOG_TEXT_OIDS = new Set([18, 19, 22, 24, 30, 194, 2205]);
const CATALOG_TEXT_ARRAY_OIDS = new Set([1002, 1003]);
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
type FieldDescription = { dataTypeID: number };
const pgResultPrototype = (pg as unknown as { Result: { prototype: { addFields(fields: FieldDescription[]): void } } }).Result.prototype;
const addFields = pgResultPrototype.addFields;
pgResultPrototype.addFields = function (fields: FieldDescription[]) {
  for (const field of fields) {
    if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    else if (CATALOG_TEXT_ARRAY_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_ARRAY_OID;
  }
  return addFields.call(this, fields);
};

function postgresAdapter(connectionUrl: string) {
  // Discrete fields: with a connection string PrismaPg ignores the shadow database.
  const parsed = new URL(connectionUrl);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  return new PrismaPg(
    {
      host: parsed.hostname,
      port: parsed.port ? Number(parsed.port) : 5432,
      user: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
      database,
      idleTimeoutMillis: 200,
    },
    { schema: parsed.searchParams.get("schema") ?? undefined },
  );
}

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join("prisma", provider, "schema.prisma"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  engine: "js",
  async adapter() {
    if (provider === "postgresql") return postgresAdapter(url);
    const file = sqliteFilePath(url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url: file });
  },
});
