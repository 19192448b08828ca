"use server";

import { action } from "@/lib/actions/action";
import { signInWithPassword, signOut } from "@/lib/auth";
import { signUpWorkspaceOwner } from "@/lib/server/accounts";
import { signInSchema, signOutSchema, signUpSchema } from "./schemas";

// Open to anonymous visitors by design: they are how one gets an account.

export const signInAction = action.form({
  access: "public",
  fields: ["email"],
  secretFields: ["password"],
  schema: signInSchema,
  handler: async (credentials) => ({ formError: await signInWithPassword(credentials, "/workspace") }),
});

export const signUpAction = action.form({
  access: "public",
  fields: ["name", "workspaceName", "email"],
  secretFields: ["password"],
  schema: signUpSchema,
  async handler(input) {
    const created = await signUpWorkspaceOwner(input);
    if (!created.ok) return { fieldErrors: created.fieldErrors };
    return { formError: await signInWithPassword(input, "/workspace") };
  },
});

// Open to everyone: signing out an anonymous visitor does nothing.
export const signOutAction = action.submit({
  access: "public",
  fields: [],
  schema: signOutSchema,
  async handler() {
    await signOut({ redirectTo: "/sign-in" });
  },
});
