"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";

/** A freshly created single-use link, shown once to copy. */
export function CreatedLink({ id, link }: { id: string; link: string }) {
  const t = useTranslations("team");
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900">
      <label htmlFor={id} className="font-medium">
        {t("linkCreated")}
      </label>
      <div className="mt-2 flex gap-2">
        <input
          id={id}
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
        />
        <button
          type="button"
          onClick={async () => {
            await navigator.clipboard.writeText(link);
            setCopied(true);
          }}
          className="shrink-0 rounded border border-green-700 bg-white px-3 py-1 font-medium text-green-900 hover:bg-green-100"
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </div>
      <p className="mt-1">{t("linkOnce")}</p>
    </div>
  );
}
