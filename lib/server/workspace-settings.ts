import "server-only";
import { db } from "./db";
import { changedFields, recordAuditEvent } from "./audit";
import type { WorkspaceScope } from "./scope";
import { mailServerConfigured } from "./mail/transport";
import { isLocale, type Locale } from "@/lib/i18n/locale";

export type WorkspaceSettings = { name: string; timeZone: string; defaultLocale: Locale; mailConfigured: boolean };

export async function getWorkspaceSettings(scope: Pick<WorkspaceScope, "workspaceId">): Promise<WorkspaceSettings> {
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: scope.workspaceId }, select: { name: true, timeZone: true, defaultLocale: true } });
  return {
    name: workspace.name,
    timeZone: workspace.timeZone,
    defaultLocale: isLocale(workspace.defaultLocale) ? workspace.defaultLocale : "nl",
    mailConfigured: mailServerConfigured(),
  };
}

/** The owner's general settings; the history records what changed. */
export async function saveWorkspaceSettings(scope: WorkspaceScope, input: { name: string; timeZone: string; defaultLocale: Locale }): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: scope.workspaceId }, select: { name: true, timeZone: true, defaultLocale: true } });
    await tx.workspace.update({ where: { id: scope.workspaceId }, data: input });
    const change = changedFields(before, input);
    if (Object.keys(change.after).length > 0) {
      await recordAuditEvent(tx, scope, { action: "workspace.settings_changed", subjectType: "workspace", subjectId: scope.workspaceId, ...change });
    }
  });
}
