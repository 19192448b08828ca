// Every page and route handler, as every kind of visitor: the expected answer for each. The
// first test fails when the app has a route this matrix does not list.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { DEMO, demoOrganisationIds, signIn, signUp } from "./helpers";

type Role = "anonymous" | "client" | "consultant" | "owner" | "otherWorkspace";
type Expected = "ok" | "notFound" | "toSignIn" | "toHome";
const ROLES: Role[] = ["anonymous", "client", "consultant", "owner", "otherWorkspace"];

const everyone = (expected: Expected) => Object.fromEntries(ROLES.map((role) => [role, expected])) as Record<Role, Expected>;
const publicAuthPage = { anonymous: "ok", client: "toHome", consultant: "toHome", owner: "toHome", otherWorkspace: "toHome" } as const;
const workspacePage = { anonymous: "toSignIn", client: "notFound", consultant: "ok", owner: "ok", otherWorkspace: "ok" } as const;
const organisationPage = { anonymous: "toSignIn", client: "notFound", consultant: "ok", owner: "ok", otherWorkspace: "notFound" } as const;

const MATRIX: Record<string, Record<Role, Expected>> = {
  "/": everyone("ok"),
  "/sign-in": publicAuthPage,
  "/sign-up": publicAuthPage,
  "/invite/[token]": publicAuthPage,
  "/portal": { anonymous: "toSignIn", client: "ok", consultant: "notFound", owner: "notFound", otherWorkspace: "notFound" },
  "/workspace": { anonymous: "toSignIn", client: "toHome", consultant: "ok", owner: "ok", otherWorkspace: "ok" },
  "/workspace/organisations": workspacePage,
  "/workspace/organisations/new": workspacePage,
  "/workspace/compare": workspacePage,
  "/workspace/reassessments": workspacePage,
  "/workspace/team": workspacePage,
  "/workspace/organisations/[id]": organisationPage,
  "/workspace/organisations/[id]/edit": organisationPage,
  "/workspace/organisations/[id]/assessments/new": organisationPage,
  "/workspace/organisations/[id]/assessments/[assessmentId]": organisationPage,
  "/api/health": everyone("ok"),
  "/api/auth/[...nextauth]": everyone("ok"),
};

function appRoutes(directory = "app", prefix = ""): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) ? "" : `/${entry.name}`;
      return appRoutes(full, `${prefix}${segment}`);
    }
    return /^(page|route)\.tsx?$/.test(entry.name) ? [prefix || "/"] : [];
  });
}

test("the matrix lists every page and route handler of the app", () => {
  expect([...new Set(appRoutes())].sort()).toEqual(Object.keys(MATRIX).sort());
});

async function requestAs(browser: Browser, role: Role): Promise<APIRequestContext> {
  const context = await browser.newContext({ locale: "nl-NL" });
  const page = await context.newPage();
  if (role === "otherWorkspace") await signUp(page);
  else if (role !== "anonymous") {
    const email = { client: DEMO.client, consultant: "sam@curvewise.example", owner: DEMO.owner }[role];
    await signIn(page, email, DEMO.password);
    await expect(page).not.toHaveURL(/\/sign-in$/);
  }
  await page.close();
  return context.request;
}

test("every route answers every kind of visitor as the matrix says", async ({ browser }) => {
  test.setTimeout(180_000);
  const ids = await demoOrganisationIds(browser);
  const organisationId = ids.get(DEMO.clientOrganisation)!;
  const owner = await requestAs(browser, "owner");
  const organisationHtml = await (await owner.get(`/workspace/organisations/${organisationId}`)).text();
  const assessmentId = new RegExp(`/workspace/organisations/${organisationId}/assessments/(c[a-z0-9]+)`).exec(organisationHtml)![1]!;
  const concrete = (route: string) =>
    route
      .replace("[id]", organisationId)
      .replace("[assessmentId]", assessmentId)
      .replace("[token]", "not-a-valid-token")
      .replace("[...nextauth]", "session");

  const failures: string[] = [];
  for (const role of ROLES) {
    const request = role === "owner" ? owner : await requestAs(browser, role);
    for (const [route, expectations] of Object.entries(MATRIX)) {
      const response = await request.get(concrete(route), { maxRedirects: 0 });
      const location = response.headers().location ?? "";
      const actual: Expected | string =
        response.status() === 200
          ? "ok"
          : response.status() === 404
            ? "notFound"
            : response.status() >= 300 && response.status() < 400 && /\/sign-in$/.test(location)
              ? "toSignIn"
              : response.status() >= 300 && response.status() < 400 && /\/(workspace|portal)$/.test(location)
                ? "toHome"
                : `${response.status()} ${location}`;
      if (actual !== expectations[role]) failures.push(`${role} ${route}: expected ${expectations[role]}, got ${actual}`);
    }
  }
  expect(failures).toEqual([]);
});
