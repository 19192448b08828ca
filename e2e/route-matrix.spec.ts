// Tenant isolation, proven: every page, route handler and server action, as every kind of
// visitor, with the expected answer for each. The first tests fail when the app has a route
// or an action that these matrices do not list. Refused and cross-tenant calls aim at the demo
// workspace's real records, and must leave them exactly as they were.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { fingerprint } from "./database";
import { DEMO, demoOrganisationIds, signIn, signUp, unique } from "./helpers";
import { builtActions, callAction, form, FRESH_STATE, sourceActions, type Outcome } from "./server-actions";

test.describe.configure({ mode: "serial" });

type Role = "anonymous" | "clientA" | "clientB" | "consultant" | "owner" | "otherWorkspace";
const ROLES: Role[] = ["anonymous", "clientA", "clientB", "consultant", "owner", "otherWorkspace"];

// ——— Pages and route handlers ———

type Expected = "ok" | "notFound" | "toSignIn" | "toHome" | "toLinkPage";
const everyone = (expected: Expected) => Object.fromEntries(ROLES.map((role) => [role, expected])) as Record<Role, Expected>;
const publicAuthPage = { anonymous: "ok", clientA: "toHome", clientB: "toHome", consultant: "toHome", owner: "toHome", otherWorkspace: "toHome" } as const;
const workspacePage = { anonymous: "toSignIn", clientA: "notFound", clientB: "notFound", consultant: "ok", owner: "ok", otherWorkspace: "ok" } as const;
const organisationPage = {
  anonymous: "toSignIn",
  clientA: "notFound",
  clientB: "notFound",
  consultant: "ok",
  owner: "ok",
  otherWorkspace: "notFound",
} as const;
const ownerPage = { anonymous: "toSignIn", clientA: "notFound", clientB: "notFound", consultant: "notFound", owner: "ok", otherWorkspace: "ok" } as const;
const portalPage = { anonymous: "toSignIn", clientA: "ok", clientB: "ok", consultant: "notFound", owner: "notFound", otherWorkspace: "notFound" } as const;

const ROUTES: Record<string, Record<Role, Expected>> = {
  "/": everyone("ok"),
  "/sign-in": publicAuthPage,
  "/sign-up": publicAuthPage,
  "/invite": publicAuthPage,
  "/invite/[token]": everyone("toLinkPage"),
  "/forgot-password": publicAuthPage,
  "/reset-password": everyone("ok"),
  "/reset-password/[token]": everyone("toLinkPage"),
  "/confirm-email": everyone("ok"),
  "/confirm-email/[token]": everyone("toLinkPage"),
  "/workspace/account": workspacePage,
  "/portal/account": portalPage,
  "/respond": everyone("ok"),
  "/respond/[token]": everyone("toLinkPage"),
  "/portal": portalPage,
  "/portal/pulse": portalPage,
  "/portal/report": portalPage,
  "/portal/export": portalPage,
  "/portal/strategy": portalPage,
  "/workspace": { anonymous: "toSignIn", clientA: "toHome", clientB: "toHome", consultant: "ok", owner: "ok", otherWorkspace: "ok" },
  "/workspace/organisations": workspacePage,
  "/workspace/organisations/new": workspacePage,
  "/workspace/compare": workspacePage,
  "/workspace/reassessments": workspacePage,
  "/workspace/portfolio/replay": workspacePage,
  "/workspace/team": workspacePage,
  "/workspace/export": workspacePage,
  "/workspace/import": workspacePage,
  "/workspace/import/template": workspacePage,
  "/workspace/settings": ownerPage,
  "/workspace/settings/backup": ownerPage,
  "/workspace/organisations/[id]": organisationPage,
  "/workspace/organisations/[id]/progress": organisationPage,
  "/workspace/organisations/[id]/assessments": organisationPage,
  "/workspace/organisations/[id]/plan": organisationPage,
  "/workspace/organisations/[id]/strategy": organisationPage,
  "/workspace/organisations/[id]/strategy/[strategyId]": organisationPage,
  "/workspace/organisations/[id]/strategy/[strategyId]/changes": organisationPage,
  "/workspace/organisations/[id]/access": organisationPage,
  "/workspace/organisations/[id]/history": organisationPage,
  "/workspace/organisations/[id]/report": organisationPage,
  "/workspace/organisations/[id]/export": organisationPage,
  "/workspace/organisations/[id]/edit": organisationPage,
  "/workspace/organisations/[id]/assessments/new": organisationPage,
  "/workspace/organisations/[id]/assessments/[assessmentId]": organisationPage,
  // No demo workspace has a logo: signed-in members find none, anonymous visitors sign in first.
  "/brand/logo": { ...everyone("notFound"), anonymous: "toSignIn" },
  "/api/health": everyone("ok"),
  "/api/auth/[...nextauth]": everyone("ok"),
};

function appRoutes(directory = "app", prefix = ""): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      return appRoutes(full, `${prefix}${segment}`);
    }
    return /^(page|route)\.tsx?$/.test(entry.name) ? [prefix || "/"] : [];
  });
}

// ——— Server actions ———

// allow: the action runs for this visitor. refuse: it answers "not found" or sends to sign in.
// scoped: it runs, but finds nothing of the demo workspace to act on. Refused and scoped calls
// must leave the demo records untouched.
type Access = "allow" | "refuse" | "scoped";
const consultantAction = { anonymous: "refuse", clientA: "refuse", clientB: "refuse", consultant: "allow", owner: "allow", otherWorkspace: "scoped" } as const;
const ownerAction = { ...consultantAction, consultant: "refuse" } as const;
const publicAction = Object.fromEntries(ROLES.map((role) => [role, "allow"])) as Record<Role, Access>;
const linkAction = Object.fromEntries(ROLES.map((role) => [role, "scoped"])) as Record<Role, Access>;
const memberAction = { ...publicAction, anonymous: "refuse" } as const;

type Ids = {
  organisation: string;
  roundOrganisation: string;
  completedAssessment: string;
  draft: string;
  respondent: string;
  actionItem: string;
  clientUser: string;
  consultantUser: string;
  invitation: string;
  strategy: string;
  strategyVersion: string;
  objective: string;
};

const model = JSON.parse(fs.readFileSync("lib/curve/model/smiciklas-v1.json", "utf8")) as {
  dimensions: { id: string; items: { id: string; options: { id: string }[] }[] }[];
};
const pulseAnswers = Object.fromEntries(model.dimensions.map((dimension) => [dimension.items[0]!.id, dimension.items[0]!.options[3]!.id]));
const IMPORT_CSV = `Organisatie;Datum;${model.dimensions.map((dimension) => dimension.id).join(";")}\nBakkerij Van Dam;2020-01-01;${model.dimensions.map(() => "2").join(";")}\n`;
const IMPORT_HASH = createHash("sha256").update(IMPORT_CSV).digest("hex");
const validOrganisation = {
  name: `Overgenomen ${unique()}`,
  sector: "retail",
  sizeBand: "10-49",
  country: "NL",
  website: "",
  tags: "",
  notes: "",
  notesShared: "on",
};

/**
 * For each action: who may do what, and the arguments. `real` aims at the demo workspace's own
 * records (used for refused and scoped calls); allowed calls get harmless arguments instead, so
 * that the matrix leaves the demo as it found it.
 */
const ACTIONS: Record<string, { access: Record<Role, Access>; args: (ids: Ids, real: boolean) => unknown[] }> = {
  "components/site/actions.ts#setLocaleAction": { access: publicAction, args: () => [form({ locale: "nl" })] },
  "components/auth/actions.ts#signInAction": { access: publicAction, args: () => [FRESH_STATE, form({})] },
  "components/auth/actions.ts#signUpAction": { access: publicAction, args: () => [FRESH_STATE, form({})] },
  "components/invitations/actions.ts#acceptInvitationAction": {
    access: publicAction,
    args: () => [FRESH_STATE, form({ name: "Iemand", password: "a long enough password" })],
  },
  "components/respondents/actions.ts#saveMyAnswerAction": { access: linkAction, args: () => [{ itemId: model.dimensions[0]!.items[0]!.id, choice: null }] },
  "components/respondents/actions.ts#submitMyAnswersAction": { access: linkAction, args: () => [] },
  "components/portal/actions.ts#setOwnActionItemDoneAction": {
    access: { anonymous: "refuse", clientA: "allow", clientB: "scoped", consultant: "refuse", owner: "refuse", otherWorkspace: "refuse" },
    args: (ids, real) => [form({ actionItemId: real ? ids.actionItem : "none", done: "true" })],
  },
  "components/portal/actions.ts#recordPulseAction": {
    access: { anonymous: "refuse", clientA: "allow", clientB: "allow", consultant: "refuse", owner: "refuse", otherWorkspace: "refuse" },
    args: (_ids, real) => [FRESH_STATE, form(real ? pulseAnswers : {})],
  },
  "components/organisations/actions.ts#createOrganisationAction": {
    access: { ...consultantAction, otherWorkspace: "allow" },
    args: (_ids, real) => [FRESH_STATE, form(real ? validOrganisation : {})],
  },
  "components/organisations/actions.ts#updateOrganisationAction": {
    access: consultantAction,
    args: (ids, real) => [real ? ids.organisation : "none", FRESH_STATE, form(validOrganisation)],
  },
  "components/organisations/actions.ts#archiveOrganisationAction": {
    access: consultantAction,
    args: (ids, real) => [form({ organisationId: real ? ids.organisation : "none" })],
  },
  "components/organisations/actions.ts#restoreOrganisationAction": {
    access: consultantAction,
    args: (ids, real) => [form({ organisationId: real ? ids.organisation : "none" })],
  },
  "components/plans/actions.ts#setCadenceAction": {
    access: consultantAction,
    args: (ids, real) => [real ? ids.organisation : "none", FRESH_STATE, form({ months: "12" })],
  },
  "components/plans/actions.ts#setTargetsAction": {
    access: consultantAction,
    args: (ids, real) => [real ? ids.organisation : "none", FRESH_STATE, form({ "stage.strategy": "4" })],
  },
  "components/plans/actions.ts#createActionItemAction": {
    access: consultantAction,
    args: (ids, real) => [real ? ids.organisation : "none", FRESH_STATE, form({ title: "Overgenomen actie" })],
  },
  "components/plans/actions.ts#addRecommendationToPlanAction": {
    access: consultantAction,
    args: (ids, real) => [form({ organisationId: real ? ids.organisation : "none", title: "Overgenomen actie" })],
  },
  "components/plans/actions.ts#updateActionItemAction": {
    access: consultantAction,
    args: (ids, real) => [ids.organisation, real ? ids.actionItem : "none", FRESH_STATE, form({ title: "Overgenomen actie" })],
  },
  "components/plans/actions.ts#deleteActionItemAction": {
    access: consultantAction,
    args: (ids, real) => [form({ organisationId: ids.organisation, actionItemId: real ? ids.actionItem : "none" })],
  },
  "components/plans/actions.ts#setActionStatusAction": {
    access: consultantAction,
    args: (ids, real) => [form({ organisationId: ids.organisation, actionItemId: real ? ids.actionItem : "none", status: "IN_PROGRESS" })],
  },
  "components/strategy/actions.ts#startStrategyAction": {
    access: consultantAction,
    args: (ids, real) => [real ? ids.organisation : "none", FRESH_STATE, form({ channel: "facebook", start: "blank" })],
  },
  "components/strategy/actions.ts#saveStrategyFieldAction": {
    access: consultantAction,
    args: (ids, real) => [{ strategyId: real ? ids.strategy : "none", key: "section:goal", value: "Overgenomen doel" }],
  },
  "components/strategy/actions.ts#addObjectiveAction": { access: consultantAction, args: (ids, real) => [{ strategyId: real ? ids.strategy : "none" }] },
  "components/strategy/actions.ts#removeObjectiveAction": {
    access: consultantAction,
    args: (ids, real) => [{ strategyId: ids.strategy, objectiveId: real ? ids.objective : "none" }],
  },
  "components/strategy/actions.ts#createActionFromObjectiveAction": {
    access: consultantAction,
    args: (ids, real) => [{ strategyId: real ? ids.strategy : "none", objectiveId: ids.objective }],
  },
  "components/strategy/actions.ts#saveStrategyVersionAction": {
    access: consultantAction,
    args: (ids, real) => [{ strategyId: real ? ids.strategy : "none" }],
  },
  "components/strategy/actions.ts#setVersionSharedAction": {
    access: consultantAction,
    args: (ids, real) => [form({ organisationId: ids.organisation, strategyId: real ? ids.strategy : "none", versionId: ids.strategyVersion, shared: "no" })],
  },
  "components/strategy/actions.ts#deleteStrategyAction": {
    access: consultantAction,
    args: (ids, real) => [form({ organisationId: ids.organisation, strategyId: real ? ids.strategy : "none" })],
  },
  "components/portal/actions.ts#inviteClientViewerAction": {
    access: consultantAction,
    args: (ids, real) => [real ? ids.organisation : "none", FRESH_STATE, form({ email: `matrix-${unique()}@example.test`, language: "nl" })],
  },
  "components/portal/actions.ts#revokeClientInvitationAction": {
    access: consultantAction,
    args: (ids, real) => [form({ organisationId: ids.organisation, invitationId: real ? ids.invitation : "none" })],
  },
  "components/portal/actions.ts#removeClientViewerAction": {
    access: consultantAction,
    args: (ids, real) => [form({ organisationId: ids.organisation, userId: real ? ids.clientUser : "none" })],
  },
  "components/portal/actions.ts#setClientActionsAllowedAction": {
    access: consultantAction,
    args: (ids, real) => [form({ organisationId: real ? ids.organisation : "none", allowed: "false" })],
  },
  "components/assessments/actions.ts#startAssessmentAction": {
    access: consultantAction,
    args: (ids, real) => [
      real ? ids.organisation : "none",
      FRESH_STATE,
      form({ title: "Overgenomen", assessedOn: new Date().toISOString().slice(0, 10), scope: "organisation" }),
    ],
  },
  "components/assessments/actions.ts#saveAnswerAction": {
    access: consultantAction,
    args: (ids, real) => [
      {
        assessmentId: real ? ids.draft : "none",
        baseRevision: 1,
        itemId: model.dimensions[0]!.items[0]!.id,
        choice: null,
        notes: "overgenomen",
        evidenceLinks: [],
      },
    ],
  },
  "components/assessments/actions.ts#confirmCarriedOverAction": {
    access: consultantAction,
    args: (ids, real) => [{ assessmentId: real ? ids.draft : "none", baseRevision: 1, itemIds: [] }],
  },
  "components/assessments/actions.ts#completeAssessmentAction": {
    access: consultantAction,
    args: (ids, real) => [{ assessmentId: real ? ids.draft : "none", baseRevision: 1 }],
  },
  "components/assessments/actions.ts#reopenAssessmentAction": {
    access: consultantAction,
    args: (ids, real) => [ids.organisation, real ? ids.completedAssessment : "none", FRESH_STATE, form({ reason: "Overgenomen heropening" })],
  },
  "components/respondents/actions.ts#inviteRespondentAction": {
    access: consultantAction,
    args: (ids, real) => [
      ids.roundOrganisation,
      real ? ids.draft : "none",
      FRESH_STATE,
      form({ name: "", raterGroup: "staff", email: "respondent@example.test", language: "nl" }),
    ],
  },
  "components/respondents/actions.ts#setReminderDaysAction": {
    access: consultantAction,
    args: (ids, real) => [ids.roundOrganisation, real ? ids.draft : "none", FRESH_STATE, form({ days: "3" })],
  },
  "components/portal/actions.ts#setResultsMailAction": {
    access: consultantAction,
    args: (ids, real) => [form({ organisationId: real ? ids.organisation : "none", on: "true" })],
  },
  "components/team/actions.ts#changeMemberRoleAction": {
    access: ownerAction,
    args: (ids, real) => [form({ userId: real ? ids.consultantUser : "none", role: "OWNER" })],
  },
  "components/team/actions.ts#transferOwnershipAction": {
    access: ownerAction,
    args: (ids, real) => [form({ userId: real ? ids.consultantUser : "none" })],
  },
  "components/team/actions.ts#removeMemberAction": {
    access: ownerAction,
    args: (ids, real) => [form({ userId: real ? ids.consultantUser : "none" })],
  },
  "components/settings/actions.ts#saveWorkspaceSettingsAction": {
    access: { ...ownerAction, otherWorkspace: "allow" },
    // An allowed call leaves the name empty: refused at the field, so that the demo stays as it is.
    args: (_ids, real) => [
      FRESH_STATE,
      form(real ? { name: "Overgenomen", timeZone: "UTC", defaultLocale: "en" } : { name: "", timeZone: "UTC", defaultLocale: "en" }),
    ],
  },
  // Getting back in: open to anyone; without a link's cookie there is nothing to act on.
  "components/account/actions.ts#requestPasswordResetAction": {
    access: publicAction,
    args: () => [FRESH_STATE, form({ email: `nobody-${unique()}@example.test` })],
  },
  "components/account/actions.ts#resetPasswordAction": {
    access: linkAction,
    args: () => [FRESH_STATE, form({ password: "a long enough password", passwordAgain: "a long enough password" })],
  },
  "components/account/actions.ts#confirmEmailChangeAction": { access: linkAction, args: () => [FRESH_STATE, form({})] },
  // One's own account: allowed calls are refused at a field, so that the demo's people stay as they are.
  "components/account/actions.ts#updateProfileAction": {
    access: memberAction,
    args: (_ids, real) => [FRESH_STATE, form({ name: real ? "Overgenomen" : "", language: "en", digests: "" })],
  },
  "components/account/actions.ts#changePasswordAction": {
    access: memberAction,
    args: () => [FRESH_STATE, form({ currentPassword: "not the password", password: "a long enough password", passwordAgain: "a long enough password" })],
  },
  "components/account/actions.ts#requestEmailChangeAction": {
    access: memberAction,
    args: () => [FRESH_STATE, form({ newEmail: `matrix-${unique()}@example.test`, currentPassword: "not the password" })],
  },
  "components/account/actions.ts#signOutEverywhereAction": {
    access: memberAction,
    // Without the confirmation field an allowed call ends nothing (it would end the demo's sessions).
    args: (_ids, real) => [form(real ? { confirm: "everywhere" } : {})],
  },
  "components/respondents/actions.ts#revokeRespondentAction": {
    access: consultantAction,
    args: (ids, real) => [form({ organisationId: ids.roundOrganisation, assessmentId: ids.draft, respondentId: real ? ids.respondent : "none" })],
  },
  "components/respondents/actions.ts#closeRoundAction": {
    access: consultantAction,
    args: (ids, real) => [form({ organisationId: ids.roundOrganisation, assessmentId: real ? ids.draft : "none" })],
  },
  "components/team/actions.ts#inviteConsultantAction": {
    access: { ...ownerAction, otherWorkspace: "allow" },
    args: (_ids, real) => [FRESH_STATE, form({ email: real ? `matrix-${unique()}@example.test` : "", language: "en" })],
  },
  "components/exchange/actions.ts#importAssessmentsAction": {
    access: consultantAction,
    // Allowed calls only preview; refused and other-workspace calls try to import into the demo's organisation.
    args: (_ids, real) => [
      form({ step: real ? "confirm" : "preview", fileHash: real ? IMPORT_HASH : "", file: new File([IMPORT_CSV], "earlier.csv", { type: "text/csv" }) }),
    ],
  },
  "components/organisations/actions.ts#deleteOrganisationAction": {
    access: ownerAction,
    // The demo organisation is not archived: even an allowed call deletes nothing.
    args: (ids, real) => [form({ organisationId: real ? ids.organisation : "none" })],
  },
  "components/settings/actions.ts#restoreBackupAction": {
    access: { ...ownerAction, otherWorkspace: "allow" },
    args: () => [form({ file: new File(["{}"], "backup.json", { type: "application/json" }) })],
  },
  "components/settings/actions.ts#deleteWorkspaceAction": {
    access: { ...ownerAction, otherWorkspace: "allow" },
    // Never the workspace's own name: an allowed call is refused at the field.
    args: () => [FRESH_STATE, form({ confirmName: "Niet de naam" })],
  },
  "components/settings/actions.ts#saveBrandingAction": {
    access: { ...ownerAction, otherWorkspace: "allow" },
    // An allowed call gets a colour it refuses, so that the demo's branding stays as it is.
    args: (_ids, real) => [FRESH_STATE, form({ brandName: "Overgenomen", accentColour: real ? "" : "not a colour", reportFooter: "" })],
  },
  "components/team/actions.ts#revokeInvitationAction": { access: ownerAction, args: (ids, real) => [form({ invitationId: real ? ids.invitation : "none" })] },
  // Last: it ends the visitor's session.
  "components/auth/actions.ts#signOutAction": { access: publicAction, args: () => [] },
};

// ——— Shared set-up ———

async function requestAs(browser: Browser, role: Role): Promise<APIRequestContext> {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  if (role === "otherWorkspace") await signUp(page);
  else if (role !== "anonymous") {
    const email = { clientA: DEMO.client, clientB: DEMO.secondClient, consultant: DEMO.consultant, owner: DEMO.owner }[role];
    await signIn(page, email, DEMO.password);
    await expect(page).not.toHaveURL(/\/sign-in$/);
  }
  await page.close();
  return context.request;
}

const firstMatch = (html: string, pattern: RegExp, what: string) => {
  const match = pattern.exec(html);
  if (!match) throw new Error(`no ${what} found`);
  return match[1]!;
};

async function demoRecords(browser: Browser, owner: APIRequestContext): Promise<Ids> {
  const organisations = await demoOrganisationIds(browser);
  const organisation = organisations.get(DEMO.clientOrganisation)!;
  const roundOrganisation = organisations.get(DEMO.roundOrganisation)!;
  const invited = await callAction(owner, builtActions().get("components/portal/actions.ts#inviteClientViewerAction")!, [
    organisation,
    FRESH_STATE,
    form({ email: `pending-${unique()}@example.test`, language: "nl" }),
  ]);
  expect(invited.outcome, invited.body).toBe("ran");
  expect(invited.body).toContain("/invite/");
  const tab = async (id: string, name: string) => (await owner.get(`/workspace/organisations/${id}/${name}`)).text();
  const [assessmentsHtml, planHtml, accessHtml, roundHtml, teamHtml] = await Promise.all([
    tab(organisation, "assessments"),
    tab(organisation, "plan"),
    tab(organisation, "access"),
    tab(roundOrganisation, "assessments"),
    owner.get("/workspace/team").then((response) => response.text()),
  ]);
  const draft = firstMatch(
    roundHtml,
    new RegExp(`/workspace/organisations/${roundOrganisation}/assessments/(c[a-z0-9]+)"[^>]*>Herbeoordeling met het team`),
    "draft",
  );
  const draftHtml = await (await owner.get(`/workspace/organisations/${roundOrganisation}/assessments/${draft}`)).text();
  const strategiesHtml = await tab(organisation, "strategy");
  const strategy = firstMatch(
    strategiesHtml,
    new RegExp(`/workspace/organisations/${organisation}/strategy/(c[a-z0-9]+)"[^>]*>Strategie voor Instagram`),
    "strategy",
  );
  const strategyHtml = await tab(organisation, `strategy/${strategy}`);
  return {
    organisation,
    roundOrganisation,
    draft,
    completedAssessment: firstMatch(assessmentsHtml, new RegExp(`/workspace/organisations/${organisation}/assessments/(c[a-z0-9]+)`), "assessment"),
    actionItem: firstMatch(planHtml, /name="actionItemId" value="([^"]+)"/, "action item"),
    clientUser: firstMatch(accessHtml, /name="userId" value="([^"]+)"/, "client viewer"),
    // The team page lists clients first and offers them no controls: the first is a consultant's.
    consultantUser: firstMatch(teamHtml, /name="userId" value="([^"]+)"/, "consultant"),
    invitation: firstMatch(accessHtml, /name="invitationId" value="([^"]+)"/, "invitation"),
    respondent: firstMatch(draftHtml, /name="respondentId" value="([^"]+)"/, "respondent"),
    strategy,
    strategyVersion: firstMatch(strategyHtml, /name="versionId" value="([^"]+)"/, "strategy version"),
    objective: firstMatch(strategyHtml, /data-objective="([^"]+)"/, "objective"),
  };
}

// One signed-in request context per kind of visitor, shared by the tests below (serial).
const visitors = new Map<Role, APIRequestContext>();
let owner: APIRequestContext;
let ids: Ids;
test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  for (const role of ROLES) visitors.set(role, await requestAs(browser, role));
  owner = visitors.get("owner")!;
  ids = await demoRecords(browser, owner);
});

// ——— The tests ———

test("the matrices list every page, route handler and server action of the app", () => {
  expect([...new Set(appRoutes())].sort()).toEqual(Object.keys(ROUTES).sort());
  expect(sourceActions().sort()).toEqual(Object.keys(ACTIONS).sort());
  const built = builtActions();
  expect(Object.keys(ACTIONS).filter((key) => !built.has(key))).toEqual([]);
});

test("every page and route handler answers every kind of visitor as the matrix says", async () => {
  test.setTimeout(240_000);
  const concrete = (route: string) =>
    route
      .replace("[id]", ids.organisation)
      .replace("[assessmentId]", ids.completedAssessment)
      .replace("[strategyId]", ids.strategy)
      .replace("[token]", "not-a-valid-token-but-long-enough-0123456789")
      .replace("[...nextauth]", "session")
      // Reports as print pages: who may fetch one does not depend on the format.
      .replace(/\/report$/, "/report?format=html");
  const failures: string[] = [];
  for (const role of ROLES) {
    const request = visitors.get(role)!;
    for (const [route, expectations] of Object.entries(ROUTES)) {
      const response = await request.get(concrete(route), { maxRedirects: 0 });
      const location = response.headers().location ?? "";
      const redirected = response.status() >= 300 && response.status() < 400;
      const actual: Expected | string =
        response.status() === 200
          ? "ok"
          : response.status() === 404
            ? "notFound"
            : redirected && /\/sign-in$/.test(location)
              ? "toSignIn"
              : redirected && /\/(workspace|portal)$/.test(location)
                ? "toHome"
                : redirected && /\/(invite|respond|reset-password|confirm-email)$/.test(location)
                  ? "toLinkPage"
                  : `${response.status()} ${location}`;
      if (actual !== expectations[role]) failures.push(`${role} ${route}: expected ${expectations[role]}, got ${actual}`);
    }
  }
  expect(failures).toEqual([]);
});

// Wrong types, missing and huge fields, other tenants' ids, garbage states: never a server
// error, never a write.
// Below the framework's 1 MB body limit for server actions (larger bodies get its 413).
const HUGE = "x".repeat(100_000);
const GARBAGE: unknown[][] = [
  [],
  [null],
  [null, null, null, null],
  ["x"],
  [12345],
  [true, false],
  [{}],
  [[]],
  [{ submission: "NaN", values: 7 }, "not a form"],
  [HUGE, FRESH_STATE, form({ name: HUGE, email: HUGE, title: HUGE, reason: HUGE, months: HUGE, locale: HUGE })],
  [form({ organisationId: HUGE, actionItemId: "[object Object]", status: "DELETED" })],
  [{ assessmentId: 1, baseRevision: "1", itemId: [], choice: { optionId: 5 }, notes: {}, evidenceLinks: "javascript:alert(1)" }],
  [{ itemId: HUGE, choice: { skip: "maybe" } }],
  [{ organisationId: ["a"], assessmentId: { $ne: null } }, FRESH_STATE, form({ reason: "a" })],
  ["../../etc/passwd", '\'; DROP TABLE "Organisation"; --', FRESH_STATE, form({ email: "not an email", raterGroup: "ceo", name: HUGE })],
];

// Input validation does not depend on the database: run once, on SQLite (@once).
test("fuzzing every server action with bad input: clear answers, no server errors, nothing written", { tag: "@once" }, async () => {
  test.setTimeout(300_000);
  const built = builtActions();
  const demo = [ids.organisation, ids.roundOrganisation];
  const clientA = visitors.get("clientA")!;
  const failures: string[] = [];
  const before = await fingerprint(demo);
  for (const [key] of Object.entries(ACTIONS)) {
    if (key.endsWith("#signOutAction")) continue;
    // As a visitor the action lets through, so that the garbage reaches its parsing.
    const [role, request] = key.includes("(portal)") ? (["clientA", clientA] as const) : (["owner", owner] as const);
    for (const [index, args] of GARBAGE.entries()) {
      const { outcome, status } = await callAction(request, built.get(key)!, args);
      if (outcome === "error" || status >= 500) failures.push(`${role} ${key} with garbage #${index}: ${outcome} ${status}`);
    }
  }
  expect(failures).toEqual([]);
  expect(await fingerprint(demo)).toBe(before);
});

// Last: the sign-out action at the end of each row ends that visitor's session.
test("every server action answers every kind of visitor as the matrix says, and refused calls write nothing", async () => {
  test.setTimeout(300_000);
  const built = builtActions();
  const demo = [ids.organisation, ids.roundOrganisation];
  const failures: string[] = [];
  for (const role of ROLES) {
    const request = visitors.get(role)!;
    for (const [key, { access, args }] of Object.entries(ACTIONS)) {
      const expected = access[role];
      const before = expected === "allow" ? "" : await fingerprint(demo);
      const { outcome } = await callAction(request, built.get(key)!, args(ids, expected !== "allow"));
      const fine: Record<Access, Outcome[]> = { allow: ["ran"], refuse: ["notFound", "toSignIn"], scoped: ["ran"] };
      if (!fine[expected].includes(outcome)) failures.push(`${role} ${key}: expected ${expected}, got ${outcome}`);
      if (expected !== "allow" && (await fingerprint(demo)) !== before) failures.push(`${role} ${key}: wrote to the demo workspace`);
    }
  }
  expect(failures).toEqual([]);
});
