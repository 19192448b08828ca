import type { z } from "zod";

/**
 * The first message key per top-level field of a failed parse. A limit travels with its key
 * ("tooLong|max=120"), so that the message can name it; the form's errorText reads it back.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    // A minimum of one means "required", which needs no number.
    const limit = issue.code === "too_big" ? `|max=${issue.maximum}` : issue.code === "too_small" && Number(issue.minimum) > 1 ? `|min=${issue.minimum}` : "";
    errors[field] ??= issue.message.includes("|") ? issue.message : `${issue.message}${limit}`;
  }
  return errors;
}

const FIELD_MAX = 20_000;

// Server actions are public endpoints: whatever arrives may be of any type, so nothing below
// trusts the declared parameter types.

/** One submitted text field; "" when absent, not text, or when the argument is not a form. */
export function formField(formData: unknown, field: string): string {
  if (!(formData instanceof FormData)) return "";
  const value = formData.get(field);
  return typeof value === "string" ? value.slice(0, FIELD_MAX) : "";
}

/** The submitted text fields, returned to the form so that nothing typed is lost. */
export function submittedValues(formData: unknown, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, formField(formData, field)]));
}

/** A submitted file; null when none was chosen (browsers send an empty, nameless one) or it is no file. */
export function submittedFile(formData: unknown, field: string): File | null {
  if (!(formData instanceof FormData)) return null;
  const value = formData.get(field);
  return value instanceof File && value.size > 0 ? value : null;
}

/** A record id as submitted; "" (which matches nothing) when it is not a short string. */
export function idOf(value: unknown): string {
  return typeof value === "string" && value.length <= 64 ? value : "";
}

/** The form state's next submission number, also when the previous state is garbage. */
export function nextSubmission(previous: unknown): number {
  const submission = typeof previous === "object" && previous !== null ? (previous as { submission?: unknown }).submission : undefined;
  return typeof submission === "number" && Number.isSafeInteger(submission) && submission >= 0 ? submission + 1 : 1;
}
