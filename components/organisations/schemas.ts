import { z } from "zod";
import { CHANNELS, COUNTRIES, SECTORS, SIZE_BANDS } from "@/lib/curve";
import type { OrganisationInput, OrganisationListQuery } from "@/lib/server/organisations";
import { normaliseWebAddress, recordId, text } from "@/lib/actions/fields";
import { ORGANISATION_NAME_MAX, ORGANISATION_NOTES_MAX, TAG_MAX_LENGTH, TAGS_MAX } from "./limits";

/** Message keys (in the `errors` catalog namespace) used as zod messages. */
const ERROR = {
  required: "required",
  tooLong: "tooLong",
  invalidChoice: "invalidChoice",
  invalidUrl: "invalidUrl",
  tooManyTags: "tooManyTags",
  tagTooLong: "tagTooLong",
} as const;

export function parseTags(raw: string): string[] {
  const seen = new Map<string, string>();
  for (const part of raw.split(",")) {
    const tag = part.trim().replace(/\s+/g, " ");
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

/** The form's channel boxes: one field per channel. */
export const CHANNEL_FIELDS = CHANNELS.map((channel) => `channel.${channel}`);
const ticked = (value: unknown) => value === "on" || value === "true";

export const organisationInputSchema: z.ZodType<OrganisationInput, unknown> = z.preprocess(
  (raw) => ({
    ...(typeof raw === "object" && raw ? raw : {}),
    channels: CHANNELS.filter((channel) => ticked((raw as Record<string, unknown> | null)?.[`channel.${channel}`])),
  }),
  z.object({
    name: z.preprocess((value) => text(value).trim(), z.string().min(1, ERROR.required).max(ORGANISATION_NAME_MAX, ERROR.tooLong)),
    sector: z.enum(SECTORS, { error: ERROR.invalidChoice }),
    sizeBand: z.enum(SIZE_BANDS, { error: ERROR.invalidChoice }),
    country: z.enum(COUNTRIES, { error: ERROR.invalidChoice }),
    website: z.preprocess(text, z.string().max(300, ERROR.tooLong)).transform((value, ctx) => {
      const result = normaliseWebAddress(value);
      if (!result.valid) {
        ctx.addIssue({ code: "custom", message: ERROR.invalidUrl });
        return z.NEVER;
      }
      return result.website;
    }),
    notes: z.preprocess((value) => text(value).trim(), z.string().max(ORGANISATION_NOTES_MAX, ERROR.tooLong)),
    // A checkbox: notes stay internal unless the consultant shares them with client viewers.
    notesShared: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
    responsibleConsultantId: z.preprocess((value) => text(value).trim() || null, z.string().max(64).nullable()),
    tags: z.preprocess((value) => parseTags(text(value)), z.array(z.string().max(TAG_MAX_LENGTH, ERROR.tagTooLong)).max(TAGS_MAX, ERROR.tooManyTags)),
    channels: z.array(z.enum(CHANNELS)),
  }),
);

export const organisationTarget = z.object({ organisationId: recordId });

export const ORGANISATION_SORTS = ["name", "updated", "created", "sector"] as const;

export const organisationListQuerySchema: z.ZodType<OrganisationListQuery, unknown> = z.object({
  q: z.string().max(200).catch("").default(""),
  sector: z.enum(SECTORS).optional().catch(undefined),
  tag: z.string().max(TAG_MAX_LENGTH).optional().catch(undefined),
  status: z.enum(["active", "archived", "all"]).catch("active").default("active"),
  sort: z.enum(ORGANISATION_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
});
