import { requireRole } from "@/lib/auth";
import { reportFileName } from "@/lib/reports/document";
import { loadWorkspaceBackup } from "@/lib/server/backup";

// The owner's backup of the whole workspace, as one JSON document (see lib/exchange/backup-format.ts).
export async function GET() {
  const member = await requireRole("OWNER");
  const backup = await loadWorkspaceBackup(member);
  const fileName = `${reportFileName([member.workspaceName, "backup", backup.exportedAt.slice(0, 10)])}.json`;
  return new Response(JSON.stringify(backup, null, 1), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
