import "server-only";

/*
 * The reads of every click (an organisation's header, its assessments, targets and actions) are
 * plain SQL statements: Prisma 6.19 compiles every query anew, about 1 ms each on our machines
 * against 0.3 ms for the same statement sent as is (docs/benchmarks.md). Writes and rarer reads
 * stay with Prisma's query API. Statements quote every name ("Organisation"."workspaceId") and
 * use only SQL that SQLite and PostgreSQL read alike; these helpers even out what they return.
 */

/** A timestamp column is a Date; an aggregate of one (MAX) is ISO text on SQLite. */
export function asDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const date = new Date(typeof value === "bigint" ? Number(value) : (value as string | number));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** COUNT(*) is a bigint on both databases. */
export function asNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  return typeof value === "number" ? value : Number(value);
}
