// What differs between the two providers' schemas: the datasource and the client output.
import path from "node:path";

export const PROVIDERS = ["sqlite", "postgresql"];

export const schemaPath = (provider) => path.join("prisma", provider, "schema.prisma");
export const migrationsPath = (provider) => path.join("prisma", provider, "migrations");
// The schema as of the last migration: new migrations are diffs from it.
export const snapshotPath = (provider) => path.join("prisma", provider, "migrated-schema.prisma");

export function schemaFor(provider, models) {
  return `// GENERATED from prisma/models.prisma by scripts/prisma-generate.mjs: do not edit.

generator client {
  provider     = "prisma-client"
  output       = "../../generated/${provider}"
  engineType   = "client"
  moduleFormat = "esm"
}

datasource db {
  provider = "${provider}"
  url      = env("DATABASE_URL")
}

${models.trim()}
`;
}
