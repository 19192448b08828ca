import { importTemplate } from "@/components/exchange/export-files";
import { exportRequest, fileResponse } from "@/components/exchange/export-response";
import { requireRole } from "@/lib/auth";

// The layout the import reads, with the allowed values listed.
export async function GET(request: Request) {
  await requireRole("OWNER", "CONSULTANT");
  const { format, locale } = await exportRequest(request);
  return fileResponse(await importTemplate(format, locale));
}
