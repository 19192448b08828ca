import type { LocalizedText, StageNumber } from "../model";
import type { StrategyElementId } from "../strategy";
import type { Sector, SizeBand } from "../vocabulary";

type ExampleObjective = {
  what: LocalizedText;
  kpi: LocalizedText;
  baseline: number;
  target: number;
  /** "By when", counted from the day the strategy is started from the example. */
  months: number;
  dimensionId: string;
};

export type StrategyExample = {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  sector: Sector;
  sizeBand: SizeBand;
  stage: StageNumber;
  /** Set when the example covers one channel only. */
  channel: string | null;
  sections: Partial<Record<Exclude<StrategyElementId, "objectives">, LocalizedText>>;
  objectives: ExampleObjective[];
};
