import { localize, type Locale, type Model } from "@/lib/curve";

/** The model's texts in one language, as plain props for client components. */
export type DimensionView = {
  id: string;
  name: string;
  description: string;
  items: { id: string; text: string; options: { id: string; stage: number; text: string }[] }[];
};

export function dimensionViews(model: Model, locale: Locale): DimensionView[] {
  return model.dimensions.map((dimension) => ({
    id: dimension.id,
    name: localize(dimension.name, locale),
    description: localize(dimension.description, locale),
    items: dimension.items.map((item) => ({
      id: item.id,
      text: localize(item.text, locale),
      options: item.options.map((option) => ({ id: option.id, stage: option.stage, text: localize(option.text, locale) })),
    })),
  }));
}

export function stageNames(model: Model, locale: Locale): Record<number, string> {
  return Object.fromEntries(model.stages.map((stage) => [stage.stage, localize(stage.name, locale)]));
}

export function dimensionNames(model: Model, locale: Locale): Record<string, string> {
  return Object.fromEntries(model.dimensions.map((dimension) => [dimension.id, localize(dimension.name, locale)]));
}

/** The four stage bands on the 1–4 scale, by the model's thresholds, for the charts. */
export function stageBands(model: Model, locale: Locale): { from: number; to: number; label: string }[] {
  const edges = [1, ...model.thresholds, 4];
  return model.stages.map((stage, index) => ({ from: edges[index]!, to: edges[index + 1]!, label: localize(stage.name, locale) }));
}
