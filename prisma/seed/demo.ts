// The demo workspace every fresh install starts with. It goes through the data layer, so the
// demo data carries the same audit trail as data entered by hand.
import { db } from "@/lib/server/db";
import { signUpWorkspaceOwner } from "@/lib/server/accounts";
import { completeAssessment, startAssessment } from "@/lib/server/assessments";
import { createOrganisation, setOrganisationArchived } from "@/lib/server/organisations";
import { createActionItem, setActionItemStatus, setReassessmentCadence, setTargets } from "@/lib/server/plans";
import { hashPassword } from "@/lib/server/secrets";
import type { WorkspaceScope } from "@/lib/server/scope";
import {
  addCalendarMonths,
  calendarDayOf,
  pulseModel,
  strategyExample,
  strategyFromExample,
  shippedModels,
  SMICIKLAS_MODEL_ID,
  type Channel,
  type StageNumber,
} from "@/lib/curve";
import { setClientSwitch } from "@/lib/server/client-access";
import { recordPulse } from "@/lib/server/pulses";
import { createRespondent, saveRespondentAnswer, submitRespondentAnswers } from "@/lib/server/respondents";
import { organisationInputSchema } from "@/components/organisations/schemas";
import { createStrategy, saveStrategyField, saveStrategyVersion, setStrategyVersionShared } from "@/lib/server/strategies";

export const DEMO_PASSWORD = "curvewise-demo";
export const DEMO_OWNER_EMAIL = "demo@curvewise.example";
export const DEMO_CONSULTANT_EMAIL = "sam@curvewise.example";
export const DEMO_CLIENT_EMAIL = "client@curvewise.example";
export const DEMO_CLIENT_ORGANISATION = "Bakkerij Van Dam";
export const DEMO_INTERNAL_NOTE = "Intern: eigenaar twijfelt over het budget voor een planner.";
export const DEMO_SECOND_CLIENT_EMAIL = "client2@curvewise.example";
export const DEMO_SECOND_CLIENT_ORGANISATION = "Hotel De Zeeuwse Kust";
const DEMO_ROUND_ORGANISATION = "Zorggroep Rivierenland";

type DemoOrganisation = {
  name: string;
  sector: string;
  sizeBand: string;
  country: string;
  website?: string;
  tags?: string;
  notes?: string;
  notesShared?: "on";
  archived?: boolean;
  /** How the organisation moved over its assessments. */
  story: "climbs" | "stalls" | "falls_back" | "new";
  start: number;
  assessments: number;
  cadence?: 3 | 6 | 12;
};

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: "Gemeente Zuiderveen",
    sector: "government",
    sizeBand: "1000+",
    country: "NL",
    website: "https://www.zuiderveen.example",
    tags: "retainer, randstad",
    notes: "Communicatieafdeling wil van losse acties naar een social-mediaplan.",
    story: "climbs",
    start: 1.6,
    assessments: 8,
    cadence: 6,
  },
  {
    name: "Provincie Westland-Noord",
    sector: "government",
    sizeBand: "250-999",
    country: "NL",
    tags: "pilot",
    story: "stalls",
    start: 1.9,
    assessments: 6,
    cadence: 6,
  },
  {
    name: "Hogeschool Amstelland",
    sector: "education",
    sizeBand: "1000+",
    country: "NL",
    website: "https://www.hs-amstelland.example",
    tags: "retainer",
    story: "climbs",
    start: 2.0,
    assessments: 10,
    cadence: 3,
  },
  {
    name: "Basisschool De Regenboog",
    sector: "education",
    sizeBand: "10-49",
    country: "NL",
    tags: "pro bono",
    story: "climbs",
    start: 1.1,
    assessments: 4,
    cadence: 12,
  },
  {
    name: "Zorggroep Rivierenland",
    sector: "healthcare",
    sizeBand: "1000+",
    country: "NL",
    tags: "retainer",
    notes: "Executive sponsor: bestuurder zorg. Let op privacyregels bij webcare.",
    story: "climbs",
    start: 2.2,
    assessments: 9,
    cadence: 6,
  },
  {
    name: "Fysiotherapie In Beweging",
    sector: "healthcare",
    sizeBand: "1-9",
    country: "NL",
    tags: "mkb",
    story: "stalls",
    start: 1.3,
    assessments: 5,
    cadence: 12,
  },
  {
    name: DEMO_CLIENT_ORGANISATION,
    sector: "retail",
    sizeBand: "10-49",
    country: "NL",
    website: "https://www.bakkerijvandam.example",
    tags: "mkb, instagram",
    notes: "Focus op Instagram; eigenaar plaatst zelf.",
    story: "climbs",
    start: 1.3,
    assessments: 7,
    cadence: 3,
  },
  { name: "Fietsenwinkel De Ketting", sector: "retail", sizeBand: "1-9", country: "NL", tags: "mkb", story: "climbs", start: 1.0, assessments: 3, cadence: 12 },
  {
    name: "Spaarbank Oost",
    sector: "finance",
    sizeBand: "250-999",
    country: "NL",
    tags: "retainer",
    story: "falls_back",
    start: 2.3,
    assessments: 8,
    cadence: 6,
  },
  {
    name: "Brightlane Software",
    sector: "technology",
    sizeBand: "50-249",
    country: "BE",
    website: "https://brightlane.example",
    tags: "scale-up",
    story: "climbs",
    start: 2.4,
    assessments: 6,
    cadence: 3,
  },
  {
    name: "Metaalwerk Twente",
    sector: "manufacturing",
    sizeBand: "50-249",
    country: "NL",
    tags: "b2b",
    story: "stalls",
    start: 1.5,
    assessments: 5,
    cadence: 12,
  },
  {
    name: "Stichting Groen Doet Goed",
    sector: "nonprofit",
    sizeBand: "10-49",
    country: "NL",
    tags: "pro bono",
    story: "climbs",
    start: 1.4,
    assessments: 4,
    cadence: 6,
  },
  {
    name: DEMO_SECOND_CLIENT_ORGANISATION,
    sector: "hospitality",
    sizeBand: "50-249",
    country: "NL",
    tags: "instagram",
    notes: "Welkom! Hier ziet u hoe het hotel groeit op de leercurve. Vragen? Mail Demi.",
    notesShared: "on",
    story: "climbs",
    start: 1.7,
    assessments: 6,
    cadence: 6,
  },
  { name: "Omroep Midden", sector: "media", sizeBand: "250-999", country: "NL", tags: "retainer", story: "climbs", start: 2.6, assessments: 7, cadence: 6 },
  {
    name: "Kramer Juridisch Advies",
    sector: "professional_services",
    sizeBand: "10-49",
    country: "NL",
    tags: "b2b",
    archived: true,
    story: "stalls",
    start: 1.8,
    assessments: 3,
  },
];

/**
 * Seeds the demo workspace; does nothing when the database already holds a workspace. A seed
 * that fails half-way is removed again, so the next start can try afresh.
 */
export async function seedDemoWorkspaceIfEmpty(): Promise<boolean> {
  if ((await db.workspace.count()) > 0) return false;
  try {
    await seedDemoWorkspace();
  } catch (error) {
    await db.workspace.deleteMany({ where: { memberships: { some: { user: { email: DEMO_OWNER_EMAIL } } } } });
    await db.user.deleteMany({ where: { email: { in: [DEMO_OWNER_EMAIL, DEMO_CONSULTANT_EMAIL, DEMO_CLIENT_EMAIL, DEMO_SECOND_CLIENT_EMAIL] } } });
    throw error;
  }
  return true;
}

async function seedDemoWorkspace(): Promise<void> {
  const owner = await signUpWorkspaceOwner({
    name: "Demi de Vries",
    workspaceName: "Groeipad Advies",
    email: DEMO_OWNER_EMAIL,
    password: DEMO_PASSWORD,
  });
  if (!owner.ok) throw new Error(`demo owner: ${JSON.stringify(owner.fieldErrors)}`);
  const membership = await db.membership.findUniqueOrThrow({
    where: { userId: owner.value.userId },
    select: { workspaceId: true },
  });
  const scope = { workspaceId: membership.workspaceId, userId: owner.value.userId };

  const consultant = await db.user.create({
    data: {
      email: DEMO_CONSULTANT_EMAIL,
      name: "Sam Jansen",
      passwordHash: await hashPassword(DEMO_PASSWORD),
      membership: { create: { workspaceId: scope.workspaceId, role: "CONSULTANT" } },
    },
    select: { id: true },
  });

  const organisationIds = new Map<string, string>();
  for (const [index, demo] of DEMO_ORGANISATIONS.entries()) {
    const responsibleConsultantId = index % 3 === 1 ? consultant.id : scope.userId;
    const channels = Object.fromEntries(channelsFor(demo).map((channel) => [`channel.${channel}`, "on"]));
    const input = organisationInputSchema.parse({ website: "", notes: "", tags: "", ...demo, ...channels, responsibleConsultantId });
    const created = await createOrganisation(scope, input);
    if (!created.ok) throw new Error(`demo organisation ${demo.name}: ${JSON.stringify(created.fieldErrors)}`);
    organisationIds.set(demo.name, created.value.id);
  }
  for (const [index, demo] of DEMO_ORGANISATIONS.entries()) {
    const organisationId = organisationIds.get(demo.name)!;
    await seedHistory(scope, organisationId, demo, index);
    if (demo.cadence) await setReassessmentCadence(scope, organisationId, demo.cadence);
    if (demo.archived) await setOrganisationArchived(scope, organisationId, true);
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const clientOf = async (email: string, name: string, organisationName: string) => {
    const organisationId = organisationIds.get(organisationName)!;
    const user = await db.user.create({
      data: { email, name, passwordHash, membership: { create: { workspaceId: scope.workspaceId, role: "CLIENT", organisationId } } },
      select: { id: true },
    });
    return { workspaceId: scope.workspaceId, userId: user.id, organisationId };
  };
  const bakery = await clientOf(DEMO_CLIENT_EMAIL, "Kim van Dam", DEMO_CLIENT_ORGANISATION);
  await clientOf(DEMO_SECOND_CLIENT_EMAIL, "Noor Bakker", DEMO_SECOND_CLIENT_ORGANISATION);
  await setClientSwitch(scope, bakery.organisationId, "clientsMayCompleteActions", true);
  await seedPulses(bakery);
  await seedRespondentRound(scope, organisationIds.get(DEMO_ROUND_ORGANISATION)!);
  await seedStrategies(scope, organisationIds);
}

export const DEMO_STRATEGY_CHANGE =
  "Drie berichten per week (dinsdag, donderdag, zaterdag), elke bakdag een story van de ovens om 7 uur, en op vrijdag een reel van het weekendbrood.";

/**
 * The bakery's Instagram strategy, started from the worked example, changed once and shared
 * with its client viewer (two versions to compare); the municipality's, saved but not shared.
 */
async function seedStrategies(scope: WorkspaceScope, organisationIds: Map<string, string>) {
  const today = calendarDayOf(new Date());
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  const rules = { today, dimensionIds: model.dimensions.map((dimension) => dimension.id) };
  const start = async (organisationName: string, exampleId: string, channel: string) => {
    const content = strategyFromExample(strategyExample(exampleId)!, "nl", today);
    const created = await createStrategy(scope, organisationIds.get(organisationName)!, { channel, exampleId, ...content });
    if (!created.ok) throw new Error(`demo strategy ${organisationName}: ${created.reason}`);
    const saved = await saveStrategyVersion(scope, created.id, rules);
    if (!saved.ok) throw new Error(`demo strategy ${organisationName}: ${saved.reason}`);
    return created.id;
  };
  const bakery = await start(DEMO_CLIENT_ORGANISATION, "bakery-instagram", "instagram");
  await saveStrategyField(scope, bakery, { kind: "section", elementId: "frequency" }, DEMO_STRATEGY_CHANGE);
  await saveStrategyField(scope, bakery, { kind: "notes" }, "Intern: planner pas na de zomer voorstellen.");
  const second = await saveStrategyVersion(scope, bakery, rules);
  if (!second.ok) throw new Error(`demo strategy bakery: ${second.reason}`);
  const versions = await db.strategyVersion.findMany({ where: { strategyId: bakery, number: second.number }, select: { id: true } });
  await setStrategyVersionShared(scope, bakery, versions[0]!.id, true);
  await start("Gemeente Zuiderveen", "municipality", "");
}

/** Two pulse check-ins since the bakery's latest assessment, answered by its client viewer. */
async function seedPulses(viewer: WorkspaceScope & { organisationId: string }) {
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T09:00:00Z`);
  for (const [daysAgo, stage] of [
    [40, 2],
    [12, 3],
  ] as const) {
    const answers = pulseModel(model).dimensions.map((dimension, index) => {
      const item = dimension.items[0]!;
      return { itemId: item.id, optionId: item.options[Math.min(3, stage - 1 + (index % 3 === 0 ? 1 : 0))]!.id };
    });
    const recorded = await recordPulse(viewer, answers, new Date(today.getTime() - daysAgo * 86_400_000));
    if (!recorded.ok) throw new Error(`demo pulse: ${recorded.reason}`);
  }
}

/** A draft with a round of respondents: leadership sees the organisation further along than staff. */
async function seedRespondentRound(scope: WorkspaceScope, organisationId: string) {
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const started = await startAssessment(scope, organisationId, {
    title: "Herbeoordeling met het team",
    assessedOn: today,
    scope: "organisation",
    channel: null,
    baseline: false,
  });
  if (!started.ok) throw new Error(`demo round: ${started.reason}`);
  const respondents = [
    { name: "Bestuurder zorg", raterGroup: "leadership", stage: 3, submit: true },
    { name: "", raterGroup: "leadership", stage: 3, submit: true },
    { name: "Manager zorgteams", raterGroup: "leadership", stage: 3, submit: true },
    { name: "Fatima El Idrissi", raterGroup: "social_media_team", stage: 3, submit: true },
    { name: "", raterGroup: "social_media_team", stage: 2, submit: true },
    { name: "", raterGroup: "staff", stage: 2, submit: true },
    { name: "", raterGroup: "staff", stage: 1, submit: true },
    { name: "Anouk Visser", raterGroup: "staff", stage: 2, submit: true },
    { name: "Pieter de Graaf", raterGroup: "staff", stage: 2, submit: false },
  ] as const;
  for (const [number, respondent] of respondents.entries()) {
    const link = await createRespondent(scope, started.id, { name: respondent.name, raterGroup: respondent.raterGroup });
    if (!link) throw new Error("demo respondent");
    const items = model.dimensions.flatMap((dimension) => dimension.items);
    for (const [index, item] of items.entries()) {
      if (!respondent.submit && index > 8) break;
      const stage = Math.min(4, Math.max(1, respondent.stage + ((index + number) % 5 === 0 ? 1 : 0)));
      await saveRespondentAnswer(link.token, { itemId: item.id, choice: { optionId: item.options[stage - 1]!.id } });
    }
    if (respondent.submit) await submitRespondentAnswers(link.token);
  }
}

// A small deterministic generator, so every fresh install gets the same demo.
function generator(seed: number) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

// Dimensions usually run ahead of or behind the organisation's overall position.
const DIMENSION_LEAN: Record<string, number> = {
  ownership: 0.2,
  strategy: -0.1,
  listening: 0.1,
  presence: 0.45,
  integration: -0.3,
  culture: -0.15,
  measurement: -0.35,
};

function positionsFor(demo: DemoOrganisation): number[] {
  return Array.from({ length: demo.assessments }, (_, index) => {
    const progress = index / Math.max(1, demo.assessments - 1);
    if (demo.story === "climbs") return demo.start + progress * Math.min(1.6, 0.28 * demo.assessments);
    if (demo.story === "stalls") return demo.start + Math.min(index, 2) * 0.15;
    // Climbs for two thirds of the way, then falls back (a new board, the social media manager left).
    return index < (demo.assessments * 2) / 3
      ? demo.start + index * 0.2
      : demo.start + 0.2 * (demo.assessments * 0.66) - (index - demo.assessments * 0.66) * 0.35;
  });
}

/** The channels a demo organisation is on, by the kind of organisation it is. */
function channelsFor(demo: DemoOrganisation): Channel[] {
  if (demo.name === DEMO_CLIENT_ORGANISATION) return ["instagram", "facebook"];
  if (demo.sector === "government") return ["linkedin", "facebook", "x", "website"];
  if (demo.sector === "retail" || demo.sector === "hospitality") return ["instagram", "facebook", "website"];
  if (demo.sector === "healthcare") return ["facebook", "linkedin", "website"];
  return ["linkedin", "website"];
}

/**
 * A note on the strategy question: the first assessment's, and on the bakery's latest one a note
 * that stays internal (the bakery shares no notes), which its client's report must leave out.
 */
function noteFor(demo: DemoOrganisation, number: number): string {
  if (number === 0) return "Nog geen plan; wel losse campagnes.";
  if (demo.name === DEMO_CLIENT_ORGANISATION && number === demo.assessments - 1) return DEMO_INTERNAL_NOTE;
  return "";
}

async function seedHistory(scope: WorkspaceScope, organisationId: string, demo: DemoOrganisation, index: number) {
  const model = shippedModels.latest(SMICIKLAS_MODEL_ID);
  const random = generator(1000 + index * 97);
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const positions = positionsFor(demo);
  // Spread over the last two years, the latest one to three months ago.
  const monthsBack = (assessment: number) => Math.round(24 - (assessment * (22 - (index % 3))) / Math.max(1, demo.assessments - 1));
  for (const [number, position] of positions.entries()) {
    const assessedOn = addCalendarMonths(today, -monthsBack(number));
    const channel = demo.name === DEMO_CLIENT_ORGANISATION && number === 2;
    const started = await startAssessment(scope, organisationId, {
      title: channel ? "Instagram-scan" : number === 0 ? "Nulmeting" : `Herbeoordeling ${number}`,
      assessedOn,
      scope: channel ? "channel" : "organisation",
      channel: channel ? "Instagram" : null,
      baseline: false,
    });
    if (!started.ok) throw new Error(`demo assessment for ${demo.name}: ${started.reason}`);
    const answers = model.dimensions.flatMap((dimension) =>
      dimension.items.map((item, itemIndex) => {
        const roll = random();
        // Now and then the last question of a dimension gets "don't know", never enough to starve it.
        if (roll < 0.08 && itemIndex === dimension.items.length - 1) return { itemId: item.id, skip: "dont_know", optionId: null };
        const stage = Math.min(4, Math.max(1, Math.round(position + DIMENSION_LEAN[dimension.id]! + (random() - 0.5) * 1.1))) as StageNumber;
        return { itemId: item.id, optionId: item.options[stage - 1]!.id, skip: null };
      }),
    );
    await db.assessmentAnswer.createMany({
      data: answers.map((answer) => ({
        assessmentId: started.id,
        itemId: answer.itemId,
        optionId: answer.optionId,
        skip: answer.skip,
        notes: answer.itemId === "strategy.plan" ? noteFor(demo, number) : "",
      })),
    });
    const completedOn = new Date(assessedOn.getTime() + 2 * 86_400_000);
    const completed = await completeAssessment(scope, { assessmentId: started.id, baseRevision: 1 }, completedOn);
    if (!completed.ok) throw new Error(`demo assessment for ${demo.name} did not complete: ${completed.reason}`);
  }
  // A client since its first assessment, as a consultant who enters earlier work would record it.
  if (positions.length > 0) {
    await db.organisation.update({ where: { id: organisationId }, data: { createdAt: addCalendarMonths(today, -monthsBack(0) - 1) } });
  }
  if (demo.story === "new") return;

  if (index % 2 === 0 && !demo.archived) {
    const targetDate = addCalendarMonths(today, 9);
    await setTargets(
      scope,
      organisationId,
      model.dimensions.map((dimension) => ({
        dimensionId: dimension.id,
        targetStage: Math.min(4, Math.max(2, Math.round(positions.at(-1)! + 1))) as StageNumber,
        targetDate: dimension.id === "measurement" || dimension.id === "strategy" ? targetDate : null,
      })),
    );
  }
  const actions = [
    { title: "SWOT-analyse van social media maken", dimensionId: "strategy", ownerName: "Marketing", due: -20, status: "DONE" as const },
    { title: "Webalerts instellen voor merknaam en sector", dimensionId: "listening", ownerName: "Communicatie", due: -10, status: "IN_PROGRESS" as const },
    { title: "Social-mediaplan koppelen aan jaarplan", dimensionId: "strategy", ownerName: "Directie", due: 45, status: "OPEN" as const },
    { title: "Maandelijkse rapportage met trends invoeren", dimensionId: "measurement", ownerName: "Social media manager", due: 75, status: "OPEN" as const },
  ];
  for (const [number, action] of actions.entries()) {
    if ((index + number) % 3 === 2) continue;
    const id = await createActionItem(scope, organisationId, {
      title: action.title,
      dimensionId: action.dimensionId,
      ownerName: action.ownerName,
      dueDate: new Date(today.getTime() + action.due * 86_400_000),
      recommendationId: null,
    });
    if (id && action.status !== "OPEN") await setActionItemStatus(scope, id, action.status);
  }
}
