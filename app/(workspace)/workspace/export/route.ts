import { portfolioExport } from "@/components/exchange/export-files";
import { exportRequest, fileResponse } from "@/components/exchange/export-response";
import { portfolioQueryFrom } from "@/components/portfolio/schemas";
import { requireRole } from "@/lib/auth";
import { listCompletedAssessmentsForExport, loadPortfolioExport } from "@/lib/server/exchange";

// The portfolio as filtered on screen (the same query parameters), as XLSX or CSV.
export async function GET(request: Request) {
  const member = await requireRole("OWNER", "CONSULTANT");
  const { format, locale, params } = await exportRequest(request);
  const rows = await loadPortfolioExport(
    member,
    portfolioQueryFrom((key) => params.get(key) ?? undefined),
  );
  const assessments =
    format === "xlsx"
      ? await listCompletedAssessmentsForExport(
          member,
          rows.map((row) => row.id),
        )
      : [];
  return fileResponse(await portfolioExport(format, locale, rows, assessments, member.workspaceName));
}
