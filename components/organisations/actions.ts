"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action, CONSULTANTS } from "@/lib/actions/action";
import { createOrganisation, setOrganisationArchived, updateOrganisation } from "@/lib/server/organisations";
import { CHANNEL_FIELDS, organisationInputSchema, organisationTarget } from "./schemas";

const FIELDS = ["name", "sector", "sizeBand", "country", "responsibleConsultantId", "website", "tags", "notes", "notesShared", ...CHANNEL_FIELDS];

export const createOrganisationAction = action.form({
  access: CONSULTANTS,
  fields: FIELDS,
  schema: organisationInputSchema,
  async handler(input, { caller }) {
    const created = await createOrganisation(caller, input);
    if (!created.ok) return { fieldErrors: created.fieldErrors };
    revalidatePath("/workspace/organisations");
    redirect(`/workspace/organisations/${created.value.id}`);
  },
});

export const updateOrganisationAction = action.form({
  access: CONSULTANTS,
  ids: ["organisationId"],
  fields: FIELDS,
  schema: organisationInputSchema,
  async handler(input, { caller, ids }) {
    const updated = await updateOrganisation(caller, ids.organisationId, input);
    if (updated === null) return { formError: "notFound" };
    if (!updated.ok) return { fieldErrors: updated.fieldErrors };
    revalidatePath("/workspace/organisations");
    redirect(`/workspace/organisations/${updated.value.id}`);
  },
});

function archiveAction(archived: boolean) {
  return action.submit({
    access: CONSULTANTS,
    fields: ["organisationId"],
    schema: organisationTarget,
    async handler({ organisationId }, { caller }) {
      const found = await setOrganisationArchived(caller, organisationId, archived);
      if (!found) redirect("/workspace/organisations");
      revalidatePath("/workspace/organisations");
      revalidatePath(`/workspace/organisations/${organisationId}`, "layout");
    },
  });
}

export const archiveOrganisationAction = archiveAction(true);
export const restoreOrganisationAction = archiveAction(false);
