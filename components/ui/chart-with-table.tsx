// A chart with its numbers: every chart has a table beside it that says the same.
export function ChartWithTable({
  id,
  title,
  intro,
  chart,
  table,
  showTableLabel,
  level = 3,
}: {
  id: string;
  title: string;
  intro?: string;
  chart: React.ReactNode;
  table: React.ReactNode;
  showTableLabel: string;
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </Heading>
      {intro && <p className="mb-2 text-sm text-slate-600">{intro}</p>}
      {chart}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">{showTableLabel}</summary>
        <div className="mt-2">{table}</div>
      </details>
    </section>
  );
}
