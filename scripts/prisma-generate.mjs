// Writes one Prisma schema per provider from prisma/models.prisma and generates both
// clients. With --check it writes nothing and fails when a generated schema is out of date
// or when models.prisma has changes that no migration carries (see new-migration.mjs).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROVIDERS, schemaFor, snapshotPath, schemaPath } from "./prisma-providers.mjs";

const check = process.argv.includes("--check");
const models = fs.readFileSync("prisma/models.prisma", "utf8");
const problems = [];

for (const provider of PROVIDERS) {
  const target = schemaPath(provider);
  const wanted = schemaFor(provider, models);
  const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : null;
  if (check) {
    if (current !== wanted) problems.push(`${target} is out of date: run npm run db:generate`);
    const snapshot = fs.existsSync(snapshotPath(provider)) ? fs.readFileSync(snapshotPath(provider), "utf8") : null;
    if (snapshot !== wanted) problems.push(`prisma/models.prisma has changes without a ${provider} migration: run npm run db:new-migration -- <name>`);
    continue;
  }
  if (current !== wanted) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, wanted);
  }
}

if (check) {
  const names = PROVIDERS.map((provider) =>
    fs
      .readdirSync(path.join("prisma", provider, "migrations"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
      .join(","),
  );
  if (new Set(names).size !== 1) problems.push(`the providers' migrations differ: ${names.join(" | ")}`);
  if (problems.length) {
    console.error(problems.map((problem) => `✗ ${problem}`).join("\n"));
    process.exit(1);
  }
  console.log("✓ schemas and migrations agree for sqlite and postgresql");
  process.exit(0);
}

for (const provider of PROVIDERS) {
  execFileSync("npx", ["prisma", "generate", "--no-hints", "--schema", schemaPath(provider)], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...providerEnv(provider) },
  });
}

function providerEnv(provider) {
  // The CLI reads the provider from DATABASE_URL (prisma.config.ts); generate never connects.
  const url = process.env.DATABASE_URL ?? "";
  const isPostgresUrl = /^postgres(ql)?:\/\//.test(url);
  if (provider === "postgresql") return { DATABASE_URL: isPostgresUrl ? url : "postgresql://localhost:5432/curvewise" };
  return { DATABASE_URL: isPostgresUrl || !url ? "file:./data/curvewise.db" : url };
}
