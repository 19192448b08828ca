import { portfolioQueryFrom } from "@/components/portfolio/schemas";
import { requireRole } from "@/lib/auth";
import { loadPortfolioReplay } from "@/lib/server/portfolio";

// The portfolio curve's time control asks for this when it is first used: where every
// (filtered) client stood each month over the last 24 months. Consultants and owners only.
export async function GET(request: Request) {
  const member = await requireRole("OWNER", "CONSULTANT");
  const parameters = new URL(request.url).searchParams;
  const replay = await loadPortfolioReplay(
    member,
    portfolioQueryFrom((key) => parameters.get(key) ?? undefined),
  );
  return Response.json(replay, { headers: { "Cache-Control": "private, no-store" } });
}
