// Shared by the reopen form in the browser and its schema; free of zod.
export const REOPEN_REASON_MIN = 5;
