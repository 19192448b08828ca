// One "server process" for sqlite-processes.int.test.ts: counts up a user's session version in
// transactions that read, pause and then write, as the app's writes do.
// Usage: tsx --conditions=react-server counting-writer.ts <userId> <times> <start at, ms since 1970>
const [userId, times, startAt] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const { db } = await import("@/lib/server/db");
await db.user.count();
// Both processes begin together, whatever their start-up took.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
let failed = 0;
for (let round = 0; round < times; round++) {
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
      await tx.user.update({ where: { id: userId }, data: { sessionVersion: user.sessionVersion + 1 } });
    });
  } catch (error) {
    failed++;
    console.error(error instanceof Error ? error.message : error);
  }
}
await db.$disconnect();
console.log(JSON.stringify({ failed }));
export {};
