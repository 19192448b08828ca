/** What a server action hands back to its form: errors at the fields, and what was typed. */
export type FormState = {
  /** Counts submissions, so that a form can re-mount with the returned values. */
  submission: number;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
  formError?: string;
  success?: string;
};

export const initialFormState: FormState = { submission: 0, fieldErrors: {}, values: {} };
