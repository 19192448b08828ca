import { requireRole } from "@/lib/auth";
import { reportFileName } from "@/lib/reports/document";
import { streamWorkspaceBackup } from "@/lib/server/backup";

// The owner's backup of the whole workspace, as one JSON document (see lib/exchange/backup-format.ts),
// sent as it is read so that a large workspace never sits in the server's memory whole.
export async function GET() {
  const member = await requireRole("OWNER");
  const now = new Date();
  const fileName = `${reportFileName([member.workspaceName, "backup", now.toISOString().slice(0, 10)])}.json`;
  return new Response(await streamWorkspaceBackup(member, now), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
