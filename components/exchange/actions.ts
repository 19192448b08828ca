"use server";

import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getTranslations } from "@/lib/i18n/server";
import { z } from "zod";
import { action, CONSULTANTS } from "@/lib/actions/action";
import { EARLIEST_DAY } from "@/lib/actions/fields";
import { calendarDayOf, planImport, shippedModels, SMICIKLAS_MODEL_ID, type ImportPlan } from "@/lib/curve";
import { readUpload, type ReadError } from "@/lib/exchange/read";
import { applyImport, loadImportContext } from "@/lib/server/exchange";
import { importFormSchema } from "./schemas";

/** What the import page shows of a checked file: no more than it needs. */
export type ImportPreview = Pick<ImportPlan, "level" | "problems" | "problemCount"> & {
  fileName: string;
  fileHash: string;
  organisations: { name: string; existing: boolean; assessments: number; sector: string; sizeBand: string }[];
  assessments: number;
};

export type ImportReply =
  | { ok: true; step: "preview"; preview: ImportPreview }
  | { ok: true; step: "imported"; organisationsCreated: number; assessments: number }
  | { ok: false; reason: "file"; error: ReadError | "noFile" | "backupHere" }
  | { ok: false; reason: "problems" | "changed" | "otherFile"; preview?: ImportPreview }
  | { ok: false; reason: "invalid_input"; fieldErrors: Record<string, string> };

async function check(file: File, bytes: Uint8Array, caller: { workspaceId: string }): Promise<ImportReply | { plan: ImportPlan; preview: ImportPreview }> {
  const read = await readUpload(bytes);
  if (!read.ok) return { ok: false, reason: "file", error: read.error };
  if (read.kind === "json") return { ok: false, reason: "file", error: "backupHere" };
  const context = await loadImportContext(caller);
  const plan = planImport(shippedModels.latest(SMICIKLAS_MODEL_ID), read.table, { ...context, earliest: EARLIEST_DAY, today: calendarDayOf(new Date()) });
  const preview: ImportPreview = {
    fileName: file.name.slice(0, 200),
    fileHash: createHash("sha256").update(bytes).digest("hex"),
    level: plan.level,
    problems: plan.problems,
    problemCount: plan.problemCount,
    organisations: plan.organisations.map(({ name, existing, assessments, sector, sizeBand }) => ({ name, existing, assessments, sector, sizeBand })),
    assessments: plan.assessments.length,
  };
  return { plan, preview };
}

/**
 * Checks an uploaded spreadsheet of earlier assessments and says what it would import, or, with
 * `confirm` and the hash of the file previewed, imports it: all or nothing. The file is sent
 * again to confirm, so that nothing waits in a server's memory between the two.
 */
export const importAssessmentsAction = action.call({
  access: CONSULTANTS,
  schema: z.instanceof(FormData).transform((form, ctx) => {
    const parsed = importFormSchema.safeParse({ step: form.get("step"), fileHash: form.get("fileHash") ?? "" });
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: "invalidChoice" });
      return z.NEVER;
    }
    const file = form.get("file");
    return { ...parsed.data, file: file instanceof File && file.size > 0 ? file : null };
  }),
  async handler({ step, fileHash, file }, { caller }): Promise<ImportReply> {
    if (!file) return { ok: false, reason: "file", error: "noFile" };
    const checked = await check(file, new Uint8Array(await file.arrayBuffer()), caller);
    if ("ok" in checked) return checked;
    const { plan, preview } = checked;
    if (step === "preview") return { ok: true, step: "preview", preview };
    if (preview.fileHash !== fileHash) return { ok: false, reason: "otherFile", preview };
    if (plan.problemCount > 0 || plan.assessments.length === 0) return { ok: false, reason: "problems", preview };
    const t = await getTranslations("import");
    const outcome = await applyImport(caller, plan, {
      name: preview.fileName,
      titles: { items: t("importedTitle"), dimensions: t("importedDimensionsTitle") },
    });
    if (!outcome.ok) return { ok: false, reason: "changed", preview };
    revalidatePath("/workspace", "layout");
    return { ok: true, step: "imported", organisationsCreated: outcome.organisationsCreated, assessments: outcome.assessments };
  },
});
