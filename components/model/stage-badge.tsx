const STAGE_STYLES: Record<number, string> = {
  1: "bg-sky-100 text-sky-900 border-sky-300",
  2: "bg-teal-100 text-teal-900 border-teal-300",
  3: "bg-indigo-100 text-indigo-900 border-indigo-300",
  4: "bg-violet-100 text-violet-900 border-violet-300",
};

export function StageBadge({ stage, label, large = false }: { stage: number; label: string; large?: boolean }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border font-medium ${STAGE_STYLES[stage] ?? "bg-slate-100"} ${
        large ? "px-4 py-1.5 text-lg" : "px-2 py-0.5 text-xs"
      }`}
    >
      <span aria-hidden="true">{stage}</span>
      {label}
    </span>
  );
}
