import "server-only";
import { getLocale } from "next-intl/server";
import { isLocale } from "@/lib/i18n/locale";
import type { Locale } from "@/lib/curve";
import type { ExportFile, ExportFormat } from "./export-files";
import { exportQuerySchema } from "./schemas";

/** The format and language an export asks for; the user's language when it names none. */
export async function exportRequest(request: Request): Promise<{ format: ExportFormat; locale: Locale; params: URLSearchParams }> {
  const params = new URL(request.url).searchParams;
  const query = exportQuerySchema.parse(Object.fromEntries(params));
  const current = await getLocale();
  return { format: query.format, locale: query.lang ?? (isLocale(current) ? current : "nl"), params };
}

export function fileResponse(file: ExportFile): Response {
  return new Response(file.body as BodyInit, {
    headers: { "Content-Type": file.type, "Content-Disposition": `attachment; filename="${file.fileName}"`, "Cache-Control": "private, no-store" },
  });
}
