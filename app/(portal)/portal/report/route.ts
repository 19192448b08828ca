import { reportResponse } from "@/components/reports/report-response";
import { requireClientViewer } from "@/lib/auth";
import { loadReportData } from "@/lib/server/report";

// A client viewer's own organisation's report: only what the client may see, never internal notes.
export async function GET(request: Request) {
  const member = await requireClientViewer();
  return reportResponse(request, await loadReportData(member, member.organisationId), () => "shared");
}
