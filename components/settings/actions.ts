"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/auth";
import { action } from "@/lib/actions/action";
import { IMPORT_MAX_BYTES } from "@/lib/curve";
import { parseBackup } from "@/lib/exchange/backup-format";
import { restoreWorkspaceBackup } from "@/lib/server/backup";
import { deleteWorkspace } from "@/lib/server/erasure";
import { checkLogo, LOGO_MAX_BYTES } from "@/lib/reports/logo";
import { saveBranding, type BrandingInput } from "@/lib/server/branding";
import { saveWorkspaceSettings } from "@/lib/server/workspace-settings";
import { brandingSchema, deleteWorkspaceSchema, workspaceSettingsSchema } from "./schemas";

const MEGABYTE = 1024 * 1024;

/** The owner's branding for reports and the portal. A refused logo changes nothing, not even the other fields. */
export const saveBrandingAction = action.form({
  access: ["OWNER"],
  fields: ["brandName", "accentColour", "reportFooter", "removeLogo"],
  files: ["logo"],
  schema: brandingSchema,
  async handler({ brandName, accentColour, reportFooter, removeLogo }, { caller, files }) {
    let logo: BrandingInput["logo"] = removeLogo ? null : undefined;
    const upload = files.logo;
    if (upload) {
      if (upload.size > LOGO_MAX_BYTES) return { fieldErrors: { logo: `logoTooLarge|max=${LOGO_MAX_BYTES / MEGABYTE}` } };
      const checked = checkLogo(new Uint8Array(await upload.arrayBuffer()));
      if (!checked.ok) return { fieldErrors: { logo: checked.error === "logoTooLarge" ? `logoTooLarge|max=${LOGO_MAX_BYTES / MEGABYTE}` : checked.error } };
      logo = { type: checked.type, bytes: checked.bytes };
    }
    await saveBranding(caller, { brandName, accentColour, reportFooter, logo });
    revalidatePath("/", "layout");
    return { success: "brandingSaved", values: { brandName: brandName ?? "", accentColour: accentColour ?? "", reportFooter, removeLogo: "" } };
  },
});

/** The workspace's name, time zone and the language of mail to people who have chosen none. */
export const saveWorkspaceSettingsAction = action.form({
  access: ["OWNER"],
  fields: ["name", "timeZone", "defaultLocale"],
  schema: workspaceSettingsSchema,
  async handler(input, { caller }) {
    await saveWorkspaceSettings(caller, input);
    revalidatePath("/", "layout");
    return { success: "settingsSaved" };
  },
});

export type RestoreReply =
  | { ok: true; organisations: number; assessments: number }
  | { ok: false; reason: "noFile" | "tooLarge" | "notABackup" | "newerVersion" | "invalid" | "notEmpty"; path?: string }
  | { ok: false; reason: "invalid_input"; fieldErrors: Record<string, string> };

/** Restores a backup file into this workspace while it has no organisations; all or nothing. */
export const restoreBackupAction = action.call({
  access: ["OWNER"],
  schema: z.instanceof(FormData).transform((form) => {
    const file = form.get("file");
    return { file: file instanceof File && file.size > 0 ? file : null };
  }),
  async handler({ file }, { caller }): Promise<RestoreReply> {
    if (!file) return { ok: false, reason: "noFile" };
    if (file.size > IMPORT_MAX_BYTES * 5) return { ok: false, reason: "tooLarge" };
    let json: string;
    try {
      json = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return { ok: false, reason: "notABackup" };
    }
    const parsed = parseBackup(json);
    if (!parsed.ok) return { ok: false, reason: parsed.error, path: parsed.path };
    const outcome = await restoreWorkspaceBackup(caller, parsed.backup);
    if (!outcome.ok) return { ok: false, reason: outcome.reason };
    revalidatePath("/workspace", "layout");
    return outcome;
  },
});

/** Deletes the workspace and every account in it, once its name is typed; then signs out. */
export const deleteWorkspaceAction = action.form({
  access: ["OWNER"],
  fields: ["confirmName"],
  schema: deleteWorkspaceSchema,
  async handler({ confirmName }, { caller }) {
    if (confirmName !== caller.workspaceName.trim()) return { fieldErrors: { confirmName: "confirmNameMismatch" } };
    await deleteWorkspace(caller);
    await signOut({ redirect: false });
    redirect("/?workspaceDeleted=1");
  },
});
