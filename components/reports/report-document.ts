import "server-only";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/server";
import { stageBands } from "@/components/model/model-view";
import { progressView } from "@/components/progress/progress-view";
import {
  channelName,
  calendarDayOf,
  isActionOverdue,
  isoDay,
  localize,
  MIN_GROUP_RESPONDENTS,
  parseCalendarDay,
  STRATEGY_ELEMENTS,
  previousAndFirst,
  recommendNextSteps,
  shippedModels,
  stageOf,
  type Locale,
  type StageNumber,
} from "@/lib/curve";
import { reportFileName, type ReportBlock, type ReportDocument, type ReportSection } from "@/lib/reports/document";
import { learningCurveSvg, radarSvg, timelineSvg } from "@/lib/reports/svg-charts";
import { accentOf } from "@/lib/server/branding";
import { modelOf, scoreStoredAssessment } from "@/lib/server/assessments";
import type { ReportData } from "@/lib/server/report";

/**
 * shared: only what the client may see (notes when the organisation shares them); all: internal
 * notes too, marked as such, for the consultant's own use; none: no notes at all.
 */
export type NotesChoice = "shared" | "all" | "none";

/** The report as sections of plain blocks in one language; the renderers draw it as HTML, PDF or Word. */
export async function buildReport(data: ReportData, locale: Locale, notes: NotesChoice): Promise<ReportDocument> {
  const t = await getTranslations({ locale, namespace: "report" });
  const tp = await getTranslations({ locale, namespace: "progress" });
  const tr = await getTranslations({ locale, namespace: "results" });
  const trs = await getTranslations({ locale, namespace: "respond" });
  const tplan = await getTranslations({ locale, namespace: "plans" });
  const format = await getFormatter({ locale });
  const { organisation, latest } = data;
  const model = modelOf(latest);
  const latestModel = shippedModels.latest(model.id);
  const result = scoreStoredAssessment(latest);
  const view = progressView(model, data.completed, data.targets, data.pulses)!;
  const accent = accentOf(data.branding);

  const score = (value: number | null | undefined) => (value == null ? "—" : format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const signed = (value: number | null | undefined) =>
    value == null ? "—" : format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "exceptZero" });
  const day = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  const shortDay = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  const month = (value: Date) => format.dateTime(value, { month: "long", year: "numeric", timeZone: "UTC" });
  const tick = (value: number) => format.number(value);
  const stageName = (stage: number) => localize(model.stages[stage - 1]!.name, locale);
  const dimensionName = (id: string) => localize(model.dimensions.find((dimension) => dimension.id === id)?.name ?? { nl: id, en: id }, locale);
  const withInternalNotes = notes === "all" && organisation.notesInternal;
  const shareNotes = notes === "all" || (notes === "shared" && !organisation.notesInternal);
  const noteText = (text: string) =>
    !text || notes === "none" || !shareNotes ? null : notes === "all" && organisation.notesInternal ? t("dimensions.internalNote", { notes: text }) : text;
  const { previous, first } = previousAndFirst(data.completed, latest);
  const scopeText = latest.scope === "channel" ? t("scopeChannel", { channel: latest.channel ?? "" }) : t("scopeOrganisation");
  const target = view.targetPosition === null ? null : { position: view.targetPosition, label: tp("targetLabel", { position: score(view.targetPosition) }) };
  const bands = stageBands(model, locale);
  const targetOf = new Map(data.targets.map((entry) => [entry.dimensionId, entry]));

  // ——— Summary ———
  const stage = latest.stage as StageNumber;
  const forecast = view.analysis.forecast;
  const bottleneck = result.bottleneck;
  const summary: ReportBlock[] = [
    {
      kind: "facts",
      rows: [
        { label: t("summary.facts.stage"), value: stageName(stage) },
        { label: t("summary.facts.position"), value: score(latest.position) },
        { label: t("summary.facts.sincePrevious"), value: signed(view.analysis.positionChange.sincePrevious) },
        { label: t("summary.facts.sinceFirst"), value: signed(view.analysis.positionChange.sinceFirst) },
        { label: t("summary.facts.nextDue"), value: data.reassessment.due ? day(data.reassessment.due) : "—" },
      ],
    },
    { kind: "paragraph", text: t("summary.stage", { organisation: organisation.name, stage: stageName(stage), position: score(latest.position) }) },
    { kind: "paragraph", text: localize(model.stages[stage - 1]!.description, locale), tone: "muted" },
    {
      kind: "paragraph",
      text:
        previous && first
          ? t("summary.changes", {
              previous: shortDay(previous.assessedOn),
              sincePrevious: signed(view.analysis.positionChange.sincePrevious),
              first: shortDay(first.assessedOn),
              sinceFirst: signed(view.analysis.positionChange.sinceFirst),
            })
          : t("summary.onlyOne"),
    },
    { kind: "heading", text: t("summary.transitions") },
    view.analysis.transitions.length
      ? {
          kind: "list",
          items: view.analysis.transitions.map((entry) =>
            t("summary.transition", { date: day(entry.date), from: stageName(entry.from), to: stageName(entry.to) }),
          ),
        }
      : { kind: "paragraph", text: t("summary.noTransitions") },
    { kind: "heading", text: t("summary.pace") },
    {
      kind: "paragraph",
      text: [
        view.analysis.velocity ? tp("velocity", { perMonth: signed(view.analysis.velocity.perMonth), count: view.analysis.velocity.basedOn }) : "",
        forecast.status === "forecast"
          ? tp("forecast", {
              stage: stageName(forecast.nextStage),
              expected: month(forecast.expected),
              earliest: month(forecast.earliest),
              latest: month(forecast.latest),
            })
          : tp(`noForecast.${forecast.reason}`),
      ]
        .filter(Boolean)
        .join(" "),
    },
    ...(bottleneck
      ? ([
          { kind: "heading", text: t("summary.bottleneck") },
          {
            kind: "paragraph",
            text:
              bottleneck.heldBack.length > 0
                ? tr("heldBack", { dimensions: bottleneck.heldBack.map((entry) => dimensionName(entry.dimensionId)).join(", ") })
                : bottleneck.dimensionIds.length === result.explanation.scoredDimensionIds.length
                  ? tr("level", { score: score(bottleneck.score) })
                  : tr("lowest", { dimensions: bottleneck.dimensionIds.map(dimensionName).join(", "), score: score(bottleneck.score) }),
          },
        ] satisfies ReportBlock[])
      : []),
  ];

  // ——— Charts, each with its numbers ———
  const dimensionLabels = model.dimensions.map((dimension) => localize(dimension.name, locale));
  const radarSeries = [
    {
      label: tp("latestOn", { date: shortDay(view.latest.assessedOn) }),
      colour: accent,
      values: model.dimensions.map((dimension) => view.latest.dimensionScores[dimension.id] ?? null),
    },
    ...(view.previous
      ? [
          {
            label: tp("previousOn", { date: shortDay(view.previous.assessedOn) }),
            colour: "#0f766e",
            values: model.dimensions.map((dimension) => view.previous!.dimensionScores[dimension.id] ?? null),
          },
        ]
      : []),
    ...(view.first.id !== view.latest.id && view.first.id !== view.previous?.id
      ? [
          {
            label: tp("firstOn", { date: shortDay(view.first.assessedOn) }),
            colour: "#94a3b8",
            dashed: true,
            values: model.dimensions.map((dimension) => view.first.dimensionScores[dimension.id] ?? null),
          },
        ]
      : []),
    ...(data.targets.length
      ? [{ label: tp("target"), colour: "#b45309", dashed: true, values: model.dimensions.map((dimension) => targetOf.get(dimension.id)?.targetStage ?? null) }]
      : []),
  ];
  const charts: ReportBlock[] = [
    {
      kind: "chart",
      title: tp("curveTitle"),
      width: 640,
      height: 300,
      svg: learningCurveSvg({
        points: view.ordered.map((entry) => ({ position: entry.position!, label: shortDay(entry.assessedOn) })),
        bands,
        target,
        title: tp("curveTitle"),
        axis: tp("curveAxis"),
        tick,
        accent,
      }),
      table: {
        caption: tp("curveTableCaption"),
        headers: [tp("date"), tp("assessment"), tp("position"), tp("stage")],
        rows: [
          ...view.ordered.map((entry) => [shortDay(entry.assessedOn), entry.title, score(entry.position), entry.stage ? stageName(entry.stage) : "—"]),
          ...(target ? [["—", tp("target"), score(target.position), "—"]] : []),
        ],
      },
    },
    {
      kind: "chart",
      title: tp("timelineTitle"),
      width: 640,
      height: 270,
      svg: timelineSvg({
        entries: view.timeline.map((entry) => ({
          time: entry.on.getTime(),
          label: format.dateTime(entry.on, { month: "short", year: "2-digit", timeZone: "UTC" }),
          position: entry.position,
          pulse: entry.kind === "pulse",
        })),
        bands,
        target,
        title: tp("timelineTitle"),
        tick,
        accent,
        pulseLabel: tp("pulseMarker"),
      }),
      table: {
        caption: t("charts.timelineTable"),
        headers: [tp("date"), tp("kind"), tp("position")],
        rows: view.timeline.map((entry) => [shortDay(entry.on), entry.kind === "pulse" ? tp("pulseMarker") : tp("assessment"), score(entry.position)]),
      },
    },
    {
      kind: "chart",
      title: tp("radarTitle"),
      width: 640,
      height: 360,
      svg: radarSvg({ dimensions: dimensionLabels, series: radarSeries, title: tp("radarTitle"), tick }),
      table: {
        caption: t("charts.radarTable"),
        headers: [tp("dimension"), ...radarSeries.map((entry) => entry.label)],
        rows: dimensionLabels.map((label, index) => [label, ...radarSeries.map((entry) => score(entry.values[index]))]),
      },
    },
  ];

  // ——— Per dimension, every question ———
  const answers = new Map(latest.answers.map((answer) => [answer.itemId, answer]));
  // Imported history with only dimension scores has no answers to list.
  const dimensionLevel = latest.answers.length === 0;
  const dimensionBlocks: ReportBlock[] = result.dimensions.flatMap((dimension): ReportBlock[] => {
    const modelDimension = model.dimensions.find((entry) => entry.id === dimension.dimensionId)!;
    const targetEntry = targetOf.get(dimension.dimensionId);
    const change = view.analysis.dimensionChanges.find((entry) => entry.dimensionId === dimension.dimensionId)?.sincePrevious ?? null;
    return [
      { kind: "heading", text: localize(modelDimension.name, locale) },
      {
        kind: "paragraph",
        text:
          dimension.status === "not_applicable"
            ? t("dimensions.notApplicable")
            : t("dimensions.summary", {
                score: score(dimension.score),
                stage: dimension.stage ? stageName(dimension.stage) : tr("insufficientShort"),
                change: signed(change),
                target: targetEntry
                  ? `${stageName(targetEntry.targetStage)}${targetEntry.targetDate ? ` (${shortDay(targetEntry.targetDate)})` : ""}`
                  : t("dimensions.noTarget"),
              }),
      },
      ...(dimensionLevel ? [] : modelDimension.items).map((item): ReportBlock => {
        const answer = answers.get(item.id);
        const option = answer?.optionId ? item.options.find((entry) => entry.id === answer.optionId) : undefined;
        return {
          kind: "question",
          text: localize(item.text, locale),
          answer: option
            ? `${stageName(option.stage)}: ${localize(option.text, locale)}`
            : answer?.skip === "not_applicable"
              ? t("dimensions.notApplicableAnswer")
              : answer?.skip === "dont_know"
                ? t("dimensions.dontKnow")
                : t("dimensions.unanswered"),
          notes: noteText(answer?.notes ?? ""),
          links: answer?.evidenceLinks ?? [],
        };
      }),
    ];
  });

  // ——— Respondents ———
  const respondents = data.respondents;
  const group = (raterGroup: string) => trs(`raterGroups.${raterGroup}`);
  const respondentSection: ReportSection | null = respondents
    ? {
        id: "respondents",
        title: t("respondents.title"),
        blocks: [
          { kind: "paragraph", text: t("respondents.intro", { count: respondents.respondents, minimum: MIN_GROUP_RESPONDENTS }) },
          {
            kind: "table",
            caption: t("respondents.table"),
            firstColumnHeads: true,
            headers: [t("respondents.group"), t("respondents.count"), tp("position"), ...dimensionLabels],
            rows: [
              ...respondents.groups.map((entry) => ({ label: group(entry.raterGroup), count: entry.respondents, result: entry.result })),
              ...(respondents.pooledGroups?.result
                ? [
                    {
                      label: trs("pooledGroups", { groups: respondents.pooledGroups.raterGroups.map(group).join(", ") }),
                      count: respondents.pooledGroups.respondents,
                      result: respondents.pooledGroups.result,
                    },
                  ]
                : []),
              { label: t("respondents.everyone"), count: respondents.respondents, result: respondents.overall },
            ].map((row) => [
              row.label,
              String(row.count),
              row.result.position === null ? "—" : `${score(row.result.position)} (${stageName(stageOf(row.result.position, model.thresholds))})`,
              ...row.result.dimensions.map((entry) => score(entry.score)),
            ]),
          },
          { kind: "heading", text: t("respondents.gaps") },
          respondents.perceptionGaps.some((gap) => gap.flagged && gap.widest)
            ? {
                kind: "list",
                items: respondents.perceptionGaps
                  .filter((gap) => gap.flagged && gap.widest)
                  .map((gap) => {
                    const high = gap.groups.find((entry) => entry.raterGroup === gap.widest!.high)!;
                    const low = gap.groups.find((entry) => entry.raterGroup === gap.widest!.low)!;
                    return trs("gapSentence", {
                      dimension: dimensionName(gap.dimensionId),
                      high: group(high.raterGroup),
                      highStage: stageName(high.stage),
                      low: group(low.raterGroup),
                      lowStage: stageName(low.stage),
                      gap: score(gap.widest!.gap),
                    });
                  }),
              }
            : { kind: "paragraph", text: t("respondents.noGaps") },
        ],
      }
    : null;

  // ——— Next steps, the plan, the targets ———
  const recommendations = recommendNextSteps(
    model,
    result,
    Object.fromEntries(data.targets.map((entry) => [entry.dimensionId, entry.targetStage])) as Partial<Record<string, StageNumber>>,
  );
  const openActions = data.actions.filter((item) => item.status !== "DONE");
  const today = calendarDayOf(new Date());
  const next: ReportBlock[] = [
    { kind: "heading", text: t("next.recommendations") },
    recommendations.length
      ? {
          kind: "list",
          items: recommendations.flatMap((entry) => entry.steps.map((step) => `${localize(entry.name, locale)}: ${localize(step.text, locale)}`)),
        }
      : { kind: "paragraph", text: t("next.noRecommendations") },
    { kind: "heading", text: t("next.actions") },
    openActions.length
      ? {
          kind: "table",
          caption: t("next.actions"),
          headers: [t("next.action"), t("next.owner"), t("next.due"), t("next.status")],
          rows: openActions.map((item) => [
            item.title,
            item.ownerName || "—",
            item.dueDate ? `${shortDay(item.dueDate)}${isActionOverdue(item, today) ? ` (${tplan("overdue")})` : ""}` : "—",
            tplan(`statuses.${item.status}`),
          ]),
        }
      : { kind: "paragraph", text: t("next.noActions") },
    { kind: "heading", text: t("next.targets") },
    data.targets.length
      ? {
          kind: "table",
          caption: t("next.targets"),
          headers: [t("next.dimension"), t("next.targetStage"), t("next.targetDate")],
          rows: model.dimensions.flatMap((dimension) => {
            const entry = targetOf.get(dimension.id);
            return entry ? [[localize(dimension.name, locale), stageName(entry.targetStage), entry.targetDate ? shortDay(entry.targetDate) : "—"]] : [];
          }),
        }
      : { kind: "paragraph", text: t("next.noTargets") },
    { kind: "paragraph", text: data.reassessment.due ? t("next.reassessment", { date: day(data.reassessment.due) }) : t("next.noReassessment") },
  ];

  // ——— The strategy: the shared version of each, never the internal notes ———
  const tstrategy = await getTranslations({ locale, namespace: "strategy" });
  const strategyBlocks: ReportBlock[] = data.strategies.flatMap((strategy) => [
    {
      kind: "heading" as const,
      text: strategy.channel ? tstrategy("channelStrategy", { channel: channelName(strategy.channel) }) : tstrategy("wholeOrganisation"),
    },
    { kind: "paragraph" as const, text: tstrategy("portalVersion", { number: strategy.number, date: day(strategy.savedOn) }), tone: "muted" as const },
    ...STRATEGY_ELEMENTS.flatMap((element): ReportBlock[] => {
      const title = localize(element.title, locale);
      if (element.id === "objectives") {
        if (strategy.content.objectives.length === 0) return [];
        const fields = ["what", "kpi", "baseline", "target", "dueOn", "dimensionId"] as const;
        return [
          { kind: "heading", text: title },
          {
            kind: "table",
            caption: title,
            headers: fields.map((field) => tstrategy(`objectiveFields.${field === "dimensionId" ? "dimension" : field}`)),
            rows: strategy.content.objectives.map((objective) => [
              objective.what,
              objective.kpi || "—",
              objective.baseline || "—",
              objective.target || "—",
              parseCalendarDay(objective.dueOn) ? shortDay(parseCalendarDay(objective.dueOn)!) : "—",
              objective.dimensionId ? dimensionName(objective.dimensionId) : "—",
            ]),
          },
        ];
      }
      const text = strategy.content.sections[element.id]?.trim();
      return text
        ? [
            { kind: "heading", text: title },
            { kind: "paragraph", text },
          ]
        : [];
    }),
  ]);

  // ——— About the model ———
  const appendix: ReportBlock[] = [
    { kind: "paragraph", text: t("appendix.intro", { model: latestModel.id, version: model.version }) },
    { kind: "heading", text: t("appendix.stages") },
    {
      kind: "table",
      caption: t("appendix.stages"),
      firstColumnHeads: true,
      headers: [tp("stage"), t("appendix.description")],
      rows: model.stages.map((entry) => [`${entry.stage}. ${localize(entry.name, locale)}`, localize(entry.description, locale)]),
    },
    { kind: "heading", text: t("appendix.dimensions") },
    {
      kind: "table",
      caption: t("appendix.dimensions"),
      firstColumnHeads: true,
      headers: [tp("dimension"), t("appendix.description")],
      rows: model.dimensions.map((entry) => [localize(entry.name, locale), localize(entry.description, locale)]),
    },
    { kind: "heading", text: t("appendix.scoring") },
    { kind: "paragraph", text: t("appendix.itemScore") },
    { kind: "paragraph", text: t("appendix.dimensionScore") },
    { kind: "paragraph", text: t("appendix.position") },
    {
      kind: "paragraph",
      text: t("appendix.thresholds", {
        a: tick(model.thresholds[0]),
        b: tick(model.thresholds[1]),
        c: tick(model.thresholds[2]),
        s1: stageName(1),
        s2: stageName(2),
        s3: stageName(3),
        s4: stageName(4),
      }),
    },
    { kind: "paragraph", text: t("appendix.bottleneck") },
    { kind: "paragraph", text: t("appendix.forecast") },
    { kind: "paragraph", text: t("appendix.cite"), tone: "muted" },
  ];

  const organisationNotes = noteText(organisation.notes);
  const sections: ReportSection[] = [
    {
      id: "summary",
      title: t("summary.title"),
      blocks: [...summary, ...(organisationNotes ? [{ kind: "paragraph" as const, text: organisationNotes, tone: "note" as const }] : [])],
    },
    { id: "charts", title: t("charts.title"), blocks: charts, breakBefore: true },
    {
      id: "dimensions",
      title: t("dimensions.title"),
      blocks: [...(dimensionLevel ? [{ kind: "paragraph" as const, text: t("dimensions.dimensionLevel"), tone: "muted" as const }] : []), ...dimensionBlocks],
      breakBefore: true,
    },
    ...(respondentSection ? [respondentSection] : []),
    { id: "next", title: t("next.title"), blocks: next, breakBefore: true },
    ...(strategyBlocks.length ? [{ id: "strategy", title: t("strategyTitle"), blocks: strategyBlocks, breakBefore: true }] : []),
    { id: "appendix", title: t("appendix.title"), blocks: appendix, breakBefore: true },
  ];

  const consultant = organisation.responsibleConsultant?.name ?? latest.authorName;
  return {
    lang: locale,
    title: t("title", { organisation: organisation.name }),
    // A report with internal notes says so on its cover and in its name, so that it is not sent to the client by mistake.
    fileName: reportFileName([organisation.name, t("fileName"), isoDay(latest.assessedOn), ...(withInternalNotes ? [t("internalFileName")] : [])]),
    clientName: organisation.name,
    branding: {
      name: data.branding.name,
      logo: data.branding.logo ? { type: data.branding.logo.type, base64: Buffer.from(data.branding.logo.bytes).toString("base64") } : null,
      accent,
      footer: data.branding.reportFooter,
    },
    cover: {
      kicker: t("kicker"),
      title: organisation.name,
      lines: [
        ...(withInternalNotes ? [t("internalCover")] : []),
        t("coverAssessment", { date: day(latest.assessedOn), scope: scopeText }),
        ...(consultant ? [t("coverConsultant", { name: consultant })] : []),
        t("coverBy", { consultancy: data.branding.name, date: day(new Date()) }),
      ],
    },
    sections,
    pageLabel: { page: t("page"), of: t("of") },
  };
}
