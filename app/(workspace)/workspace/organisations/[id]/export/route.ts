import { organisationExport } from "@/components/exchange/export-files";
import { exportRequest, fileResponse } from "@/components/exchange/export-response";
import { requireOrganisationAccess, requireRole } from "@/lib/auth";
import { loadOrganisationExport } from "@/lib/server/exchange";

// Every assessment of one organisation with every answer, its targets and plan: consultants and owners.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requireRole("OWNER", "CONSULTANT");
  const { member, organisation } = await requireOrganisationAccess((await params).id);
  const { format, locale } = await exportRequest(request);
  return fileResponse(
    await organisationExport(format, locale, organisation.name, await loadOrganisationExport(member, organisation.id), {
      notes: true,
      respondents: true,
      drafts: true,
    }),
  );
}
