"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locale";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

// Open to everyone, signed in or not: it only sets the visitor's own language cookie.
export const setLocaleAction = action.submit({
  access: "public",
  fields: ["locale"],
  schema: z.object({ locale: z.enum(LOCALES) }),
  async handler({ locale }) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax" });
    revalidatePath("/", "layout");
  },
});
