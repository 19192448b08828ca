import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { localize, type Locale, type Model } from "@/lib/curve";
import { scoreFormatters } from "@/components/ui/format";

/** The translations, number and date formats and model names every progress section uses. */
export async function progressText(model: Model, locale: Locale) {
  const t = await getTranslations("progress");
  const format = await getFormatter();
  return {
    t,
    format,
    ...scoreFormatters(locale),
    month: (value: Date) => format.dateTime(value, { month: "long", year: "numeric", timeZone: "UTC" }),
    shortMonth: (value: Date) => format.dateTime(value, { month: "short", year: "2-digit", timeZone: "UTC" }),
    stageName: (stage: number) => localize(model.stages[stage - 1]!.name, locale),
    dimensionName: (id: string) => localize(model.dimensions.find((dimension) => dimension.id === id)?.name ?? { nl: id, en: id }, locale),
    dimensions: model.dimensions.map((dimension) => ({ id: dimension.id, label: localize(dimension.name, locale) })),
  };
}
