"use client";

import { useRef, useState, useTransition } from "react";
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { importAssessmentsAction, type ImportPreview, type ImportReply } from "./actions";

const ACCEPT = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";
const MAX_MEGABYTES = 10;

/** Upload, preview, confirm: nothing is written before the consultant has seen what will be. */
export function ImportForm() {
  const t = useTranslations("import");
  const [file, setFile] = useState<File | null>(null);
  const [reply, setReply] = useState<ImportReply | null>(null);
  const [dragging, setDragging] = useState(false);
  const [pending, startTransition] = useTransition();
  const input = useRef<HTMLInputElement>(null);

  const send = (chosen: File, step: "preview" | "confirm", fileHash = "") =>
    startTransition(async () => {
      const form = new FormData();
      form.set("file", chosen);
      form.set("step", step);
      form.set("fileHash", fileHash);
      try {
        setReply(await importAssessmentsAction(form));
      } catch {
        // The upload did not reach the server whole (too large for it, or the connection dropped).
        setReply({ ok: false, reason: "file", error: "unreadable" });
      }
    });

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    if (chosen.size > MAX_MEGABYTES * 1024 * 1024) return setReply({ ok: false, reason: "file", error: "tooLarge" });
    send(chosen, "preview");
  };

  const preview: ImportPreview | undefined = reply && "preview" in reply ? reply.preview : undefined;
  const fileError = reply && !reply.ok && reply.reason === "file" ? reply.error : null;
  return (
    <div className="space-y-6">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          choose(event.dataTransfer.files[0]);
        }}
        className={`rounded-lg border-2 border-dashed p-6 text-center ${dragging ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}
      >
        <label htmlFor="import-file" className="block font-medium text-slate-800">
          {t("chooseFile")}
        </label>
        <p id="import-file-hint" className="mt-1 text-sm text-slate-600">
          {t("fileHint", { max: MAX_MEGABYTES })}
        </p>
        <input
          ref={input}
          id="import-file"
          name="file"
          type="file"
          accept={ACCEPT}
          aria-describedby={fileError ? "import-file-hint import-file-error" : "import-file-hint"}
          aria-invalid={fileError ? true : undefined}
          onChange={(event) => choose(event.currentTarget.files?.[0])}
          className="mx-auto mt-3 block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
        />
        {pending && (
          <p role="status" className="mt-3 text-sm text-slate-700">
            {t("checking")}
          </p>
        )}
        {fileError && (
          <p id="import-file-error" role="alert" className="field-error mt-3 text-sm font-medium text-red-700">
            {t(`fileErrors.${fileError}`, { max: MAX_MEGABYTES })}
          </p>
        )}
      </div>

      {reply?.ok && reply.step === "imported" && (
        <div role="status" data-testid="import-done" className="rounded-md border border-green-300 bg-green-50 p-4 text-green-900">
          <p className="font-medium">{t("done", { assessments: reply.assessments, organisations: reply.organisationsCreated })}</p>
          <Link href="/workspace" className="mt-2 inline-block font-medium underline">
            {t("toPortfolio")}
          </Link>
        </div>
      )}

      {preview && !(reply?.ok && reply.step === "imported") && (
        <section aria-labelledby="preview-heading" data-testid="import-preview" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="preview-heading" className="text-lg font-semibold">
            {t("previewTitle", { file: preview.fileName })}
          </h2>
          {reply && !reply.ok && reply.reason !== "file" && reply.reason !== "invalid_input" && reply.reason !== "problems" && (
            <p role="alert" className="font-medium text-red-700">
              {t(`refused.${reply.reason}`)}
            </p>
          )}
          <p>{t(preview.level === "items" ? "levelItems" : "levelDimensions")}</p>
          {preview.problemCount > 0 ? (
            <div role="alert" data-testid="import-problems">
              <p className="font-medium text-red-700">{t("problemsIntro", { count: preview.problemCount })}</p>
              <ul className="mt-2 list-disc space-y-1 pl-6 text-sm text-red-800">
                {preview.problems.map((problem, index) => (
                  <li key={index}>{t(`problems.${problem.code}`, { row: problem.row ?? 0, column: problem.column ?? "", value: problem.value ?? "" })}</li>
                ))}
              </ul>
              {preview.problemCount > preview.problems.length && (
                <p className="mt-2 text-sm">{t("moreProblems", { count: preview.problemCount - preview.problems.length })}</p>
              )}
            </div>
          ) : (
            <>
              <p>{t("summary", { assessments: preview.assessments, organisations: preview.organisations.length })}</p>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("organisationsCaption")}</caption>
                <thead>
                  <tr className="border-b border-slate-200">
                    <th scope="col" className="py-2 pr-4">
                      {t("organisation")}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t("what")}
                    </th>
                    <th scope="col" className="py-2">
                      {t("assessments")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {preview.organisations.map((organisation) => (
                    <tr key={organisation.name} className="border-b border-slate-100">
                      <th scope="row" className="py-2 pr-4 font-medium">
                        {organisation.name}
                      </th>
                      <td className="py-2 pr-4">
                        {organisation.existing ? t("matched") : t("created", { sector: organisation.sector, size: organisation.sizeBand })}
                      </td>
                      <td className="py-2">{organisation.assessments}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="flex flex-wrap gap-3">
                <button
                  type="button"
                  disabled={pending || !file}
                  onClick={() => file && send(file, "confirm", preview.fileHash)}
                  className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
                >
                  {pending ? t("importing") : t("confirm", { assessments: preview.assessments })}
                </button>
                <button
                  type="button"
                  disabled={pending}
                  onClick={() => {
                    setFile(null);
                    setReply(null);
                    if (input.current) input.current.value = "";
                  }}
                  className="rounded-md border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50"
                >
                  {t("cancel")}
                </button>
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}
