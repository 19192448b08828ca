import { databaseIsReachable } from "@/lib/server/health";

// Public and cheap. Liveness (`/api/health`, the benchmarks' floor) touches nothing; readiness
// (`/api/health?ready=1`) asks the database, and answers 503 when it does not reply.
export async function GET(request: Request) {
  const headers = { "content-type": "text/plain", "cache-control": "no-store" };
  if (new URL(request.url).searchParams.get("ready") === null) return new Response("ok", { headers });
  return (await databaseIsReachable()) ? new Response("ready", { headers }) : new Response("database unreachable", { status: 503, headers });
}

export const dynamic = "force-dynamic";
