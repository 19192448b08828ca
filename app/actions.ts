"use server";

import { formField } from "@/lib/validation/form-errors";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { signOut } from "@/lib/auth";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locale";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

// Open to everyone, signed in or not: it only sets the visitor's own language cookie.
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = formField(formData, "locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax" });
  revalidatePath("/", "layout");
}

// Open to everyone: signing out an anonymous visitor does nothing.
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
