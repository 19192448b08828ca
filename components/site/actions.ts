"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { localeSchema } from "./schemas";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

// Open to everyone, signed in or not: it only sets the visitor's own language cookie.
export const setLocaleAction = action.submit({
  access: "public",
  fields: ["locale"],
  schema: localeSchema,
  async handler({ locale }) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax" });
    revalidatePath("/", "layout");
  },
});
