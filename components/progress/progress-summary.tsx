import { StageBadge } from "@/components/model/stage-badge";
import type { Locale } from "@/lib/curve";
import { progressText } from "./progress-text";
import type { ProgressView } from "./progress-view";

export function ChangeArrow({ change }: { change: number | null }) {
  if (change === null) return null;
  const symbol = change > 0.005 ? "▲" : change < -0.005 ? "▼" : "▬";
  const colour = change > 0.005 ? "text-green-700" : change < -0.005 ? "text-red-700" : "text-slate-500";
  return (
    <span aria-hidden="true" className={`mr-1 ${colour}`}>
      {symbol}
    </span>
  );
}

/** Where the organisation stands now, and how far it moved. */
export async function ProgressSummary({ view, locale }: { view: ProgressView; locale: Locale }) {
  const { t, score, change, day, stageName } = await progressText(view.model, locale);
  const { latest, first, analysis } = view;
  return (
    <div className="flex flex-wrap items-center gap-6" data-testid="progress-summary">
      <div>
        <p className="text-sm text-slate-600">{t("currentStage")}</p>
        {latest.stage && <StageBadge stage={latest.stage} label={stageName(latest.stage)} large />}
      </div>
      <div>
        <p className="text-sm text-slate-600">{t("position")}</p>
        <p className="text-3xl font-semibold">{score(latest.position)}</p>
      </div>
      <div>
        <p className="text-sm text-slate-600">{t("sincePrevious")}</p>
        <p className="text-xl font-medium">
          <ChangeArrow change={analysis.positionChange.sincePrevious} />
          {change(analysis.positionChange.sincePrevious)}
        </p>
      </div>
      <div>
        <p className="text-sm text-slate-600">{t("sinceFirst", { date: day(first.assessedOn) })}</p>
        <p className="text-xl font-medium">
          <ChangeArrow change={analysis.positionChange.sinceFirst} />
          {change(analysis.positionChange.sinceFirst)}
        </p>
      </div>
    </div>
  );
}
