import { z } from "zod";
import { contrastRatio, isTimeZone, MINIMUM_ACCENT_CONTRAST, parseHexColour, WHITE } from "@/lib/curve";
import { localeField, trimmed } from "@/lib/actions/fields";
import { BRAND_NAME_MAX, REPORT_FOOTER_MAX } from "./limits";

/** "#1f5fbf", "1f5fbf" or "#15b", normalised to "#1f5fbf"; empty means Curvewise's own accent. */
const accentColour = z.preprocess(
  trimmed,
  z.string().transform((value, ctx) => {
    if (value === "") return null;
    const rgb = parseHexColour(value);
    if (!rgb) {
      ctx.addIssue({ code: "custom", message: "invalidColour" });
      return z.NEVER;
    }
    const ratio = contrastRatio(rgb, WHITE);
    if (ratio < MINIMUM_ACCENT_CONTRAST) {
      // The message names the measured and the needed contrast, rounded down so it never flatters.
      ctx.addIssue({ code: "custom", message: `lowContrast|ratio=${Math.floor(ratio * 10) / 10}|min=${MINIMUM_ACCENT_CONTRAST}` });
      return z.NEVER;
    }
    return `#${rgb.map((channel) => channel.toString(16).padStart(2, "0")).join("")}`;
  }),
);

export const brandingSchema = z.object({
  brandName: z.preprocess(trimmed, z.string().max(BRAND_NAME_MAX, "tooLong")).transform((value) => value || null),
  accentColour,
  reportFooter: z.preprocess(trimmed, z.string().max(REPORT_FOOTER_MAX, "tooLong")),
  removeLogo: z.preprocess((value) => value === "on", z.boolean()),
});

export const deleteWorkspaceSchema = z.object({ confirmName: z.preprocess(trimmed, z.string().min(1, "required").max(200, "tooLong")) });

export const workspaceSettingsSchema = z.object({
  name: z.preprocess(trimmed, z.string().min(1, "required").max(100, "tooLong")),
  timeZone: z.preprocess(trimmed, z.string().min(1, "required").max(64, "tooLong").refine(isTimeZone, "invalidTimeZone")),
  defaultLocale: localeField,
});
