"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action, CONSULTANTS } from "@/lib/actions/action";
import { deleteOrganisation } from "@/lib/server/erasure";
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

/** Owners only, and only an archived organisation: deleted for good, after asking with its name. */
export const deleteOrganisationAction = action.submit({
  access: ["OWNER"],
  fields: ["organisationId"],
  schema: organisationTarget,
  async handler({ organisationId }, { caller }) {
    const outcome = await deleteOrganisation(caller, organisationId);
    if (outcome === "notArchived") return;
    revalidatePath("/workspace", "layout");
    redirect(outcome === "deleted" ? "/workspace/organisations?status=all&deleted=1" : "/workspace/organisations");
  },
});

export const archiveOrganisationAction = archiveAction(true);
export const restoreOrganisationAction = archiveAction(false);
