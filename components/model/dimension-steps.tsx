// The list of dimensions beside a wizard: where you are, how far each one is answered, and a
// jump to any of them. Used by the consultant's and the respondent's wizards.
import type { DimensionView } from "./model-view";

export type DimensionStep = { id: string; name: string; answered: number; total: number };

/** How many of each dimension's items are answered, and of all of them. */
export function answeredPerDimension(
  dimensions: DimensionView[],
  isAnswered: (itemId: string) => boolean,
): { steps: DimensionStep[]; answered: number; total: number } {
  const steps = dimensions.map((dimension) => ({
    id: dimension.id,
    name: dimension.name,
    answered: dimension.items.filter((item) => isAnswered(item.id)).length,
    total: dimension.items.length,
  }));
  return { steps, answered: steps.reduce((sum, step) => sum + step.answered, 0), total: steps.reduce((sum, step) => sum + step.total, 0) };
}

export function DimensionSteps({
  label,
  steps,
  current,
  onSelect,
  progressLabel,
}: {
  label: string;
  steps: DimensionStep[];
  current: number;
  onSelect: (index: number) => void;
  progressLabel: (answered: number, total: number) => string;
}) {
  return (
    <nav aria-label={label}>
      <ol className="space-y-1">
        {steps.map((entry, index) => (
          <li key={entry.id}>
            <button
              type="button"
              onClick={() => onSelect(index)}
              aria-current={index === current ? "step" : undefined}
              className={`flex w-full items-center justify-between rounded-md px-3 py-2 text-left text-sm ${
                index === current ? "bg-brand-600 text-white" : "bg-white hover:bg-slate-100"
              }`}
            >
              <span>{entry.name}</span>
              <span aria-label={progressLabel(entry.answered, entry.total)}>
                {entry.answered}/{entry.total}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
