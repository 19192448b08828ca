// Limits and choices shared by forms in the browser and schemas on the server. Kept free of
// zod so that client components importing them do not ship the validation library.

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

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

export const SIZE_BANDS = ["1-9", "10-49", "50-249", "250-999", "1000+"] as const;

// ISO 3166-1 alpha-2; names come from Intl.DisplayNames in the user's language.
export const COUNTRIES = [
  "NL", "BE", "DE", "FR", "LU", "GB", "IE", "DK", "SE", "NO", "FI", "ES", "PT", "IT", "AT", "CH", "PL", "CZ", "US", "CA", "SR", "CW", "AW", "ZA", "AU",
] as const;

export const ORGANISATION_NAME_MAX = 120;
export const ORGANISATION_NOTES_MAX = 5000;
export const TAG_MAX_LENGTH = 30;
export const TAGS_MAX = 10;

export const REOPEN_REASON_MIN = 5;
export const CADENCES = [3, 6, 12] as const;
export const ACTION_STATUSES = ["OPEN", "IN_PROGRESS", "DONE"] as const;
