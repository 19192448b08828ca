// Prepares the database before the app starts: applies the committed migrations
// (`prisma migrate deploy`) and, unless --migrate-only, seeds the demo workspace when the
// database is empty. On a first local run it also writes an AUTH_SECRET into .env.
// Run with `tsx --conditions=react-server` so that the data layer's server-only guard loads.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseUrl, providerOf } from "@/lib/database-url";

const migrateOnly = process.argv.includes("--migrate-only");

function ensureAuthSecret(): void {
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  if (process.env.AUTH_SECRET) return;
  if (process.env.NODE_ENV === "production" && process.env.CI !== "true") {
    console.warn("AUTH_SECRET is not set: writing a random one to .env. Set the same AUTH_SECRET on every app server.");
  }
  const secret = randomBytes(32).toString("base64url");
  fs.appendFileSync(".env", `${fs.existsSync(".env") ? "\n" : ""}AUTH_SECRET=${secret}\n`);
  process.env.AUTH_SECRET = secret;
  console.log("wrote a new AUTH_SECRET to .env");
}

function migrate(url: string): void {
  const prisma = path.join("node_modules", ".bin", "prisma");
  console.log(`applying migrations to the ${providerOf(url)} database`);
  execFileSync(prisma, ["migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: url } });
}

ensureAuthSecret();
const url = databaseUrl();
migrate(url);
process.env.DATABASE_URL = url;
const { db, refreshPlannerStatistics } = await import("@/lib/server/db");
if (!migrateOnly) {
  const { seedDemoWorkspaceIfEmpty } = await import("@/prisma/seed/demo");
  if (await seedDemoWorkspaceIfEmpty()) console.log("seeded the demo workspace: demo@curvewise.example / curvewise-demo");
}
await refreshPlannerStatistics();
await db.$disconnect();
