"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { checkLogo, LOGO_MAX_BYTES } from "@/lib/reports/logo";
import { saveBranding, type BrandingInput } from "@/lib/server/branding";
import { brandingSchema } from "./schemas";

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
