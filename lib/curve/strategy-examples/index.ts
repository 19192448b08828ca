// Worked-out strategies a consultant can start from or read beside the field being written.
// Clients read these too: each is a believable organisation, not a template with blanks.
import { bakeryOnInstagram } from "./bakery";
import { municipality } from "./municipality";
import { elderlyCare } from "./healthcare";
import { pumpManufacturer } from "./manufacturer";
import type { StrategyExample } from "./types";

export type { StrategyExample } from "./types";

export const STRATEGY_EXAMPLES: readonly StrategyExample[] = [bakeryOnInstagram, municipality, elderlyCare, pumpManufacturer];

export function strategyExample(id: string): StrategyExample | null {
  return STRATEGY_EXAMPLES.find((example) => example.id === id) ?? null;
}
