// The organisation form's limits, shared by the form in the browser and its schema. Free of
// zod, so that the form does not ship the validation library.
export const ORGANISATION_NAME_MAX = 120;
export const ORGANISATION_NOTES_MAX = 5000;
export const TAG_MAX_LENGTH = 30;
export const TAGS_MAX = 10;
