// The learning-curve model as versioned data: its schema, validation, import and export.
import { z } from "zod";

const STAGES = [1, 2, 3, 4] as const;
export type StageNumber = (typeof STAGES)[number];
export const STAGE_KEYS = ["emerging", "tactical", "integrated", "social"] as const;

const localizedText = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();
export type LocalizedText = z.infer<typeof localizedText>;
export type Locale = keyof LocalizedText;

const id = z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,79}$/, "ids are lower-case letters, digits, '_', '-' and '.'");
const stageNumber = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const weight = z.number().positive().max(100).default(1);

const optionSchema = z.object({ id, stage: stageNumber, text: localizedText }).strict();

const itemSchema = z
  .object({ id, text: localizedText, weight, options: z.array(optionSchema).length(4) })
  .strict()
  .superRefine((item, ctx) => {
    const stages = item.options.map((option) => option.stage).sort();
    if (stages.join() !== "1,2,3,4") {
      ctx.addIssue({ code: "custom", path: ["options"], message: "needs exactly one option anchored to each stage 1 to 4" });
    }
  });

const recommendationSchema = z.object({ id, stage: stageNumber, text: localizedText }).strict();

const dimensionSchema = z
  .object({
    id,
    name: localizedText,
    description: localizedText,
    weight,
    items: z.array(itemSchema).min(1),
    recommendations: z.array(recommendationSchema),
  })
  .strict()
  .superRefine((dimension, ctx) => {
    for (const stage of STAGES) {
      if (!dimension.recommendations.some((recommendation) => recommendation.stage === stage)) {
        ctx.addIssue({ code: "custom", path: ["recommendations"], message: `needs at least one recommendation for stage ${stage}` });
      }
    }
  });

const stageSchema = z.object({ stage: stageNumber, key: z.enum(STAGE_KEYS), name: localizedText, description: localizedText }).strict();

const modelSchema = z
  .object({
    id,
    version: z.number().int().positive(),
    name: localizedText,
    source: z.string().optional(),
    stages: z.array(stageSchema).length(4),
    thresholds: z.tuple([z.number(), z.number(), z.number()]),
    dimensions: z.array(dimensionSchema).min(1),
  })
  .strict()
  .superRefine((model, ctx) => {
    model.stages.forEach((stage, index) => {
      if (stage.stage !== index + 1 || stage.key !== STAGE_KEYS[index]) {
        ctx.addIssue({ code: "custom", path: ["stages", index], message: `must be stage ${index + 1} (${STAGE_KEYS[index]})` });
      }
    });
    const [a, b, c] = model.thresholds;
    if (!(1 < a && a < b && b < c && c < 4)) {
      ctx.addIssue({ code: "custom", path: ["thresholds"], message: "must rise strictly between 1 and 4" });
    }
    const seen = new Map<string, string>();
    const claim = (value: string, path: (string | number)[]) => {
      const where = path.join(".");
      if (seen.has(value)) ctx.addIssue({ code: "custom", path, message: `duplicate id "${value}" (also at ${seen.get(value)})` });
      else seen.set(value, where);
    };
    model.dimensions.forEach((dimension, d) => {
      claim(dimension.id, ["dimensions", d, "id"]);
      dimension.items.forEach((item, i) => {
        claim(item.id, ["dimensions", d, "items", i, "id"]);
        item.options.forEach((option, o) => claim(option.id, ["dimensions", d, "items", i, "options", o, "id"]));
      });
      dimension.recommendations.forEach((recommendation, r) => claim(recommendation.id, ["dimensions", d, "recommendations", r, "id"]));
    });
  });

export type Model = z.output<typeof modelSchema>;
type Dimension = Model["dimensions"][number];
type Item = Dimension["items"][number];
type AnswerOption = Item["options"][number];

type ModelProblem = { path: string; message: string };
export type ModelParseResult = { ok: true; model: Model } | { ok: false; problems: ModelProblem[] };

/** Validates a model document, naming every problem by its path. */
export function parseModel(input: unknown): ModelParseResult {
  const parsed = modelSchema.safeParse(input);
  if (parsed.success) return { ok: true, model: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({ path: issue.path.join(".") || "(model)", message: issue.message })),
  };
}

export function exportModel(model: Model): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}

export function importModel(json: string): ModelParseResult {
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [{ path: "(document)", message: `not JSON: ${(error as Error).message}` }] };
  }
  return parseModel(document);
}

/** The text in the given language. */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale];
}

/** The stage a position on the curve falls in, by the model's thresholds. */
export function stageOf(position: number, thresholds: Model["thresholds"]): StageNumber {
  return (1 + thresholds.filter((threshold) => position >= threshold).length) as StageNumber;
}

/** Fast look-ups into a model; built once per model object. */
export type ModelIndex = {
  items: Map<string, { item: Item; dimension: Dimension; options: Map<string, AnswerOption> }>;
  itemCount: number;
};

const indexes = new WeakMap<Model, ModelIndex>();

export function indexModel(model: Model): ModelIndex {
  let index = indexes.get(model);
  if (!index) {
    const items: ModelIndex["items"] = new Map();
    for (const dimension of model.dimensions) {
      for (const item of dimension.items) {
        items.set(item.id, { item, dimension, options: new Map(item.options.map((option) => [option.id, option])) });
      }
    }
    index = { items, itemCount: items.size };
    indexes.set(model, index);
  }
  return index;
}

/** The same model with only the given items (and the dimensions that keep at least one). */
export function restrictModel(model: Model, itemIds: ReadonlySet<string>): Model {
  return {
    ...model,
    dimensions: model.dimensions
      .map((dimension) => ({ ...dimension, items: dimension.items.filter((item) => itemIds.has(item.id)) }))
      .filter((dimension) => dimension.items.length > 0),
  };
}
