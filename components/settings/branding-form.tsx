"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";
import { FormMessage, SubmitButton, TextAreaField, TextField } from "@/components/ui/fields";
import { useFocusFirstError } from "@/components/ui/use-focus-first-error";
import { initialFormState } from "@/lib/actions/form-state";
import { contrastRatio, MINIMUM_ACCENT_CONTRAST, parseHexColour, WHITE } from "@/lib/curve";
import { saveBrandingAction } from "./actions";
import { BRAND_NAME_MAX, REPORT_FOOTER_MAX } from "./limits";

const LOGO_MAX_MEGABYTES = 1;
const LOGO_TYPES = "image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg";

export type BrandingValues = { brandName: string; accentColour: string; reportFooter: string; logoSrc: string | null; workspaceName: string };

/** The consultancy's name, logo, accent colour and report footer, as the reports and the portal show them. */
export function BrandingForm({ current }: { current: BrandingValues }) {
  const t = useTranslations("settings.branding");
  const [state, formAction] = useActionState(saveBrandingAction, {
    ...initialFormState,
    values: { brandName: current.brandName, accentColour: current.accentColour, reportFooter: current.reportFooter },
  });
  const formRef = useFocusFirstError(state);
  const errorText = useErrorText();
  // A file over the limit is refused here already: the server would not even take its upload.
  const [logoTooLarge, setLogoTooLarge] = useState(false);
  const [accent, setAccent] = useState(state.values.accentColour ?? "");
  const rgb = parseHexColour(accent);
  const ratio = rgb ? contrastRatio(rgb, WHITE) : null;
  const logoError = logoTooLarge ? errorText(`logoTooLarge|max=${LOGO_MAX_MEGABYTES}`) : errorText(state.fieldErrors.logo, { max: LOGO_MAX_MEGABYTES });
  return (
    <form
      key={state.submission}
      ref={formRef}
      action={formAction}
      encType="multipart/form-data"
      noValidate
      className="space-y-5"
      onSubmit={(event) => {
        if (logoTooLarge) event.preventDefault();
      }}
    >
      {state.success && <FormMessage tone="success" message={t("saved")} />}
      <TextField
        name="brandName"
        label={t("brandName")}
        hint={t("brandNameHint", { workspace: current.workspaceName, max: BRAND_NAME_MAX })}
        defaultValue={state.values.brandName}
        error={errorText(state.fieldErrors.brandName)}
      />
      <div>
        <label htmlFor="logo" className="block text-sm font-medium text-slate-800">
          {t("logo")}
        </label>
        <p id="logo-hint" className="mt-1 text-sm text-slate-600">
          {t("logoHint", { max: LOGO_MAX_MEGABYTES })}
        </p>
        {current.logoSrc && (
          <div className="mt-2 flex items-center gap-4">
            {/* eslint-disable-next-line @next/next/no-img-element -- the logo comes from the database, not from the build */}
            <img src={current.logoSrc} alt={t("currentLogo")} className="h-12 w-auto rounded border border-slate-200 bg-white p-1" />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="removeLogo" className="h-4 w-4" />
              {t("removeLogo")}
            </label>
          </div>
        )}
        <input
          id="logo"
          name="logo"
          type="file"
          accept={LOGO_TYPES}
          aria-describedby={logoError ? "logo-hint logo-error" : "logo-hint"}
          aria-invalid={logoError ? true : undefined}
          onChange={(event) => setLogoTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > LOGO_MAX_MEGABYTES * 1024 * 1024)}
          className="mt-2 block w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium"
        />
        {logoError && (
          <p id="logo-error" className="field-error mt-1 text-sm font-medium text-red-700">
            {logoError}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="accentColour" className="block text-sm font-medium text-slate-800">
          {t("accentColour")}
        </label>
        <div className="mt-1 flex items-center gap-3">
          <input
            id="accentColour"
            name="accentColour"
            defaultValue={state.values.accentColour}
            onChange={(event) => setAccent(event.currentTarget.value)}
            placeholder="#1f5fbf"
            aria-describedby={state.fieldErrors.accentColour ? "accentColour-hint accentColour-error" : "accentColour-hint"}
            aria-invalid={state.fieldErrors.accentColour ? true : undefined}
            className={`block w-40 rounded-md border bg-white px-3 py-2 font-mono text-slate-900 shadow-sm ${state.fieldErrors.accentColour ? "border-red-600" : "border-slate-300"}`}
          />
          <span aria-hidden="true" className="h-9 w-9 rounded border border-slate-300" style={{ background: rgb ? `rgb(${rgb.join(",")})` : "transparent" }} />
          {ratio !== null && (
            <span className={`text-sm ${ratio < MINIMUM_ACCENT_CONTRAST ? "text-red-700" : "text-slate-700"}`}>
              {t("contrast", { ratio: Math.floor(ratio * 10) / 10, min: MINIMUM_ACCENT_CONTRAST })}
            </span>
          )}
        </div>
        <p id="accentColour-hint" className="mt-1 text-sm text-slate-600">
          {t("accentHint", { min: MINIMUM_ACCENT_CONTRAST })}
        </p>
        {state.fieldErrors.accentColour && (
          <p id="accentColour-error" className="field-error mt-1 text-sm font-medium text-red-700">
            {errorText(state.fieldErrors.accentColour)}
          </p>
        )}
      </div>
      <TextAreaField
        name="reportFooter"
        label={t("reportFooter")}
        hint={t("reportFooterHint", { max: REPORT_FOOTER_MAX })}
        rows={2}
        defaultValue={state.values.reportFooter}
        error={errorText(state.fieldErrors.reportFooter)}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
