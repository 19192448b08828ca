"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { action, CONSULTANTS } from "@/lib/actions/action";
import {
  calendarDayOf,
  planStrategyFromAssessment,
  shippedModels,
  SMICIKLAS_MODEL_ID,
  strategyExample,
  strategyFromExample,
  strategyFromTemplate,
  type StrategyStart,
} from "@/lib/curve";
import { isLocale } from "@/lib/i18n/locale";
import { listOrganisationAssessments } from "@/lib/server/assessments";
import { getOrganisation } from "@/lib/server/organisations";
import {
  addObjective,
  createActionFromObjective,
  createStrategy,
  deleteStrategy,
  removeObjective,
  saveStrategyField,
  saveStrategyVersion,
  setStrategyVersionShared,
} from "@/lib/server/strategies";
import {
  objectiveTargetSchema,
  saveStrategyFieldSchema,
  startStrategySchema,
  strategyDeleteSchema,
  strategyFieldOf,
  strategyTargetSchema,
  versionShareSchema,
} from "./schemas";

const strategyPath = (organisationId: string) => `/workspace/organisations/${organisationId}/strategy`;

/** The rules an objective is checked by: today's date and the dimensions of the model in use. */
function objectiveRules() {
  return { today: calendarDayOf(new Date()), dimensionIds: shippedModels.latest(SMICIKLAS_MODEL_ID).dimensions.map((dimension) => dimension.id) };
}

export const startStrategyAction = action.form({
  access: CONSULTANTS,
  ids: ["organisationId"],
  fields: ["channel", "start"],
  schema: startStrategySchema,
  async handler({ channel, start }, { caller, ids }) {
    const organisation = await getOrganisation(caller, ids.organisationId);
    if (!organisation || organisation.archivedAt) return { formError: "notFound" };
    if (channel && !(organisation.channels as string[]).includes(channel)) return { fieldErrors: { channel: "invalidChoice" } };
    const localeText = await getLocale();
    const locale = isLocale(localeText) ? localeText : "nl";
    const example = strategyExample(start);
    let content: StrategyStart;
    if (example) content = strategyFromExample(example, locale, calendarDayOf(new Date()));
    else if (start === "template") {
      const latest = (await listOrganisationAssessments(caller, organisation.id)).find((assessment) => assessment.status === "COMPLETED");
      const { plan } = planStrategyFromAssessment(shippedModels.latest(SMICIKLAS_MODEL_ID), latest, organisation.sizeBand, channel);
      content = strategyFromTemplate(plan, locale);
    } else content = { sections: {}, objectives: [] };
    const created = await createStrategy(caller, organisation.id, { channel, exampleId: example?.id ?? null, ...content });
    if (!created.ok) return created.reason === "exists" ? { fieldErrors: { channel: "strategyExists" } } : { formError: "notFound" };
    revalidatePath(strategyPath(organisation.id));
    redirect(`${strategyPath(organisation.id)}/${created.id}`);
  },
});

/** Autosave of one field; the value is kept as typed, its problems are shown by the page. */
export const saveStrategyFieldAction = action.call({
  access: CONSULTANTS,
  schema: saveStrategyFieldSchema,
  async handler({ strategyId, key, value }, { caller }) {
    const field = strategyFieldOf(key);
    if (!field) return { ok: false as const, reason: "not_found" as const };
    if (field.kind === "example" && value !== "" && !strategyExample(value)) return { ok: false as const, reason: "not_found" as const };
    return saveStrategyField(caller, strategyId, field, value);
  },
});

export const addObjectiveAction = action.call({
  access: CONSULTANTS,
  schema: strategyTargetSchema,
  async handler({ strategyId }, { caller }) {
    const id = await addObjective(caller, strategyId);
    return id ? { ok: true as const, id } : { ok: false as const, reason: "not_found" as const };
  },
});

export const removeObjectiveAction = action.call({
  access: CONSULTANTS,
  schema: objectiveTargetSchema,
  async handler({ strategyId, objectiveId }, { caller }) {
    return { ok: await removeObjective(caller, strategyId, objectiveId) };
  },
});

export const createActionFromObjectiveAction = action.call({
  access: CONSULTANTS,
  schema: objectiveTargetSchema,
  async handler({ strategyId, objectiveId }, { caller }) {
    const outcome = await createActionFromObjective(caller, strategyId, objectiveId, objectiveRules());
    return outcome;
  },
});

export const saveStrategyVersionAction = action.call({
  access: CONSULTANTS,
  schema: strategyTargetSchema,
  async handler({ strategyId }, { caller }) {
    const outcome = await saveStrategyVersion(caller, strategyId, objectiveRules());
    if (outcome.ok) revalidatePath("/workspace/organisations", "layout");
    return outcome;
  },
});

export const setVersionSharedAction = action.submit({
  access: CONSULTANTS,
  fields: ["organisationId", "strategyId", "versionId", "shared"],
  schema: versionShareSchema,
  async handler({ organisationId, strategyId, versionId, shared }, { caller }) {
    await setStrategyVersionShared(caller, strategyId, versionId, shared === "yes");
    revalidatePath(strategyPath(organisationId), "layout");
  },
});

export const deleteStrategyAction = action.submit({
  access: CONSULTANTS,
  fields: ["organisationId", "strategyId"],
  schema: strategyDeleteSchema,
  async handler({ organisationId, strategyId }, { caller }) {
    if (!(await deleteStrategy(caller, strategyId))) return;
    revalidatePath(strategyPath(organisationId), "layout");
    redirect(strategyPath(organisationId));
  },
});
