"use client";

import type { DimensionView } from "./model-view";

type Skip = "not_applicable" | "dont_know";
export type RubricChoice = { optionId: string } | { skip: Skip } | null;

/** One question's four stage-anchored options and the two ways to skip it, as radios. */
export function RubricChoices({
  name,
  options,
  stageNames,
  selected,
  onChoose,
  skipLabel,
  disabled = false,
  children,
}: {
  name: string;
  options: DimensionView["items"][number]["options"];
  stageNames: Record<number, string>;
  selected: string;
  onChoose: (choice: RubricChoice) => void;
  skipLabel: (skip: Skip) => string;
  disabled?: boolean;
  /** Shown after the skip options, e.g. a way to clear the answer. */
  children?: React.ReactNode;
}) {
  return (
    <>
      {options.map((option) => (
        <label
          key={option.id}
          className={`flex cursor-pointer gap-3 rounded-md border p-3 ${selected === option.id ? "border-brand-600 bg-brand-50" : "border-slate-200 hover:bg-slate-50"}`}
        >
          <input
            type="radio"
            name={name}
            value={option.id}
            checked={selected === option.id}
            disabled={disabled}
            onChange={() => onChoose({ optionId: option.id })}
            className="mt-1"
          />
          <span>
            <span className="block text-xs font-semibold tracking-wide text-slate-600 uppercase">{stageNames[option.stage]}</span>
            {option.text}
          </span>
        </label>
      ))}
      <div className="flex flex-wrap gap-4 pt-1 text-sm">
        {(["not_applicable", "dont_know"] as const).map((skip) => (
          <label key={skip} className="flex items-center gap-2">
            <input type="radio" name={name} value={skip} checked={selected === skip} disabled={disabled} onChange={() => onChoose({ skip })} />
            {skipLabel(skip)}
          </label>
        ))}
        {children}
      </div>
    </>
  );
}
