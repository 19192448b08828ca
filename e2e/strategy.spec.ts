import { execFileSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, demoOrganisationIds, openTab, signInAs, signUp, unique } from "./helpers";

// The client's strategy: started from the bakery's worked example, written (autosaved, kept
// over a reload with its problems), saved as a version, shared, read by the client viewer in
// the portal and found in the PDF report the client downloads.

const squash = (text: string) => text.replace(/\s+/g, " ");

type Words = {
  tab: string;
  scope: string;
  example: string;
  start: string;
  brandPromise: string;
  target: string;
  notANumber: string;
  saved: string;
  saveVersion: string;
  versionSaved: string;
  share: string;
  shared: string;
  notes: string;
  readStrategy: string;
  pdf: string;
  reportSection: string;
};

const DUTCH: Words = {
  tab: "Strategie",
  scope: "Strategie voor de hele organisatie",
  example: "Voorbeeld: Bakkerij, alleen Instagram",
  start: "Strategie beginnen",
  brandPromise: "Merkbelofte",
  target: "Streefwaarde",
  notANumber: "Vul een getal in",
  saved: "Alles opgeslagen",
  saveVersion: "Versie opslaan",
  versionSaved: "Versie 1 opgeslagen",
  share: "Versie 1 delen",
  shared: "Gedeeld",
  notes: "Interne notities",
  readStrategy: "Strategie lezen",
  pdf: "PDF downloaden",
  reportSection: "Socialemediastrategie",
};

const ENGLISH: Words = {
  tab: "Strategy",
  scope: "Strategy for Instagram",
  example: "Example: Bakery, Instagram only",
  start: "Start the strategy",
  brandPromise: "Brand promise",
  target: "Target",
  notANumber: "Enter a number",
  saved: "All changes saved",
  saveVersion: "Save a version",
  versionSaved: "Version 1 saved",
  share: "Share version 1",
  shared: "Shared",
  notes: "Internal notes",
  readStrategy: "Read the strategy",
  pdf: "Download PDF",
  reportSection: "Social media strategy",
};

async function writeShareAndRead(page: Page, browser: Browser, words: Words, organisation: string, client: string, locale: string) {
  test.setTimeout(150_000);
  const ids = await demoOrganisationIds(browser);
  const promise = `${words.brandPromise} ${unique()}: warm, vers en van hier.`;
  const secret = `Intern ${unique()}: niet voor de klant.`;
  await signInAs(page, DEMO.consultant);
  await page.goto(`/workspace/organisations/${ids.get(organisation)}`);
  await openTab(page, words.tab);

  await page.locator("select[name=channel]").selectOption({ label: words.scope });
  await page.locator("select[name=start]").selectOption({ label: words.example });
  await page.getByRole("button", { name: words.start }).click();
  await expect(page).toHaveURL(/\/strategy\/[^/]+$/);
  await expect(page.getByRole("heading", { name: words.scope, level: 2 })).toBeVisible();
  // One channel gets the lighter form; the whole of a 50–249 organisation does not.
  await expect(page.getByTestId("lighter-form")).toHaveCount(words === ENGLISH ? 1 : 0);
  // The example stays beside the fields being written.
  await expect(page.getByRole("note", { name: words.example }).first()).toBeVisible();

  const promiseField = page.getByRole("textbox", { name: words.brandPromise, exact: true });
  await promiseField.fill(promise);
  const target = page.getByRole("textbox", { name: words.target }).first();
  await target.fill("veel");
  await expect(page.getByText(words.notANumber).first()).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual([]);
  await page.getByRole("textbox", { name: words.notes }).fill(secret);
  await page.getByRole("textbox", { name: words.notes }).blur();
  await expect(page.locator("[data-save-status]")).toHaveText(words.saved);

  // Nothing typed is lost, not even what is not valid yet; its problem is still at the field.
  await page.reload();
  await expect(promiseField).toHaveValue(promise);
  await expect(target).toHaveValue("veel");
  await expect(page.getByText(words.notANumber).first()).toBeVisible();
  await page.getByRole("button", { name: words.saveVersion }).click();
  await expect(page.getByRole("alert").filter({ hasText: /rood|red/ })).toBeVisible();
  await expect(target).toBeFocused();
  await target.fill("950");
  await expect(page.getByText(words.notANumber)).toHaveCount(0);
  await page.getByRole("button", { name: words.saveVersion }).click();
  await expect(page.getByText(words.versionSaved)).toBeVisible();
  await page.getByRole("button", { name: words.share }).click();
  await expect(page.locator("[data-version='1']").getByText(words.shared, { exact: true })).toBeVisible();

  const clientContext = await browser.newContext({ locale });
  const viewer = await clientContext.newPage();
  await signInAs(viewer, client);
  await viewer.getByRole("link", { name: words.readStrategy }).click();
  await expect(viewer.getByText(promise)).toBeVisible();
  await expect(viewer.getByRole("cell", { name: "950" }).first()).toBeVisible();
  await expect(viewer.getByText(secret)).toHaveCount(0);
  // After a client-side navigation the title follows the page; axe reads it once it is there.
  await expect(viewer).toHaveTitle(words === ENGLISH ? /Your strategy/ : /Jullie strategie/);
  expect((await new AxeBuilder({ page: viewer }).analyze()).violations.map((violation) => violation.id)).toEqual([]);
  // No editing for the client: no fields, no buttons to change it.
  await expect(viewer.locator("main textarea, main input")).toHaveCount(0);

  await viewer.goto("/portal");
  const [download] = await Promise.all([
    viewer.waitForEvent("download"),
    viewer.getByTestId("report-download").getByRole("button", { name: words.pdf }).click(),
  ]);
  const text = squash(execFileSync("pdftotext", ["-enc", "UTF-8", await download.path(), "-"], { encoding: "utf8" }));
  expect(text).toContain(words.reportSection);
  expect(text).toContain(squash(promise));
  expect(text).not.toContain(secret);
  await clientContext.close();
}

// Both on the hotel (its whole organisation, its Instagram): the bakery is the route matrix's, which proves that refused calls write nothing to it.
test("a consultant starts the hotel's strategy from the bakery's worked example, writes, shares it, and its client reads it in the portal and the PDF", async ({
  page,
  browser,
}) => {
  await writeShareAndRead(page, browser, DUTCH, DEMO.secondClientOrganisation, DEMO.secondClient, "nl-NL");
});

test.describe("in English", () => {
  test.use({ locale: "en-GB" });
  test("a consultant writes the hotel's Instagram strategy from the bakery example in the lighter form, and its client reads it", async ({ page, browser }) => {
    await writeShareAndRead(page, browser, ENGLISH, DEMO.secondClientOrganisation, DEMO.secondClient, "en-GB");
  });
});

test("another workspace cannot open, save into or share a strategy", async ({ page, browser }) => {
  const ids = await demoOrganisationIds(browser);
  await signInAs(page, DEMO.consultant);
  await page.goto(`/workspace/organisations/${ids.get("Gemeente Zuiderveen")}/strategy`);
  const href = (await page.locator("a[href*='/strategy/']").first().getAttribute("href"))!;
  const other = await browser.newContext();
  const intruder = await other.newPage();
  await signUp(intruder);
  for (const path of [href, `${href}/changes?from=1&to=1`]) {
    const response = await intruder.goto(path);
    expect(response?.status()).toBe(404);
  }
  await other.close();
});
