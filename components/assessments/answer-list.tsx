import { getTranslations } from "@/lib/i18n/server";
import { scoreFormatters } from "@/components/ui/format";
import { localize, type ItemSpread, type Locale, type Model } from "@/lib/curve";
import type { AnswerRecord } from "@/lib/server/assessments";

/**
 * Every question of a completed assessment: the chosen option, notes, evidence links, whether it
 * was confirmed unchanged from the previous assessment, and the respondents' spread.
 */
export async function AnswerList({
  model,
  locale,
  answers,
  baseline,
  spread,
}: {
  model: Model;
  locale: Locale;
  answers: AnswerRecord[];
  /** The baseline's choices by item, when the assessment started from one. */
  baseline: Map<string, string> | null;
  spread: Map<string, ItemSpread>;
}) {
  const t = await getTranslations("results.answers");
  const { score } = scoreFormatters(locale);
  const byItem = new Map(answers.map((answer) => [answer.itemId, answer]));
  const stageName = (stage: number) => localize(model.stages[stage - 1]!.name, locale);
  if (answers.length === 0 && spread.size === 0) {
    // Imported history with only dimension scores.
    return (
      <section aria-labelledby="answers-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="answers-heading" className="mb-1 text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-slate-700">{t("dimensionLevel")}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="answers-heading" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="answers-heading" className="mb-1 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-4 text-sm text-slate-600">{t("intro")}</p>
      <div className="space-y-6">
        {model.dimensions.map((dimension) => (
          <section key={dimension.id} aria-labelledby={`answers-${dimension.id}`}>
            <h3 id={`answers-${dimension.id}`} className="font-semibold">
              {localize(dimension.name, locale)}
            </h3>
            <ol className="mt-2 space-y-3">
              {dimension.items.map((item) => {
                const answer = byItem.get(item.id);
                const option = answer?.optionId ? item.options.find((entry) => entry.id === answer.optionId) : undefined;
                const choice = answer && (answer.optionId || answer.skip) ? `${answer.optionId}|${answer.skip}` : null;
                const unchanged = baseline && choice && baseline.get(item.id) === choice;
                const itemSpread = spread.get(item.id);
                return (
                  <li key={item.id} data-answer={item.id} className="rounded-md border border-slate-100 p-3 text-sm">
                    <p className="font-medium">{localize(item.text, locale)}</p>
                    <p className="mt-1">
                      {option ? (
                        <>
                          <span className="font-semibold">{stageName(option.stage)}:</span> {localize(option.text, locale)}
                        </>
                      ) : answer?.skip ? (
                        <span className="italic">{t(`skip.${answer.skip}`)}</span>
                      ) : (
                        <span className="text-slate-600">{t("unanswered")}</span>
                      )}
                      {unchanged && <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{t("unchanged")}</span>}
                    </p>
                    {answer?.notes && (
                      <p className="mt-1 whitespace-pre-wrap text-slate-700">
                        <span className="font-medium">{t("notes")}:</span> {answer.notes}
                      </p>
                    )}
                    {answer && answer.evidenceLinks.length > 0 && (
                      <ul className="mt-1 space-y-0.5">
                        {answer.evidenceLinks.map((link) => (
                          <li key={link}>
                            <a href={link} rel="noopener noreferrer" target="_blank" className="break-all text-brand-700 underline">
                              {link}
                            </a>
                          </li>
                        ))}
                      </ul>
                    )}
                    {itemSpread && itemSpread.n > 0 && (
                      <p className="mt-1 text-slate-600">
                        {t("spread", { count: itemSpread.n, mean: score(itemSpread.mean), min: score(itemSpread.min), max: score(itemSpread.max) })}
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </div>
    </section>
  );
}
