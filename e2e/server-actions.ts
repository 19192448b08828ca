// Calls server actions the way the browser does (POST with a Next-Action header and React's
// reply encoding), so that tests can send them anything at all.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

/** Every export of every "use server" file of the app (they live in the feature folders), as "file#name". */
export function sourceActions(directories = ["app", "components", "lib"]): string[] {
  return directories.flatMap((directory) =>
    fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) return sourceActions([full]);
      if (!/\.tsx?$/.test(entry.name)) return [];
      const source = fs.readFileSync(full, "utf8");
      if (!/^\s*["']use server["'];/.test(source)) return [];
      return [...source.matchAll(/^export (?:async function|const) (\w+)/gm)].map((match) => `${full}#${match[1]}`);
    }),
  );
}

/** The ids the production build gave the actions, by "file#name". */
export function builtActions(): Map<string, string> {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return new Map(Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]));
}

class Form {
  constructor(readonly fields: Record<string, string | File>) {}
}
export const form = (fields: Record<string, string | File> = {}) => new Form(fields);
export const FRESH_STATE = { submission: 0, fieldErrors: {}, values: {} };

export type Outcome = "ran" | "notFound" | "toSignIn" | "error";

export async function callAction(request: APIRequestContext, actionId: string, args: unknown[]): Promise<{ outcome: Outcome; status: number; body: string }> {
  // A FormData keeps the order: the root ("0") must come after the parts it refers to.
  const multipart = new FormData();
  const encoded = args.map((arg, index) => {
    if (!(arg instanceof Form)) return arg;
    // React's reply encoding: a FormData argument's fields travel as "_<part>_<name>".
    const part = (index + 1).toString(16);
    for (const [name, value] of Object.entries(arg.fields)) multipart.append(`_${part}_${name}`, value);
    return `$K${part}`;
  });
  multipart.append("0", JSON.stringify(encoded));
  const response = await request.post("/", { headers: { "Next-Action": actionId, Accept: "text/x-component" }, multipart, maxRedirects: 0 });
  const body = await response.text();
  const redirect = response.headers()["x-action-redirect"] ?? "";
  const outcome: Outcome =
    response.status() >= 500
      ? "error"
      : /E\{"digest":"NEXT_HTTP_ERROR_FALLBACK;404"/.test(body)
        ? "notFound"
        : redirect.startsWith("/sign-in")
          ? "toSignIn"
          : /E\{"digest":/.test(body)
            ? "error"
            : "ran";
  return { outcome, status: response.status(), body };
}
