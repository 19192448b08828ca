"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { recordId } from "@/lib/actions/fields";
import { createActionItem, setActionItemStatus, setReassessmentCadence, setTargets } from "@/lib/server/plans";
import { ACTION_ITEM_FIELDS, actionItemSchema, actionStatusChangeSchema, cadenceSchema, targetFields, targetsSchema } from "./schemas";

const CONSULTANTS = ["OWNER", "CONSULTANT"] as const;

function refresh(organisationId: string) {
  revalidatePath(`/workspace/organisations/${organisationId}`, "layout");
  revalidatePath("/workspace/reassessments");
}

export const setCadenceAction = action.form({
  access: CONSULTANTS,
  ids: ["organisationId"],
  fields: ["months"],
  schema: cadenceSchema,
  async handler({ months }, { caller, ids }) {
    if (!(await setReassessmentCadence(caller, ids.organisationId, months))) return { formError: "notFound" };
    refresh(ids.organisationId);
    return { success: "saved" };
  },
});

export const setTargetsAction = action.form({
  access: CONSULTANTS,
  ids: ["organisationId"],
  fields: targetFields(),
  schema: targetsSchema,
  async handler(targets, { caller, ids }) {
    if (!(await setTargets(caller, ids.organisationId, targets))) return { formError: "notFound" };
    refresh(ids.organisationId);
    return { success: "saved" };
  },
});

export const createActionItemAction = action.form({
  access: CONSULTANTS,
  ids: ["organisationId"],
  fields: ACTION_ITEM_FIELDS,
  schema: actionItemSchema,
  async handler(input, { caller, ids }) {
    if (!(await createActionItem(caller, ids.organisationId, input))) return { formError: "notFound" };
    refresh(ids.organisationId);
    return { success: "actionAdded", values: {} };
  },
});

/** One click from a recommendation on the results page. */
export const addRecommendationToPlanAction = action.submit({
  access: CONSULTANTS,
  fields: ["organisationId", ...ACTION_ITEM_FIELDS],
  schema: z.intersection(z.object({ organisationId: recordId }), actionItemSchema),
  async handler({ organisationId, ...input }, { caller }) {
    await createActionItem(caller, organisationId, input);
    refresh(organisationId);
  },
});

export const setActionStatusAction = action.submit({
  access: CONSULTANTS,
  fields: ["organisationId", "actionItemId", "status"],
  schema: actionStatusChangeSchema,
  async handler({ organisationId, actionItemId, status }, { caller }) {
    await setActionItemStatus(caller, actionItemId, status);
    refresh(organisationId);
  },
});
