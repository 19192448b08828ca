import { z } from "zod";
import { COUNTRIES, SECTORS, SIZE_BANDS } from "@/lib/curve";
import type { OrganisationInput, OrganisationListQuery } from "@/lib/server/organisations";
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

const text = (value: unknown) => (typeof value === "string" ? value : "");

/**
 * "example.nl" becomes "https://example.nl"; an empty value is no website; anything that is
 * not an http(s) address with a dotted host name is invalid.
 */
export function normaliseWebsite(raw: string): { valid: true; website: string | null } | { valid: false } {
  const trimmed = raw.trim();
  if (!trimmed) return { valid: true, website: null };
  if (/\s/.test(trimmed)) return { valid: false };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { valid: false };
  }
  const isWeb = url.protocol === "http:" || url.protocol === "https:";
  return isWeb && /\.[a-z]{2,}$/i.test(url.hostname) ? { valid: true, website: url.toString() } : { valid: false };
}

export function parseTags(raw: string): string[] {
  const seen = new Map<string, string>();
  for (const part of raw.split(",")) {
    const tag = part.trim().replace(/\s+/g, " ");
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

export const organisationInputSchema: z.ZodType<OrganisationInput, unknown> = z.object({
  name: z.preprocess((value) => text(value).trim(), z.string().min(1, ERROR.required).max(ORGANISATION_NAME_MAX, ERROR.tooLong)),
  sector: z.enum(SECTORS, { error: ERROR.invalidChoice }),
  sizeBand: z.enum(SIZE_BANDS, { error: ERROR.invalidChoice }),
  country: z.enum(COUNTRIES, { error: ERROR.invalidChoice }),
  website: z.preprocess(text, z.string().max(300, ERROR.tooLong)).transform((value, ctx) => {
    const result = normaliseWebsite(value);
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
});

export const ORGANISATION_SORTS = ["name", "updated", "created", "sector"] as const;

export const organisationListQuerySchema: z.ZodType<OrganisationListQuery, unknown> = z.object({
  q: z.string().max(200).catch("").default(""),
  sector: z.enum(SECTORS).optional().catch(undefined),
  tag: z.string().max(TAG_MAX_LENGTH).optional().catch(undefined),
  status: z.enum(["active", "archived", "all"]).catch("active").default("active"),
  sort: z.enum(ORGANISATION_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
});
