// Liveness check for load balancers and the benchmarks' floor: public, touches nothing.
export function GET() {
  return new Response("ok", { headers: { "content-type": "text/plain", "cache-control": "no-store" } });
}

export const dynamic = "force-dynamic";
