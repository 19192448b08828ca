import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locale";

/** An export's address: ?format=xlsx|csv&lang=nl|en; anything odd falls back. */
export const exportQuerySchema = z.object({
  format: z.enum(["xlsx", "csv"]).catch("xlsx"),
  lang: z.enum(LOCALES).optional().catch(undefined),
});

export const importFormSchema = z.object({
  step: z.enum(["preview", "confirm"]),
  fileHash: z.string().max(64),
});
