import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { DataTable } from "@/components/ui/table";
import { closeRoundAction, inviteRespondentAction, revokeRespondentAction, setReminderDaysAction } from "./actions";
import { scoreFormatters } from "@/components/ui/format";
import { InviteRespondentForm } from "./invite-respondent-form";
import { ReminderDaysForm } from "./reminder-days-form";
import { localize, MIN_GROUP_RESPONDENTS, RATER_GROUPS, stageOf, type Locale, type Model, type RespondentAnalysis } from "@/lib/curve";
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
  mail,
}: {
  organisationId: string;
  assessmentId: string;
  round: Round;
  analysis: RespondentAnalysis | null;
  model: Model;
  locale: Locale;
  mail: { defaultLocale: Locale; mailConfigured: boolean };
}) {
  const t = await getTranslations("respond");
  const tc = await getTranslations("confirm");
  const format = await getFormatter();
  const { score: number } = scoreFormatters(locale);
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
        <h2 id="respondents-heading" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="font-medium" data-testid="respondent-progress">
          {t("progress", { responded: round.responded, invited })}
        </p>
      </div>
      <p className="text-sm text-slate-700">
        {round.open ? t("introOpen") : round.closedAt ? t("closedOn", { date: format.dateTime(round.closedAt, { dateStyle: "long" }) }) : t("introClosed")}
      </p>

      {round.respondents.length > 0 && (
        <DataTable
          caption={t("listCaption")}
          rows={round.respondents}
          rowKey={(respondent) => respondent.id}
          rowAttributes={(respondent) => ({ "data-respondent-status": respondent.status })}
          columns={[
            { header: t("respondent"), cell: (respondent) => respondent.name || t("anonymous") },
            { header: t("raterGroupLabel"), cell: (respondent) => group(respondent.raterGroup) },
            { header: t("emailColumn"), cell: (respondent) => respondent.email ?? t("linkByHand") },
            {
              header: t("statusLabel"),
              cell: (respondent) => (
                <>
                  {t(`status.${respondent.status}`, { answered: respondent.answered })}
                  {respondent.remindedAt && (
                    <span className="block text-xs text-slate-600">
                      {t("remindedOn", { date: format.dateTime(respondent.remindedAt, { dateStyle: "medium" }) })}
                    </span>
                  )}
                </>
              ),
            },
            {
              header: <span className="sr-only">{t("actions")}</span>,
              className: "text-right",
              cell: (respondent) =>
                round.open &&
                respondent.status === "open" && (
                  <form action={revokeRespondentAction}>
                    {hidden}
                    <input type="hidden" name="respondentId" value={respondent.id} />
                    <ConfirmButton
                      className={smallButton}
                      ariaLabel={t("revokeFor", { name: respondent.name || t("anonymous") })}
                      title={tc("revokeRespondentTitle", { name: respondent.name || t("anonymous") })}
                      message={tc("revokeRespondentMessage")}
                      confirmLabel={tc("revokeRespondentConfirm")}
                      cancelLabel={tc("cancel")}
                    >
                      {t("revoke")}
                    </ConfirmButton>
                  </form>
                ),
            },
          ]}
        />
      )}

      {round.open && (
        <>
          <InviteRespondentForm
            action={inviteRespondentAction.bind(null, organisationId, assessmentId)}
            raterGroups={RATER_GROUPS.map((value) => ({ value, label: group(value) }))}
            defaultLocale={mail.defaultLocale}
            mailConfigured={mail.mailConfigured}
          />
          <div className="border-t border-slate-100 pt-4">
            <ReminderDaysForm action={setReminderDaysAction.bind(null, organisationId, assessmentId)} days={round.reminderDays} />
          </div>
          {round.respondents.length > 0 && (
            <form action={closeRoundAction} className="border-t border-slate-100 pt-4">
              {hidden}
              <ConfirmButton
                className={smallButton}
                title={tc("closeRoundTitle")}
                message={tc("closeRoundMessage")}
                confirmLabel={tc("closeRoundConfirm")}
                cancelLabel={tc("cancel")}
              >
                {t("closeRound")}
              </ConfirmButton>
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

          <DataTable
            caption={t("groupsTitle")}
            showCaption
            testId="rater-group-table"
            rows={[
              ...analysis.groups.map((entry) => ({ label: group(entry.raterGroup), respondents: entry.respondents, result: entry.result })),
              ...(analysis.pooledGroups?.result
                ? [
                    {
                      label: t("pooledGroups", { groups: analysis.pooledGroups.raterGroups.map(group).join(", ") }),
                      respondents: analysis.pooledGroups.respondents,
                      result: analysis.pooledGroups.result,
                    },
                  ]
                : []),
              { label: t("everyone"), respondents: analysis.respondents, result: analysis.overall },
            ]}
            rowKey={(row) => row.label}
            columns={[
              { header: t("raterGroupLabel"), rowHeader: true, cell: (row) => row.label },
              { header: t("respondentsCount"), cell: (row) => row.respondents },
              {
                header: t("position"),
                cell: (row) =>
                  row.result.position === null ? "—" : `${number(row.result.position)} (${stageName(stageOf(row.result.position, model.thresholds))})`,
              },
              ...model.dimensions.map((dimension) => ({
                header: localize(dimension.name, locale),
                cell: (row: { result: RespondentAnalysis["overall"] }) =>
                  number(row.result.dimensions.find((entry) => entry.dimensionId === dimension.id)?.score),
              })),
            ]}
          />

          {analysis.pooledGroups && (
            <p className="text-sm text-slate-700" data-testid="pooled-groups">
              {t(analysis.pooledGroups.result ? "pooledNote" : "hiddenNote", {
                minimum: MIN_GROUP_RESPONDENTS,
                groups: analysis.pooledGroups.raterGroups.map(group).join(", "),
              })}
            </p>
          )}

          <details className="text-sm">
            <summary className="cursor-pointer font-medium text-brand-700">{t("spreadTitle")}</summary>
            <div className="mt-2">
              <DataTable
                caption={t("spreadTitle")}
                testId="item-spread-table"
                rows={analysis.items}
                rowKey={(item) => item.itemId}
                rowAttributes={(item) => ({ className: item.spread !== null && item.spread >= 2 ? "bg-amber-50" : "" })}
                columns={[
                  { header: t("question"), cell: (item) => itemText.get(item.itemId) ?? item.itemId },
                  { header: t("answers"), cell: (item) => item.n },
                  { header: t("mean"), cell: (item) => number(item.mean) },
                  { header: t("lowest"), cell: (item) => number(item.min) },
                  { header: t("highest"), cell: (item) => number(item.max) },
                  { header: t("spread"), cell: (item) => number(item.spread) },
                  { header: t("skipped"), cell: (item) => item.notApplicable + item.dontKnow },
                ]}
              />
            </div>
          </details>
        </div>
      )}
    </section>
  );
}
