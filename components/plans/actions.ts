"use server";

import { revalidatePath } from "next/cache";
import { action, CONSULTANTS } from "@/lib/actions/action";
import { calendarDayOf } from "@/lib/curve";
import { createActionItem, deleteActionItem, listTargets, setActionItemStatus, setReassessmentCadence, setTargets, updateActionItem } from "@/lib/server/plans";
import {
  ACTION_ITEM_FIELDS,
  actionItemSchema,
  actionItemTarget,
  recommendationToPlanSchema,
  actionStatusChangeSchema,
  cadenceSchema,
  targetFields,
  targetsSchema,
} from "./schemas";

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
  schema: () => targetsSchema(),
  async handler(targets, { caller, ids }) {
    // A target date in the past is a mistake, unless it is one already set that has since passed.
    const today = calendarDayOf(new Date());
    const current = new Map((await listTargets(caller, ids.organisationId)).map((target) => [target.dimensionId, target.targetDate?.getTime()]));
    const past = targets.filter((target) => target.targetDate && target.targetDate < today && current.get(target.dimensionId) !== target.targetDate.getTime());
    if (past.length > 0) return { fieldErrors: Object.fromEntries(past.map((target) => [`date.${target.dimensionId}`, "targetDateInPast"])) };
    if (!(await setTargets(caller, ids.organisationId, targets))) return { formError: "notFound" };
    refresh(ids.organisationId);
    return { success: "saved" };
  },
});

export const createActionItemAction = action.form({
  access: CONSULTANTS,
  ids: ["organisationId"],
  fields: ACTION_ITEM_FIELDS,
  schema: () => actionItemSchema(),
  async handler(input, { caller, ids }) {
    if (!(await createActionItem(caller, ids.organisationId, input))) return { formError: "notFound" };
    refresh(ids.organisationId);
    return { success: "actionAdded", values: {} };
  },
});

export const updateActionItemAction = action.form({
  access: CONSULTANTS,
  ids: ["organisationId", "actionItemId"],
  fields: ACTION_ITEM_FIELDS,
  schema: () => actionItemSchema(),
  async handler(input, { caller, ids }) {
    if (!(await updateActionItem(caller, ids.organisationId, ids.actionItemId, input))) return { formError: "notFound" };
    refresh(ids.organisationId);
    return { success: "actionUpdated" };
  },
});

export const deleteActionItemAction = action.submit({
  access: CONSULTANTS,
  fields: ["organisationId", "actionItemId"],
  schema: actionItemTarget,
  async handler({ organisationId, actionItemId }, { caller }) {
    await deleteActionItem(caller, organisationId, actionItemId);
    refresh(organisationId);
  },
});

/** One click from a recommendation on the results page; a second click adds nothing. */
export const addRecommendationToPlanAction = action.submit({
  access: CONSULTANTS,
  fields: ["organisationId", ...ACTION_ITEM_FIELDS],
  schema: recommendationToPlanSchema,
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
