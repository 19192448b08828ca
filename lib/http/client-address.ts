import "server-only";
import { headers } from "next/headers";

/** The client's address as the proxy in front reports it, for rate limits. */
export async function requestClientAddress(): Promise<string> {
  const headerList = await headers();
  return headerList.get("x-forwarded-for")?.split(",")[0]?.trim() || headerList.get("x-real-ip") || "unknown";
}
