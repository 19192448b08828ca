import { z } from "zod";
import { OBJECTIVE_FIELDS, STRATEGY_ELEMENT_IDS, STRATEGY_EXAMPLES, STRATEGY_FIELD_HARD_MAX } from "@/lib/curve";
import { recordId, text, trimmed } from "@/lib/actions/fields";
import type { StrategyField } from "@/lib/server/strategies";

/** How a strategy begins: the stage template, an empty page or one of the worked examples. */
const STRATEGY_STARTS = ["template", "blank", ...STRATEGY_EXAMPLES.map((example) => example.id)] as const;

export const startStrategySchema = z.object({
  // "" is the whole organisation; a channel is checked against the organisation's channels.
  channel: z.preprocess(trimmed, z.string().max(40)),
  start: z.preprocess(trimmed, z.enum(STRATEGY_STARTS, { error: "invalidChoice" })),
});

/** A field of the draft as the page names it: "section:goal", "notes", "example", "objective:<id>:target". */
export function strategyFieldOf(key: string): StrategyField | null {
  if (key === "notes" || key === "example") return { kind: key };
  const [kind, first, second] = key.split(":");
  if (kind === "section" && first && (STRATEGY_ELEMENT_IDS as readonly string[]).includes(first)) return { kind: "section", elementId: first };
  if (kind === "objective" && first && second && (OBJECTIVE_FIELDS as readonly string[]).includes(second)) {
    return { kind: "objective", objectiveId: first, name: second as (typeof OBJECTIVE_FIELDS)[number] };
  }
  return null;
}

export const saveStrategyFieldSchema = z.object({
  strategyId: recordId,
  key: z.string().max(120),
  // Longer than any field may be is refused by the data layer with a message, not here.
  value: z.preprocess(text, z.string().max(STRATEGY_FIELD_HARD_MAX + 1)),
});

export const strategyTargetSchema = z.object({ strategyId: recordId });
export const objectiveTargetSchema = z.object({ strategyId: recordId, objectiveId: recordId });
export const versionShareSchema = z.object({
  organisationId: recordId,
  strategyId: recordId,
  versionId: recordId,
  shared: z.enum(["yes", "no"]),
});
export const strategyDeleteSchema = z.object({ organisationId: recordId, strategyId: recordId });
