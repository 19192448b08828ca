"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { rememberLocale } from "@/lib/http/request";
import { localeSchema } from "./schemas";

// Open to everyone, signed in or not: it only sets the visitor's own language cookie.
export const setLocaleAction = action.submit({
  access: "public",
  fields: ["locale"],
  schema: localeSchema,
  async handler({ locale }) {
    await rememberLocale(locale);
    revalidatePath("/", "layout");
  },
});
