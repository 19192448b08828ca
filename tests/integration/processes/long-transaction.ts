// Another "server process" for sqlite-processes.int.test.ts: holds the write lock in a
// transaction for a while (as an import does), saying when it has it.
// Usage: tsx --conditions=react-server long-transaction.ts <userId> <ms>   (DATABASE_URL set)
const [userId, holdMs] = [process.argv[2]!, Number(process.argv[3])];
const { db } = await import("@/lib/server/db");
await db.$transaction(
  async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { name: "Held" } });
    console.log("holding");
    await new Promise((resolve) => setTimeout(resolve, holdMs));
  },
  { timeout: holdMs + 10_000 },
);
await db.$disconnect();
console.log("released");
export {};
