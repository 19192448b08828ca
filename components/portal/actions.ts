"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action, CONSULTANTS } from "@/lib/actions/action";
import { appOrigin } from "@/lib/http/origin";
import { pulseModel, shippedModels, SMICIKLAS_MODEL_ID } from "@/lib/curve";
import { createClientInvitation, setActionItemDoneAsClient, removeClientViewer, setClientSwitch } from "@/lib/server/client-access";
import { revokeInvitation } from "@/lib/server/invitations";
import { recordPulse } from "@/lib/server/pulses";
import {
  actionItemTarget,
  clientActionsSwitch,
  resultsMailSwitch,
  clientInvitationTarget,
  clientViewerTarget,
  inviteClientSchema,
  pulseSchema,
} from "./schemas";

const refreshOrganisation = (organisationId: string) => revalidatePath(`/workspace/organisations/${organisationId}`, "layout");
const pulseItemIds = pulseModel(shippedModels.latest(SMICIKLAS_MODEL_ID)).dimensions.map((dimension) => dimension.items[0]!.id);

// ——— The client viewer's own portal ———

/** Done, or not done after all: only for the viewer's own organisation, and only when its consultant allows it. */
export const setOwnActionItemDoneAction = action.submit({
  access: ["CLIENT"],
  fields: ["actionItemId", "done"],
  schema: actionItemTarget,
  async handler({ actionItemId, done }, { caller }) {
    await setActionItemDoneAsClient(caller, actionItemId, done);
    revalidatePath("/portal");
  },
});

export const recordPulseAction = action.form({
  access: ["CLIENT"],
  fields: pulseItemIds,
  schema: pulseSchema(pulseItemIds),
  async handler(answers, { caller }) {
    const recorded = await recordPulse(caller, answers);
    if (!recorded.ok) return { formError: recorded.reason === "not_found" ? "notFound" : "invalidAnswer" };
    revalidatePath("/portal");
    redirect("/portal?pulse=saved");
  },
});

// ——— Who has access, as the consultant manages it ———

export const inviteClientViewerAction = action.form({
  access: CONSULTANTS,
  ids: ["organisationId"],
  fields: ["email", "language"],
  schema: inviteClientSchema,
  async handler({ email, language }, { caller, ids }) {
    const origin = await appOrigin();
    const invitation = await createClientInvitation(caller, ids.organisationId, email, { locale: language, origin });
    if (invitation === null) return { formError: "notFound" };
    if (!invitation.ok) return { fieldErrors: invitation.fieldErrors };
    refreshOrganisation(ids.organisationId);
    // The link is e-mailed and shown once, to copy; only its hash is stored.
    return { success: `${origin}/invite/${invitation.value.token}`, values: { language, sentTo: email } };
  },
});

export const revokeClientInvitationAction = action.submit({
  access: CONSULTANTS,
  fields: ["organisationId", "invitationId"],
  schema: clientInvitationTarget,
  async handler({ organisationId, invitationId }, { caller }) {
    await revokeInvitation(caller, invitationId, { organisationId });
    refreshOrganisation(organisationId);
  },
});

export const removeClientViewerAction = action.submit({
  access: CONSULTANTS,
  fields: ["organisationId", "userId"],
  schema: clientViewerTarget,
  async handler({ organisationId, userId }, { caller }) {
    await removeClientViewer(caller, organisationId, userId);
    refreshOrganisation(organisationId);
  },
});

export const setClientActionsAllowedAction = action.submit({
  access: CONSULTANTS,
  fields: ["organisationId", "allowed"],
  schema: clientActionsSwitch,
  async handler({ organisationId, allowed }, { caller }) {
    await setClientSwitch(caller, organisationId, "clientsMayCompleteActions", allowed);
    refreshOrganisation(organisationId);
    revalidatePath("/portal");
  },
});

export const setResultsMailAction = action.submit({
  access: CONSULTANTS,
  fields: ["organisationId", "on"],
  schema: resultsMailSwitch,
  async handler({ organisationId, on }, { caller }) {
    await setClientSwitch(caller, organisationId, "notifyClientsOfResults", on);
    refreshOrganisation(organisationId);
  },
});
