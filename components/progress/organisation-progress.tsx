import { getTranslations } from "@/lib/i18n/server";
import type { Locale } from "@/lib/curve";
import { ChangeSection } from "./change-section";
import { CurveSection } from "./curve-section";
import { ProgressSummary } from "./progress-summary";
import type { ProgressView } from "./progress-view";
import { RadarSection } from "./radar-section";
import { TimelineSection } from "./timeline-section";

/** The whole picture consultants show clients: where the organisation stands and how it moves. */
export async function OrganisationProgress({ view, locale }: { view: ProgressView | null; locale: Locale }) {
  if (!view) return <p className="text-slate-700">{(await getTranslations("progress"))("empty")}</p>;
  return (
    <div className="space-y-8">
      <ProgressSummary view={view} locale={locale} />
      <CurveSection view={view} locale={locale} />
      <TimelineSection view={view} locale={locale} />
      <div className="grid gap-8 lg:grid-cols-2">
        <RadarSection view={view} locale={locale} />
        <ChangeSection view={view} locale={locale} />
      </div>
    </div>
  );
}
