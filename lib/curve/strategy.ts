// The elements of a client's social media strategy and which of them to write first, decided
// by the latest assessment's stage and bottleneck (the seed text's "what to write first").
import type { LocalizedText, Model, StageNumber } from "./model";
import { scoreDimensionLevel } from "./scoring";
import type { SizeBand } from "./vocabulary";

export const STRATEGY_ELEMENT_IDS = [
  "brand-promise",
  "goal",
  "objectives",
  "measurability",
  "audiences",
  "channels",
  "frequency",
  "follow-up",
  "tone-of-voice",
  "response-time",
  "swot",
  "listening",
  "roles",
  "action-plan",
  "employee-guidelines",
  "advocacy",
] as const;
export type StrategyElementId = (typeof STRATEGY_ELEMENT_IDS)[number];

export type StrategyElement = { id: StrategyElementId; title: LocalizedText; guidance: LocalizedText };

export const STRATEGY_ELEMENTS: readonly StrategyElement[] = [
  {
    id: "brand-promise",
    title: { nl: "Merkbelofte", en: "Brand promise" },
    guidance: {
      nl: "Wat mag iedereen die u op sociale media volgt altijd van u verwachten? Eén of twee zinnen, in de woorden van uw klanten.",
      en: "What can everyone who follows you on social media always expect from you? One or two sentences, in your customers' words.",
    },
  },
  {
    id: "goal",
    title: { nl: "Doel", en: "Goal" },
    guidance: {
      nl: "Eén zin: waarom bent u op sociale media? Verbind het met een doel van de organisatie, zoals meer klanten, een betere naam of nieuwe medewerkers.",
      en: "One sentence: why are you on social media? Tie it to a goal of the organisation, such as more customers, a better name or new staff.",
    },
  },
  {
    id: "objectives",
    title: { nl: "Subdoelen (SMART)", en: "Objectives (SMART)" },
    guidance: {
      nl: "Maak het doel meetbaar: wat, hoeveel, wanneer, met welke KPI, vanaf welk beginpunt naar welk streefgetal, en welke dimensie van de curve het vooruit helpt.",
      en: "Make the goal measurable: what, how much, by when, with which KPI, from which baseline to which target, and which dimension of the curve it moves.",
    },
  },
  {
    id: "measurability",
    title: { nl: "Meetbaarheid", en: "Measurability" },
    guidance: {
      nl: "Welke KPI's volgt u, hoe en hoe vaak meet u ze, en wie rapporteert aan wie?",
      en: "Which KPIs do you follow, how and how often are they measured, and who reports to whom?",
    },
  },
  {
    id: "audiences",
    title: { nl: "Doelgroepen", en: "Target audiences" },
    guidance: {
      nl: "Wie wilt u bereiken en waar zijn zij op sociale media? Breng de sociale markt in kaart: platforms, groepen, gesprekken, concurrenten.",
      en: "Who do you want to reach and where are they on social media? Map the social market: platforms, groups, conversations, competitors.",
    },
  },
  {
    id: "channels",
    title: { nl: "Kanalen en hun rol", en: "Channels and their role" },
    guidance: {
      nl: "Per kanaal: waarvoor zet u het in (inspireren, informeren, klantenservice, werven) en wie is de eigenaar?",
      en: "Per channel: what is it for (inspire, inform, customer service, recruit) and who owns it?",
    },
  },
  {
    id: "frequency",
    title: { nl: "Publicatiefrequentie", en: "Posting frequency" },
    guidance: {
      nl: "Hoe vaak plaatst u per kanaal? Kies wat u vol kunt houden, ook in drukke weken.",
      en: "How often do you post per channel? Choose what you can keep up, busy weeks included.",
    },
  },
  {
    id: "follow-up",
    title: { nl: "Opvolging en webcare", en: "Follow-up and webcare" },
    guidance: {
      nl: "Wie reageert op vragen en klachten, wie neemt het over als die persoon er niet is, en wanneer schaalt u op?",
      en: "Who answers questions and complaints, who takes over when that person is away, and when do you escalate?",
    },
  },
  {
    id: "tone-of-voice",
    title: { nl: "Tone of voice", en: "Tone of voice" },
    guidance: {
      nl: "Hoe klinkt u? Een paar do's en don'ts, met een voorbeeld van een goed bericht en een goed antwoord.",
      en: "How do you sound? A few do's and don'ts, with an example of a good post and a good reply.",
    },
  },
  {
    id: "response-time",
    title: { nl: "Reactietijd", en: "Response time" },
    guidance: {
      nl: "Binnen welke tijd reageert u per kanaal, bijvoorbeeld binnen 4 werkuren op Instagram en binnen 1 werkdag op LinkedIn?",
      en: "How soon do you reply per channel, for example within 4 working hours on Instagram and within 1 working day on LinkedIn?",
    },
  },
  {
    id: "swot",
    title: { nl: "SWOT", en: "SWOT" },
    guidance: {
      nl: "Sterktes, zwaktes, kansen en bedreigingen van uw organisatie op sociale media: een eerlijk beginpunt voordat u keuzes maakt.",
      en: "Strengths, weaknesses, opportunities and threats of your organisation on social media: an honest starting point before choosing.",
    },
  },
  {
    id: "listening",
    title: { nl: "Luisteren", en: "Listening" },
    guidance: {
      nl: "Hoe hoort u wat er over u en uw vakgebied gezegd wordt: feeds, alerts, een monitoringtool, en wie kijkt er wanneer naar?",
      en: "How do you hear what is said about you and your field: feeds, alerts, a monitoring tool, and who looks at it when?",
    },
  },
  {
    id: "roles",
    title: { nl: "Rollen over afdelingen heen", en: "Roles across departments" },
    guidance: {
      nl: "Wie is sponsor, wie social media manager, en wat doen marketing, communicatie, klantenservice, HR en sales elk?",
      en: "Who is the sponsor, who the social media manager, and what do marketing, communication, customer service, HR and sales each do?",
    },
  },
  {
    id: "action-plan",
    title: { nl: "Plan", en: "Plan" },
    guidance: {
      nl: "De stappen van dit jaar, gekoppeld aan de subdoelen: wat, wie, wanneer.",
      en: "This year's steps, tied to the objectives: what, who, when.",
    },
  },
  {
    id: "employee-guidelines",
    title: { nl: "Richtlijnen voor medewerkers", en: "Employee guidelines" },
    guidance: {
      nl: "Een kort, ongeschreven kader in plaats van regels: wat medewerkers namens of over de organisatie kunnen delen, en bij wie ze terechtkunnen.",
      en: "A short, unwritten framework rather than rules: what employees can share for or about the organisation, and whom they can ask.",
    },
  },
  {
    id: "advocacy",
    title: { nl: "Ambassadeurs", en: "Advocacy" },
    guidance: {
      nl: "Hoe helpt u medewerkers en klanten om uw verhaal uit zichzelf te vertellen, en hoe bedankt u ze?",
      en: "How do you help employees and customers tell your story of their own accord, and how do you thank them?",
    },
  },
];

const ELEMENT_BY_ID = new Map(STRATEGY_ELEMENTS.map((element) => [element.id, element]));

export function strategyElement(id: StrategyElementId): StrategyElement {
  return ELEMENT_BY_ID.get(id)!;
}

/** What the seed text puts first at each stage, most urgent first. */
const FIRST_BY_STAGE: Record<StageNumber, readonly StrategyElementId[]> = {
  1: ["swot", "audiences", "listening", "goal", "brand-promise"],
  2: ["channels", "tone-of-voice", "frequency", "response-time", "measurability"],
  3: ["goal", "objectives", "measurability", "roles", "action-plan"],
  4: ["employee-guidelines", "advocacy", "listening", "follow-up"],
};

/** The elements that move a dimension held back as the bottleneck. */
const FIRST_FOR_BOTTLENECK: Record<string, readonly StrategyElementId[]> = {
  ownership: ["roles", "follow-up"],
  strategy: ["goal", "objectives", "action-plan"],
  listening: ["listening", "audiences"],
  presence: ["channels", "frequency"],
  integration: ["roles", "follow-up"],
  culture: ["employee-guidelines", "tone-of-voice"],
  measurement: ["measurability", "objectives"],
};

/** The source article's elements for a very small business or one channel. */
const LIGHTER_FORM: readonly StrategyElementId[] = [
  "brand-promise",
  "goal",
  "objectives",
  "measurability",
  "audiences",
  "channels",
  "frequency",
  "follow-up",
  "tone-of-voice",
  "response-time",
];

export type StrategyContext = {
  /** The latest completed assessment's stage; null before the first one. */
  stage: StageNumber | null;
  bottleneckDimensionIds: readonly string[];
  sizeBand: SizeBand | null;
  /** The assessment's (or strategy's) scope: a whole organisation or one channel. */
  scope: "organisation" | "channel";
};

export type StrategyPlan = {
  lighterForm: boolean;
  /** Write these first, in this order. */
  next: StrategyElementId[];
  /** Useful, but these can wait. */
  later: StrategyElementId[];
  /** Left out of the lighter form; a consultant may still add them. */
  optional: StrategyElementId[];
};

/**
 * Orders every element into next / later / optional. Bottleneck elements come first (the
 * bottleneck holds the organisation back), then the stage's own; before any assessment the
 * Emerging stage's order applies.
 */
export function planStrategy(context: StrategyContext): StrategyPlan {
  const lighterForm = context.sizeBand === "1-9" || context.scope === "channel";
  const applicable = new Set<StrategyElementId>(
    lighterForm ? LIGHTER_FORM.filter((id) => !(context.scope === "channel" && id === "channels")) : STRATEGY_ELEMENT_IDS,
  );
  const stage = context.stage ?? 1;
  const wanted = [...context.bottleneckDimensionIds.flatMap((dimensionId) => FIRST_FOR_BOTTLENECK[dimensionId] ?? []), ...FIRST_BY_STAGE[stage]];
  const next = unique(wanted.filter((id) => applicable.has(id)));
  if (next.length === 0) next.push(...STRATEGY_ELEMENT_IDS.filter((id) => applicable.has(id)).slice(0, 3));
  const chosen = new Set(next);
  return {
    lighterForm,
    next,
    later: STRATEGY_ELEMENT_IDS.filter((id) => applicable.has(id) && !chosen.has(id)),
    optional: STRATEGY_ELEMENT_IDS.filter((id) => !applicable.has(id)),
  };
}

/**
 * The plan for a strategy from the latest completed assessment (none yet: null), the
 * organisation's size and the strategy's channel ("" for the whole organisation).
 */
export function planStrategyFromAssessment(
  model: Model,
  latest: { stage: number | null; scope: string; dimensionScores: Readonly<Record<string, number | null>> } | undefined,
  sizeBand: string,
  channel: string,
): { plan: StrategyPlan; bottleneck: string[] } {
  const bottleneck = latest ? (scoreDimensionLevel(model, latest.dimensionScores).bottleneck?.dimensionIds ?? []) : [];
  const plan = planStrategy({
    stage: (latest?.stage ?? null) as StageNumber | null,
    bottleneckDimensionIds: bottleneck,
    sizeBand: sizeBand as SizeBand,
    scope: channel || latest?.scope === "channel" ? "channel" : "organisation",
  });
  return { plan, bottleneck };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
