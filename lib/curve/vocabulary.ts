// The words a workspace describes its clients and plans with. Kept here, beside the model,
// because the strategy rules read them too (a 1–9 person business gets the lighter form).

export const SECTORS = [
  "government",
  "education",
  "healthcare",
  "retail",
  "finance",
  "technology",
  "manufacturing",
  "nonprofit",
  "hospitality",
  "media",
  "professional_services",
  "other",
] as const;
export type Sector = (typeof SECTORS)[number];

export const SIZE_BANDS = ["1-9", "10-49", "50-249", "250-999", "1000+"] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

// ISO 3166-1 alpha-2; names come from Intl.DisplayNames in the user's language.
export const COUNTRIES = [
  "NL",
  "BE",
  "DE",
  "FR",
  "LU",
  "GB",
  "IE",
  "DK",
  "SE",
  "NO",
  "FI",
  "ES",
  "PT",
  "IT",
  "AT",
  "CH",
  "PL",
  "CZ",
  "US",
  "CA",
  "SR",
  "CW",
  "AW",
  "ZA",
  "AU",
] as const;
export type Country = (typeof COUNTRIES)[number];

/** The social media channels an organisation can be on; an assessment can be of one of them. */
export const CHANNELS = ["instagram", "linkedin", "tiktok", "facebook", "x", "youtube", "website"] as const;
export type Channel = (typeof CHANNELS)[number];
/** Channel names are the brands' own, the same in every language, but "website". */
export const CHANNEL_NAMES: Record<Channel, string> = {
  instagram: "Instagram",
  linkedin: "LinkedIn",
  tiktok: "TikTok",
  facebook: "Facebook",
  x: "X",
  youtube: "YouTube",
  website: "Website",
};

/** A stored channel id as people read it; an unknown one as it is. */
export function channelName(channel: string): string {
  return (CHANNEL_NAMES as Record<string, string>)[channel] ?? channel;
}

/** Months between reassessments a consultant can choose. */
export const CADENCES = [3, 6, 12] as const;

export const ACTION_STATUSES = ["OPEN", "IN_PROGRESS", "DONE"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The key under which organisation names are unique within a workspace. */
export function organisationNameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}
