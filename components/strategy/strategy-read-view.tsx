import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { localize, parseCalendarDay, STRATEGY_ELEMENTS, type Locale, type Model, type StrategyContent } from "@/lib/curve";

/** A saved version as the client reads it: the written elements in order, the objectives as a table. */
export async function StrategyReadView({
  content,
  model,
  locale,
  headingLevel = 3,
}: {
  content: StrategyContent;
  model: Model;
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("strategy");
  const format = await getFormatter();
  const Heading = `h${headingLevel}` as "h2" | "h3";
  const dimensionName = new Map(model.dimensions.map((dimension) => [dimension.id, localize(dimension.name, locale)]));
  const dueText = (dueOn: string) => {
    const day = parseCalendarDay(dueOn);
    return day ? format.dateTime(day, { dateStyle: "medium", timeZone: "UTC" }) : "—";
  };
  return (
    <div className="space-y-5">
      {STRATEGY_ELEMENTS.map((element) => {
        if (element.id === "objectives") {
          if (content.objectives.length === 0) return null;
          return (
            <section key={element.id}>
              <Heading className="mb-2 font-semibold">{localize(element.title, locale)}</Heading>
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">{localize(element.title, locale)}</caption>
                  <thead>
                    <tr className="border-b border-slate-200">
                      {(["what", "kpi", "baseline", "target", "dueOn", "dimensionId"] as const).map((field) => (
                        <th key={field} scope="col" className="py-2 pr-3">
                          {t(`objectiveFields.${field === "dimensionId" ? "dimension" : field}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {content.objectives.map((objective) => (
                      <tr key={objective.id} className="border-b border-slate-100 align-top">
                        <td className="py-2 pr-3">{objective.what}</td>
                        <td className="py-2 pr-3">{objective.kpi || "—"}</td>
                        <td className="py-2 pr-3">{objective.baseline || "—"}</td>
                        <td className="py-2 pr-3">{objective.target || "—"}</td>
                        <td className="py-2 pr-3">{dueText(objective.dueOn)}</td>
                        <td className="py-2 pr-3">{dimensionName.get(objective.dimensionId) ?? "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          );
        }
        const text = content.sections[element.id]?.trim();
        if (!text) return null;
        return (
          <section key={element.id}>
            <Heading className="mb-1 font-semibold">{localize(element.title, locale)}</Heading>
            <p className="whitespace-pre-wrap text-slate-800">{text}</p>
          </section>
        );
      })}
    </div>
  );
}
