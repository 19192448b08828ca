"use server";

import { formField, idOf, nextSubmission, submittedValues } from "@/lib/validation/form-errors";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireClientViewer } from "@/lib/auth";
import { pulseModel, shippedModels, SMICIKLAS_MODEL_ID } from "@/lib/curve";
import { completeActionItemAsClient } from "@/lib/server/client-access";
import { recordPulse } from "@/lib/server/pulses";
import type { FormState } from "@/lib/validation/form-state";
import { parsePulseForm } from "@/lib/validation/portal";


/** Only for the viewer's own organisation, and only when its consultant allows it. */
export async function completeOwnActionItemAction(formData: FormData): Promise<void> {
  const member = await requireClientViewer();
  await completeActionItemAsClient(member, idOf(formField(formData, "actionItemId")));
  revalidatePath("/portal");
}

export async function recordPulseAction(previous: FormState, formData: FormData): Promise<FormState> {
  const member = await requireClientViewer();
  const submission = nextSubmission(previous);
  const itemIds = pulseModel(shippedModels.latest(SMICIKLAS_MODEL_ID)).dimensions.map((dimension) => dimension.items[0]!.id);
  const parsed = parsePulseForm(formData, itemIds);
  if (!parsed.ok) return { submission, values: parsed.values, fieldErrors: parsed.fieldErrors };
  const recorded = await recordPulse(member, parsed.answers);
  if (!recorded.ok) {
    const values = submittedValues(formData, itemIds);
    return { submission, values, fieldErrors: {}, formError: recorded.reason === "not_found" ? "notFound" : "invalidAnswer" };
  }
  revalidatePath("/portal");
  redirect("/portal?pulse=saved");
}
