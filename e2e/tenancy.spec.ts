import { expect, test } from "@playwright/test";
import { DEMO, demoOrganisationIds, signIn, signUp } from "./helpers";

let ids: Map<string, string>;

test.beforeAll(async ({ browser }) => {
  ids = await demoOrganisationIds(browser);
  expect(ids.size).toBeGreaterThanOrEqual(12);
});

const notFound = "Pagina niet gevonden";

test("the demo client viewer sees only their own organisation", async ({ page }) => {
  await signIn(page, DEMO.client, DEMO.password);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO.clientOrganisation);

  const other = ids.get("Gemeente Zuiderveen")!;
  const own = ids.get(DEMO.clientOrganisation)!;
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/portal$/);
  for (const path of [
    "/workspace/organisations",
    "/workspace/compare",
    "/workspace/reassessments",
    `/workspace/compare?ids=${other},${own}`,
    `/workspace/organisations/${own}/assessments/new`,
    "/workspace/organisations/new",
    "/workspace/team",
    `/workspace/organisations/${other}`,
    `/workspace/organisations/${other}/edit`,
    `/workspace/organisations/${own}`,
    `/workspace/organisations/${own}/edit`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: notFound })).toBeVisible();
    await expect(page.getByText("Gemeente Zuiderveen")).toHaveCount(0);
  }
});

test("a consultant of another workspace cannot open the demo organisations", async ({ page }) => {
  await signUp(page);
  const id = ids.get(DEMO.clientOrganisation)!;
  for (const path of [`/workspace/organisations/${id}`, `/workspace/organisations/${id}/edit`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText(DEMO.clientOrganisation)).toHaveCount(0);
  }
  const other = ids.get("Gemeente Zuiderveen")!;
  const compare = await page.goto(`/workspace/compare?ids=${id},${other}`);
  expect(compare?.status()).toBe(200);
  await expect(page.getByTestId("skipped").getByRole("listitem")).toHaveCount(2);
  await expect(page.getByText(DEMO.clientOrganisation)).toHaveCount(0);
  await expect(page.getByText("Gemeente Zuiderveen")).toHaveCount(0);
  await page.goto("/workspace/organisations?status=all");
  await expect(page.getByText("Geen organisaties voldoen aan deze filters.")).toBeVisible();
  // A consultant is not a client viewer.
  expect((await page.goto("/portal"))?.status()).toBe(404);
});

test("anonymous visitors are sent to sign in", async ({ page }) => {
  for (const path of ["/workspace", "/workspace/organisations", `/workspace/organisations/${ids.get("Omroep Midden")}`, "/portal", "/workspace/team"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/sign-in$/);
  }
});
