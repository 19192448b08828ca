import { organisationExport } from "@/components/exchange/export-files";
import { exportRequest, fileResponse } from "@/components/exchange/export-response";
import { requireClientViewer, requireOrganisationAccess } from "@/lib/auth";
import { loadOrganisationExport } from "@/lib/server/exchange";

// A client viewer's own organisation's figures; notes only when the consultant shares them.
export async function GET(request: Request) {
  const viewer = await requireClientViewer();
  const { member, organisation } = await requireOrganisationAccess(viewer.organisationId);
  const { format, locale } = await exportRequest(request);
  return fileResponse(
    await organisationExport(format, locale, organisation.name, await loadOrganisationExport(member, organisation.id), {
      notes: !organisation.notesInternal,
      respondents: false,
      drafts: false,
    }),
  );
}
