import "server-only";
import { cache } from "react";
import { db } from "./db";
import { changedFields, recordAuditEvent } from "./audit";
import type { WorkspaceScope } from "./scope";

export type Branding = {
  /** The consultancy's name on reports and the portal: its own, or the workspace's. */
  name: string;
  /** The name the owner gave, null when the workspace's name stands. */
  brandName: string | null;
  logo: { type: string; bytes: Uint8Array } | null;
  /** A stamp of the logo, so that its address changes when it does. */
  logoVersion: string | null;
  accentColour: string | null;
  reportFooter: string;
};

export type BrandingInput = {
  brandName: string | null;
  accentColour: string | null;
  reportFooter: string;
  /** A new logo, null to remove it, undefined to keep the one there is. */
  logo?: { type: string; bytes: Uint8Array } | null;
};

const DEFAULT_ACCENT = "#1f5fbf";

/** The caller's workspace's branding; the logo's bytes only when asked for. */
export async function getBranding(scope: Pick<WorkspaceScope, "workspaceId">, withLogo = false): Promise<Branding> {
  return brandingOf(scope.workspaceId, withLogo);
}

const brandingOf = cache(async (workspaceId: string, withLogo: boolean): Promise<Branding> => {
  const workspace = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { name: true, brandName: true, logoType: true, accentColour: true, reportFooter: true, updatedAt: true, ...(withLogo ? { logo: true } : {}) },
  });
  const bytes = (workspace as { logo?: Uint8Array | null }).logo ?? null;
  return {
    name: workspace.brandName || workspace.name,
    brandName: workspace.brandName,
    logo: withLogo && bytes && workspace.logoType ? { type: workspace.logoType, bytes: new Uint8Array(bytes) } : null,
    logoVersion: workspace.logoType ? String(workspace.updatedAt.getTime()) : null,
    accentColour: workspace.accentColour,
    reportFooter: workspace.reportFooter,
  };
});

/** The accent to use: the workspace's, or Curvewise's own. */
export const accentOf = (branding: Pick<Branding, "accentColour">) => branding.accentColour ?? DEFAULT_ACCENT;

/** Saves the branding (the owner's); the history says what changed, never the logo's bytes. */
export async function saveBranding(scope: WorkspaceScope, input: BrandingInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({
      where: { id: scope.workspaceId },
      select: { brandName: true, accentColour: true, reportFooter: true, logoType: true },
    });
    await tx.workspace.update({
      where: { id: scope.workspaceId },
      data: {
        brandName: input.brandName,
        accentColour: input.accentColour,
        reportFooter: input.reportFooter,
        ...(input.logo === undefined
          ? {}
          : input.logo === null
            ? { logo: null, logoType: null }
            : { logo: Buffer.from(input.logo.bytes), logoType: input.logo.type }),
      },
    });
    const logo = (type: string | null) => (type ? "✓" : null);
    const change = changedFields(
      { brandName: before.brandName, accentColour: before.accentColour, reportFooter: before.reportFooter, logo: logo(before.logoType) },
      {
        brandName: input.brandName,
        accentColour: input.accentColour,
        reportFooter: input.reportFooter,
        logo: input.logo === undefined ? logo(before.logoType) : logo(input.logo?.type ?? null),
      },
    );
    if (Object.keys(change.after).length > 0) {
      await recordAuditEvent(tx, scope, { action: "workspace.branding_updated", subjectType: "workspace", subjectId: scope.workspaceId, ...change });
    }
  });
}
