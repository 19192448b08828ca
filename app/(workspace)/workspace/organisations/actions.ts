"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth";
import { createOrganisation, setOrganisationArchived, updateOrganisation } from "@/lib/server/organisations";
import { fieldErrorsOf, formField, idOf, nextSubmission, submittedValues } from "@/lib/validation/form-errors";
import type { FormState } from "@/lib/validation/form-state";
import { organisationInputSchema } from "@/lib/validation/organisation";

const FIELDS = ["name", "sector", "sizeBand", "country", "responsibleConsultantId", "website", "tags", "notes", "notesShared"] as const;

export async function createOrganisationAction(previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const values = submittedValues(formData, FIELDS);
  const submission = nextSubmission(previous);
  const parsed = organisationInputSchema.safeParse(values);
  if (!parsed.success) return { submission, values, fieldErrors: fieldErrorsOf(parsed.error) };
  const created = await createOrganisation(member, parsed.data);
  if (!created.ok) return { submission, values, fieldErrors: created.fieldErrors };
  revalidatePath("/workspace/organisations");
  redirect(`/workspace/organisations/${created.value.id}`);
}

export async function updateOrganisationAction(
  organisationId: string,
  previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const values = submittedValues(formData, FIELDS);
  const submission = nextSubmission(previous);
  const parsed = organisationInputSchema.safeParse(values);
  if (!parsed.success) return { submission, values, fieldErrors: fieldErrorsOf(parsed.error) };
  const updated = await updateOrganisation(member, idOf(organisationId), parsed.data);
  if (updated === null) return { submission, values, fieldErrors: {}, formError: "notFound" };
  if (!updated.ok) return { submission, values, fieldErrors: updated.fieldErrors };
  revalidatePath("/workspace/organisations");
  redirect(`/workspace/organisations/${updated.value.id}`);
}

async function setArchived(formData: FormData, archived: boolean): Promise<void> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const organisationId = idOf(formField(formData, "organisationId"));
  const found = await setOrganisationArchived(member, organisationId, archived);
  if (!found) redirect("/workspace/organisations");
  revalidatePath("/workspace/organisations");
  revalidatePath(`/workspace/organisations/${organisationId}`);
}

export async function archiveOrganisationAction(formData: FormData): Promise<void> {
  await setArchived(formData, true);
}

export async function restoreOrganisationAction(formData: FormData): Promise<void> {
  await setArchived(formData, false);
}
