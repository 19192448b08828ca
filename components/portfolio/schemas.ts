import { z } from "zod";
import { CHANNELS, PORTFOLIO_SORTS, SECTORS } from "@/lib/curve";
import type { PortfolioQuery } from "@/lib/server/portfolio";

const optionalText = (max: number) => z.string().max(max).optional().catch(undefined);

/** The portfolio's filters and sort, from the URL; anything odd falls back to the default. */
export const portfolioQuerySchema: z.ZodType<PortfolioQuery, unknown> = z.object({
  q: z.string().max(200).catch("").default(""),
  sector: z.enum(SECTORS).optional().catch(undefined),
  stage: z.coerce.number().int().min(1).max(4).optional().catch(undefined),
  tag: optionalText(30),
  consultant: optionalText(64),
  overdue: z.enum(["1"]).optional().catch(undefined),
  channel: z.enum(CHANNELS).optional().catch(undefined),
  sort: z.enum(PORTFOLIO_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/** The portfolio's URL parameters: its filters, sort and page. */
const PORTFOLIO_PARAMETERS = ["q", "sector", "stage", "tag", "consultant", "overdue", "channel", "sort", "dir", "page"] as const;

/** The portfolio's query from URL parameters as a page or a route handler gets them. */
export function portfolioQueryFrom(read: (key: string) => string | undefined): PortfolioQuery {
  return portfolioQuerySchema.parse(Object.fromEntries(PORTFOLIO_PARAMETERS.map((key) => [key, read(key) || undefined])));
}

export const COMPARE_MAX = 8;
export const compareAlignmentSchema = z.enum(["calendar", "since_first"]).catch("calendar");

/** Organisation ids from `?ids=a,b` or `?ids=a&ids=b`; trimmed, de-duplicated, in order. */
export function parseCompareIds(raw: string | string[] | undefined): string[] {
  const parts = (Array.isArray(raw) ? raw : [raw ?? ""]).flatMap((value) => value.split(","));
  return [...new Set(parts.map((part) => part.trim()).filter(Boolean))].slice(0, 50);
}
