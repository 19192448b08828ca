import { getFormatter, getTranslations } from "next-intl/server";
import { closeRoundAction, inviteRespondentAction, revokeRespondentAction } from "@/app/(workspace)/workspace/organisations/[id]/assessments/respondent-actions";
import { scoreFormatters } from "@/components/format";
import { InviteRespondentForm } from "./invite-respondent-form";
import { localize, RATER_GROUPS, stageOf, type Locale, type Model, type RespondentAnalysis } from "@/lib/curve";
import type { RespondentRound as Round } from "@/lib/server/respondents";

const smallButton = "rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100";

/** Respondent links for one assessment, their progress, and what they answered together. */
export async function RespondentRound({
  organisationId,
  assessmentId,
  round,
  analysis,
  model,
  locale,
}: {
  organisationId: string;
  assessmentId: string;
  round: Round;
  analysis: RespondentAnalysis | null;
  model: Model;
  locale: Locale;
}) {
  const t = await getTranslations("respond");
  const format = await getFormatter();
  const { score: number } = scoreFormatters(format);
  const group = (raterGroup: string) => t(`raterGroups.${raterGroup}`);
  const stageName = (stage: number) => localize(model.stages[stage - 1]!.name, locale);
  const dimensionName = (id: string) => localize(model.dimensions.find((dimension) => dimension.id === id)?.name ?? { nl: id, en: id }, locale);
  const itemText = new Map(model.dimensions.flatMap((dimension) => dimension.items.map((item) => [item.id, localize(item.text, locale)] as const)));
  const hidden = (
    <>
      <input type="hidden" name="organisationId" value={organisationId} />
      <input type="hidden" name="assessmentId" value={assessmentId} />
    </>
  );
  const invited = round.respondents.filter((respondent) => respondent.status !== "revoked").length;

  return (
    <section aria-labelledby="respondents-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="respondents-heading" className="text-lg font-semibold">{t("title")}</h2>
        <p className="font-medium" data-testid="respondent-progress">{t("progress", { responded: round.responded, invited })}</p>
      </div>
      <p className="text-sm text-slate-700">{round.open ? t("introOpen") : round.closedAt ? t("closedOn", { date: format.dateTime(round.closedAt, { dateStyle: "long" }) }) : t("introClosed")}</p>

      {round.respondents.length > 0 && (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("listCaption")}</caption>
          <thead className="text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3">{t("respondent")}</th>
              <th scope="col" className="py-1 pr-3">{t("raterGroupLabel")}</th>
              <th scope="col" className="py-1 pr-3">{t("statusLabel")}</th>
              <th scope="col" className="py-1">
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {round.respondents.map((respondent) => (
              <tr key={respondent.id} className="border-t border-slate-100" data-respondent-status={respondent.status}>
                <td className="py-1 pr-3">{respondent.name || t("anonymous")}</td>
                <td className="py-1 pr-3">{group(respondent.raterGroup)}</td>
                <td className="py-1 pr-3">{t(`status.${respondent.status}`, { answered: respondent.answered })}</td>
                <td className="py-1 text-right">
                  {round.open && respondent.status === "open" && (
                    <form action={revokeRespondentAction}>
                      {hidden}
                      <input type="hidden" name="respondentId" value={respondent.id} />
                      <button type="submit" className={smallButton} aria-label={t("revokeFor", { name: respondent.name || t("anonymous") })}>{t("revoke")}</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {round.open && (
        <>
          <InviteRespondentForm action={inviteRespondentAction.bind(null, organisationId, assessmentId)} raterGroups={RATER_GROUPS.map((value) => ({ value, label: group(value) }))} />
          {round.respondents.length > 0 && (
            <form action={closeRoundAction} className="border-t border-slate-100 pt-4">
              {hidden}
              <button type="submit" className={smallButton}>{t("closeRound")}</button>
              <p className="mt-1 text-sm text-slate-600">{t("closeRoundHint")}</p>
            </form>
          )}
        </>
      )}

      {analysis && (
        <div className="space-y-6 border-t border-slate-100 pt-4">
          <h3 className="text-lg font-semibold">{t("resultsTitle", { count: analysis.respondents })}</h3>

          <div>
            <h4 className="mb-2 font-semibold">{t("gapsTitle")}</h4>
            {analysis.perceptionGaps.some((gap) => gap.flagged) ? (
              <ul className="list-disc space-y-1 pl-5" data-testid="perception-gaps">
                {analysis.perceptionGaps
                  .filter((gap) => gap.flagged && gap.widest)
                  .map((gap) => {
                    const high = gap.groups.find((entry) => entry.raterGroup === gap.widest!.high)!;
                    const low = gap.groups.find((entry) => entry.raterGroup === gap.widest!.low)!;
                    return (
                      <li key={gap.dimensionId}>
                        {t("gapSentence", {
                          dimension: dimensionName(gap.dimensionId),
                          high: group(high.raterGroup),
                          highStage: stageName(high.stage),
                          low: group(low.raterGroup),
                          lowStage: stageName(low.stage),
                          gap: number(gap.widest!.gap),
                        })}
                      </li>
                    );
                  })}
              </ul>
            ) : (
              <p className="text-sm text-slate-700">{analysis.groups.length < 2 ? t("gapsNeedTwoGroups") : t("noGaps")}</p>
            )}
          </div>

          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="rater-group-table">
              <caption className="mb-2 text-left font-semibold">{t("groupsTitle")}</caption>
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-1 pr-3">{t("raterGroupLabel")}</th>
                  <th scope="col" className="py-1 pr-3">{t("respondentsCount")}</th>
                  <th scope="col" className="py-1 pr-3">{t("position")}</th>
                  {model.dimensions.map((dimension) => (
                    <th key={dimension.id} scope="col" className="py-1 pr-3">{localize(dimension.name, locale)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...analysis.groups.map((entry) => ({ label: group(entry.raterGroup), respondents: entry.respondents, result: entry.result })), { label: t("everyone"), respondents: analysis.respondents, result: analysis.overall }].map((row) => (
                  <tr key={row.label} className="border-t border-slate-100">
                    <th scope="row" className="py-1 pr-3 font-medium">{row.label}</th>
                    <td className="py-1 pr-3">{row.respondents}</td>
                    <td className="py-1 pr-3">{row.result.position === null ? "—" : `${number(row.result.position)} (${stageName(stageOf(row.result.position, model.thresholds))})`}</td>
                    {row.result.dimensions.map((dimension) => (
                      <td key={dimension.dimensionId} className="py-1 pr-3">{number(dimension.score)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <details className="text-sm">
            <summary className="cursor-pointer font-medium text-brand-700">{t("spreadTitle")}</summary>
            <div className="overflow-x-auto">
              <table className="mt-2 w-full text-left" data-testid="item-spread-table">
                <caption className="sr-only">{t("spreadTitle")}</caption>
                <thead className="text-slate-600">
                  <tr>
                    <th scope="col" className="py-1 pr-3">{t("question")}</th>
                    <th scope="col" className="py-1 pr-3">{t("answers")}</th>
                    <th scope="col" className="py-1 pr-3">{t("mean")}</th>
                    <th scope="col" className="py-1 pr-3">{t("lowest")}</th>
                    <th scope="col" className="py-1 pr-3">{t("highest")}</th>
                    <th scope="col" className="py-1 pr-3">{t("spread")}</th>
                    <th scope="col" className="py-1">{t("skipped")}</th>
                  </tr>
                </thead>
                <tbody>
                  {analysis.items.map((item) => (
                    <tr key={item.itemId} className={`border-t border-slate-100 ${item.spread !== null && item.spread >= 2 ? "bg-amber-50" : ""}`}>
                      <td className="py-1 pr-3">{itemText.get(item.itemId) ?? item.itemId}</td>
                      <td className="py-1 pr-3">{item.n}</td>
                      <td className="py-1 pr-3">{number(item.mean)}</td>
                      <td className="py-1 pr-3">{number(item.min)}</td>
                      <td className="py-1 pr-3">{number(item.max)}</td>
                      <td className="py-1 pr-3">{number(item.spread)}</td>
                      <td className="py-1">{item.notApplicable + item.dontKnow}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </div>
      )}
    </section>
  );
}
