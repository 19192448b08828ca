import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locale";

/** A report's address: ?format=pdf|docx|html&lang=nl|en&notes=shared|all|none; anything odd falls back. */
export const reportQuerySchema = z.object({
  format: z.enum(["pdf", "docx", "html"]).catch("pdf"),
  lang: z.enum(LOCALES).optional().catch(undefined),
  notes: z.enum(["shared", "all", "none"]).catch("shared"),
});
