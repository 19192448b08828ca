"use client";

import { useTranslations } from "next-intl";

/** A freshly created single-use link, shown once to copy. */
export function CreatedLink({ id, link }: { id: string; link: string }) {
  const t = useTranslations("team");
  return (
    <div role="status" className="rounded-md bg-green-50 p-3 text-sm text-green-900">
      <label htmlFor={id} className="font-medium">
        {t("linkCreated")}
      </label>
      <input
        id={id}
        readOnly
        value={link}
        onFocus={(event) => event.currentTarget.select()}
        className="mt-2 block w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs"
      />
      <p className="mt-1">{t("linkOnce")}</p>
    </div>
  );
}
