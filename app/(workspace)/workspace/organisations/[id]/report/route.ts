import { reportResponse } from "@/components/reports/report-response";
import { requireOrganisationAccess, requireRole } from "@/lib/auth";
import { loadReportData } from "@/lib/server/report";

// A client report as PDF, Word or print page: consultants and owners of the workspace (others get 404).
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireRole("OWNER", "CONSULTANT");
  const { member, organisation } = await requireOrganisationAccess((await params).id);
  return reportResponse(request, await loadReportData(member, organisation.id), (asked) => asked);
}
