// Several server processes on one SQLite file (npm start runs one per core): their transactions
// wait for each other, none fails and none is lost.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createWorkspace } from "./helpers";
import { testProvider } from "./test-database";

const run = promisify(execFile);
const TIMES = 40;

describe.skipIf(testProvider !== "sqlite")("two server processes on one SQLite file", () => {
  it("write in transactions that read first, at the same time, and every write counts", async () => {
    const { userId } = await createWorkspace();
    const before = (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
    const startAt = String(Date.now() + 4000);
    const writer = () =>
      run("node_modules/.bin/tsx", ["--conditions=react-server", "tests/integration/processes/counting-writer.ts", userId, String(TIMES), startAt], {
        env: process.env,
      });
    const outputs = await Promise.all([writer(), writer()]);
    expect(outputs.map((output) => JSON.parse(output.stdout.trim().split("\n").at(-1)!))).toEqual([{ failed: 0 }, { failed: 0 }]);
    const after = (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } })).sessionVersion;
    expect(after - before).toBe(2 * TIMES);
  }, 60_000);
});
