// Several server processes on one SQLite file (npm start runs one per core): their transactions
// wait for each other, none fails and none is lost.
import { execFile, spawn } from "node:child_process";
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

  it("waits for another process's long transaction without stopping this one from serving", async () => {
    const { userId } = await createWorkspace();
    const holder = spawn("node_modules/.bin/tsx", ["--conditions=react-server", "tests/integration/processes/long-transaction.ts", userId, "1500"], {
      env: process.env,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const released = new Promise((resolve) => holder.on("exit", resolve));
    await new Promise<void>((resolve) => holder.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("holding") && resolve()));
    // While this process waits for the lock, its timers (its other requests) keep running.
    let lastTick = performance.now();
    let longestPause = 0;
    const ticker = setInterval(() => {
      longestPause = Math.max(longestPause, performance.now() - lastTick);
      lastTick = performance.now();
    }, 10);
    const started = performance.now();
    await db.$transaction(async (tx) => tx.user.update({ where: { id: userId }, data: { name: "After" } }), { maxWait: 15_000 });
    const waited = performance.now() - started;
    clearInterval(ticker);
    longestPause = Math.max(longestPause, performance.now() - lastTick);
    await released;
    expect(waited).toBeGreaterThan(500);
    expect(longestPause).toBeLessThan(250);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } })).name).toBe("After");
  }, 60_000);
});
