import { randomBytes } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO = {
  owner: "demo@curvewise.example",
  consultant: "sam@curvewise.example",
  client: "client@curvewise.example",
  secondClient: "client2@curvewise.example",
  password: "curvewise-demo",
  clientOrganisation: "Bakkerij Van Dam",
  secondClientOrganisation: "Hotel De Zeeuwse Kust",
  roundOrganisation: "Zorggroep Rivierenland",
};

export const unique = () => randomBytes(4).toString("hex");

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(password);
  await page.locator("main form button[type=submit]").click();
}

/** Signs in as one of the demo's people and waits for their home page. */
export async function signInAs(page: Page, email: string) {
  await signIn(page, email, DEMO.password);
  await expect(page).toHaveURL(/\/(workspace|portal)$/);
}

/** Signs up a new workspace and waits for its (empty) organisation list. */
export async function signUp(page: Page) {
  const email = `consultant-${unique()}@example.test`;
  await page.goto("/sign-up");
  await page.locator("input[name=name]").fill("Eva Consultant");
  await page.locator("input[name=workspaceName]").fill(`Bureau ${unique()}`);
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill("a long enough password");
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/workspace$/);
  return { email, password: "a long enough password" };
}

/** The ids of the demo workspace's organisations, by name, as its owner sees them. */
export async function demoOrganisationIds(browser: Browser): Promise<Map<string, string>> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.owner, DEMO.password);
  await expect(page).toHaveURL(/\/workspace$/);
  await page.goto("/workspace/organisations?status=all");
  const links = page.locator("table a[href^='/workspace/organisations/']");
  const ids = new Map<string, string>();
  for (const link of await links.all()) {
    const href = (await link.getAttribute("href"))!;
    ids.set((await link.innerText()).trim(), href.split("/").pop()!);
  }
  await context.close();
  return ids;
}

/** Fills the organisation form; values left out are left as they are. */
export async function fillOrganisation(page: Page, values: Partial<Record<"name" | "sector" | "sizeBand" | "country" | "website" | "tags" | "notes", string>>) {
  for (const [field, value] of Object.entries(values)) {
    const control = page.locator(`[name=${field}]`);
    if ((await control.evaluate((element) => element.tagName)) === "SELECT") await control.selectOption(value);
    else await control.fill(value);
  }
}

export function fieldError(page: Page, field: string) {
  return page.locator(`#${field}-error`);
}

/** Opens one of an organisation's tabs by its name. */
export async function openTab(page: Page, name: string) {
  await page
    .getByRole("navigation", { name: /Onderdelen van deze organisatie|Sections of this organisation/ })
    .getByRole("link", { name, exact: true })
    .click();
  await expect(page.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
}

/** Clicks a button that asks first, and confirms in its dialog. */
export async function clickAndConfirm(page: Page, button: ReturnType<Page["getByRole"]>, confirmLabel: string) {
  await button.click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirmLabel, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/** Waits for the wizard's autosave to say everything is saved. */
export const waitUntilSaved = (page: Page) => expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved", { timeout: 30_000 });

/** A new organisation with an assessment draft, its wizard open. */
export async function startAssessmentDraft(page: Page, startLabel: string, submitLabel: string) {
  const name = `Organisatie ${unique()}`;
  await page.goto("/workspace/organisations/new");
  await fillOrganisation(page, { name, sector: "retail", sizeBand: "10-49" });
  await page.locator("main form button[type=submit]").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.getByRole("link", { name: startLabel }).click();
  await page.getByRole("button", { name: submitLabel }).click();
  await expect(page.locator("[data-save-status]")).toBeVisible();
  return name;
}

/** Answers every question of the current dimension at the stage. */
export async function answerDimension(page: Page, stage: number) {
  for (const fieldset of await page.locator("fieldset[data-item]").all()) {
    await fieldset.locator(`input[type=radio][value$=".${stage}"]`).check();
  }
}
