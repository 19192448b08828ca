// Where the integration tests' databases live. SQLite by default; PostgreSQL when
// CURVEWISE_TEST_POSTGRES_URL names a server (an admin URL: databases are created on it).
import path from "node:path";

export const postgresAdminUrl = process.env.CURVEWISE_TEST_POSTGRES_URL || null;
export const testProvider = postgresAdminUrl ? "postgresql" : "sqlite";
export const TEMPLATE_DATABASE = "curvewise_test_template";
export const sqliteDir = path.resolve("data/test");
export const sqliteTemplate = path.join(sqliteDir, "template.db");

export function postgresUrl(database: string): string {
  const url = new URL(postgresAdminUrl!);
  url.pathname = `/${database}`;
  return url.toString();
}
