import "server-only";
import { db } from "./db";

/** Readiness: the database answers a query. A load balancer sends no traffic to a server that says no. */
export async function databaseIsReachable(): Promise<boolean> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return true;
  } catch {
    return false;
  }
}
