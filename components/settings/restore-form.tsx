"use client";

import { useState, useTransition } from "react";
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { restoreBackupAction, type RestoreReply } from "./actions";

/** Restores a backup file; the server refuses when the workspace already has organisations. */
export function RestoreForm() {
  const t = useTranslations("settings.backup");
  const [file, setFile] = useState<File | null>(null);
  const [reply, setReply] = useState<RestoreReply | null>(null);
  const [pending, startTransition] = useTransition();
  const restore = () =>
    startTransition(async () => {
      if (!file) return setReply({ ok: false, reason: "noFile" });
      const form = new FormData();
      form.set("file", file);
      try {
        setReply(await restoreBackupAction(form));
      } catch {
        setReply({ ok: false, reason: "tooLarge" });
      }
    });
  const error = reply && !reply.ok && reply.reason !== "invalid_input" ? reply : null;
  return (
    <div className="space-y-3">
      <label htmlFor="backup-file" className="block text-sm font-medium text-slate-800">
        {t("restoreFile")}
      </label>
      <input
        id="backup-file"
        type="file"
        accept=".json,application/json"
        aria-describedby={error ? "backup-file-hint backup-file-error" : "backup-file-hint"}
        onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
        className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
      />
      <p id="backup-file-hint" className="text-sm text-slate-600">
        {t("restoreHint")}
      </p>
      {error && (
        <p id="backup-file-error" role="alert" className="field-error text-sm font-medium text-red-700">
          {t(`restoreErrors.${error.reason}`, { path: error.path ?? "" })}
        </p>
      )}
      {reply?.ok && (
        <p role="status" data-testid="restore-done" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          {t("restored", { organisations: reply.organisations, assessments: reply.assessments })}{" "}
          <Link href="/workspace" className="font-medium underline">
            {t("toPortfolio")}
          </Link>
        </p>
      )}
      <button
        type="button"
        onClick={restore}
        disabled={pending}
        className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-50 disabled:opacity-60"
      >
        {pending ? t("restoring") : t("restore")}
      </button>
    </div>
  );
}
