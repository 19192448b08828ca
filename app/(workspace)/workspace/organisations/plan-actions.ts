"use server";

import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth";
import { shippedModels, SMICIKLAS_MODEL_ID } from "@/lib/curve";
import { createActionItem, setActionItemStatus, setReassessmentCadence, setTargets } from "@/lib/server/plans";
import { actionItemSchema, actionStatusSchema, cadenceSchema, targetSchema } from "@/lib/validation/assessment";
import { fieldErrorsOf, formField, idOf, nextSubmission, submittedValues } from "@/lib/validation/form-errors";
import type { FormState } from "@/lib/validation/form-state";

const dimensionIds = () => shippedModels.latest(SMICIKLAS_MODEL_ID).dimensions.map((dimension) => dimension.id);

function refresh(organisationId: string) {
  revalidatePath(`/workspace/organisations/${organisationId}`, "layout");
  revalidatePath("/workspace/reassessments");
}

export async function setCadenceAction(organisationId: string, previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const values = submittedValues(formData, ["months"]);
  const submission = nextSubmission(previous);
  const parsed = cadenceSchema.safeParse(values);
  if (!parsed.success) return { submission, values, fieldErrors: fieldErrorsOf(parsed.error) };
  if (!(await setReassessmentCadence(member, idOf(organisationId), parsed.data.months))) {
    return { submission, values, fieldErrors: {}, formError: "notFound" };
  }
  refresh(organisationId);
  return { submission, values, fieldErrors: {}, success: "saved" };
}

export async function setTargetsAction(organisationId: string, previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const dimensions = dimensionIds();
  const fields = dimensions.flatMap((id) => [`stage.${id}`, `date.${id}`]);
  const values = submittedValues(formData, fields);
  const submission = nextSubmission(previous);
  const fieldErrors: Record<string, string> = {};
  const targets = dimensions.map((dimensionId) => {
    const parsed = targetSchema.safeParse({ targetStage: values[`stage.${dimensionId}`], targetDate: values[`date.${dimensionId}`] });
    if (!parsed.success) {
      for (const [field, message] of Object.entries(fieldErrorsOf(parsed.error))) {
        fieldErrors[`${field === "targetDate" ? "date" : "stage"}.${dimensionId}`] = message;
      }
      return { dimensionId, targetStage: null, targetDate: null };
    }
    return { dimensionId, targetStage: parsed.data.targetStage, targetDate: parsed.data.targetDate ?? null };
  });
  if (Object.keys(fieldErrors).length > 0) return { submission, values, fieldErrors };
  if (!(await setTargets(member, idOf(organisationId), targets))) return { submission, values, fieldErrors: {}, formError: "notFound" };
  refresh(organisationId);
  return { submission, values, fieldErrors: {}, success: "saved" };
}

export async function createActionItemAction(organisationId: string, previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const values = submittedValues(formData, ["title", "dimensionId", "ownerName", "dueDate", "recommendationId"]);
  const submission = nextSubmission(previous);
  const parsed = actionItemSchema.safeParse(values);
  if (!parsed.success) return { submission, values, fieldErrors: fieldErrorsOf(parsed.error) };
  if (parsed.data.dimensionId && !dimensionIds().includes(parsed.data.dimensionId)) {
    return { submission, values, fieldErrors: { dimensionId: "invalidChoice" } };
  }
  if (!(await createActionItem(member, idOf(organisationId), parsed.data))) return { submission, values, fieldErrors: {}, formError: "notFound" };
  refresh(organisationId);
  return { submission, values: {}, fieldErrors: {}, success: "actionAdded" };
}

/** One click from a recommendation on the results page. */
export async function addRecommendationToPlanAction(formData: FormData): Promise<void> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const organisationId = idOf(formField(formData, "organisationId"));
  const parsed = actionItemSchema.safeParse(submittedValues(formData, ["title", "dimensionId", "ownerName", "dueDate", "recommendationId"]));
  if (!parsed.success || (parsed.data.dimensionId && !dimensionIds().includes(parsed.data.dimensionId))) return;
  await createActionItem(member, organisationId, parsed.data);
  refresh(organisationId);
}

export async function setActionStatusAction(formData: FormData): Promise<void> {
  const member = await requireRole("OWNER", "CONSULTANT");
  const status = actionStatusSchema.safeParse(formField(formData, "status"));
  const organisationId = idOf(formField(formData, "organisationId"));
  if (!status.success) return;
  await setActionItemStatus(member, idOf(formField(formData, "actionItemId")), status.data);
  refresh(organisationId);
}
