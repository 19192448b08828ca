import { expect, test } from "@playwright/test";
import { answerDimension, clickAndConfirm, DEMO, openTab, signIn, signUp, startAssessmentDraft, waitUntilSaved } from "./helpers";

// Long flows: dozens of autosaves each, on a shared two-core machine. Tagged @autosave: the
// PostgreSQL e2e run leaves them out (integration tests cover their queries on PostgreSQL).
test.describe.configure({ timeout: 120_000 });

test("a consultant answers, reloads mid-way, finds every answer, completes and sees the results (Dutch)", { tag: "@autosave" }, async ({ page }) => {
  await signUp(page);
  await startAssessmentDraft(page, "Assessment starten", "Assessment starten");

  await answerDimension(page, 2);
  const first = page.locator("fieldset[data-item]").first();
  await first.getByLabel("Notities").fill("Eén marketeer; geen plan.");
  await first.getByLabel("Links naar bewijs").fill("https://intranet.example.nl/notitie");
  await page.getByRole("button", { name: "Volgende dimensie" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Strategie en planning" })).toBeFocused();
  await answerDimension(page, 3);
  await waitUntilSaved(page);
  await expect(page.getByText("8 van 24 vragen beantwoord")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Strategie en planning" })).toBeVisible();
  await expect(page.getByText("8 van 24 vragen beantwoord")).toBeVisible();
  for (const fieldset of await page.locator("fieldset[data-item]").all()) {
    await expect(fieldset.locator('input[type=radio][value$=".3"]')).toBeChecked();
  }
  await page.getByRole("button", { name: /^Eigenaarschap/ }).click();
  await expect(page.locator("fieldset[data-item]").first().getByLabel("Notities")).toHaveValue("Eén marketeer; geen plan.");
  await expect(page.locator("fieldset[data-item]").first().getByLabel("Links naar bewijs")).toHaveValue("https://intranet.example.nl/notitie");

  for (let step = 2; step < 7; step++) {
    await page.getByRole("navigation", { name: "Dimensies" }).getByRole("button").nth(step).click();
    await answerDimension(page, 3);
  }
  await waitUntilSaved(page);
  await page.getByRole("button", { name: "Assessment afronden", exact: true }).click();
  await expect(page.getByTestId("position")).toHaveText("2,86");
  await expect(page.getByTestId("stage")).toHaveText(/Geïntegreerd/);
  await expect(page.getByRole("heading", { name: "Volgende stappen" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Score per dimensie/ })).toContainText("Eigenaarschap");
});

test("the same flow in English, and an incomplete assessment names the dimensions to finish", { tag: "@autosave" }, async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Curvewise");
  await signUp(page);
  await startAssessmentDraft(page, "Start assessment", "Start assessment");

  await answerDimension(page, 1);
  await waitUntilSaved(page);
  await page.getByRole("button", { name: "Complete the assessment now" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "do not have enough answers" });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("button")).toHaveText([
    "Strategy and planning",
    "Listening and monitoring",
    "Presence and tools",
    "Integration",
    "Leadership and culture",
    "Measurement and goals",
  ]);
  await alert.getByRole("button", { name: "Integration" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Integration" })).toBeVisible();

  for (let step = 1; step < 7; step++) {
    await page.getByRole("navigation", { name: "Dimensions" }).getByRole("button").nth(step).click();
    await answerDimension(page, 1);
  }
  await waitUntilSaved(page);
  await page.getByRole("button", { name: "Complete assessment", exact: true }).click();
  await expect(page.getByTestId("position")).toHaveText("1.00");
  await expect(page.getByTestId("stage")).toHaveText(/Emerging/);
  await expect(page.getByText("Make a SWOT analysis of the organisation's social media", { exact: false })).toBeVisible();
  await expect(page.getByText("RSS feeds and web alerts", { exact: false }).first()).toBeVisible();
});

test(
  "a link without https:// is taken as one; a line that is no address is named, while the answer and note are saved",
  { tag: "@autosave" },
  async ({ page }) => {
    await signUp(page);
    await startAssessmentDraft(page, "Assessment starten", "Assessment starten");
    await answerDimension(page, 2);
    await waitUntilSaved(page);
    const first = page.locator("fieldset[data-item]").first();
    await first.getByLabel("Links naar bewijs").fill("www.instagram.com/dekorenaar\ndekorenaar.nl/over-ons");
    await first.getByLabel("Notities").click();
    await waitUntilSaved(page);

    // A line that is no web address: the status says something is unsaved, the answer and the note are saved all the same.
    await first.getByLabel("Links naar bewijs").fill("www.instagram.com/dekorenaar\nzie de map op de server");
    await first.locator('input[type=radio][value$=".3"]').check();
    await first.getByLabel("Notities").fill("Eén marketeer, wel een Instagram-account");
    await first.getByLabel("Links naar bewijs").click();
    await expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "unsaved", { timeout: 30_000 });
    await expect(page.locator("[data-save-status]")).toHaveText("Niet alles is opgeslagen: zie de gemarkeerde vragen");
    await expect(first.locator(".field-error")).toContainText("zie de map op de server");
    await expect(first.locator(".field-error")).toContainText("Het antwoord en de notities zijn wel opgeslagen");

    page.once("dialog", (dialog) => dialog.accept());
    await page.reload();
    const reloaded = page.locator("fieldset[data-item]").first();
    await expect(reloaded.locator('input[type=radio][value$=".3"]')).toBeChecked();
    await expect(reloaded.getByLabel("Notities")).toHaveValue("Eén marketeer, wel een Instagram-account");
    await expect(reloaded.getByLabel("Links naar bewijs")).toHaveValue("https://www.instagram.com/dekorenaar");
  },
);

test("a save based on a stale version is refused with a way to reload", { tag: "@autosave" }, async ({ page, browser }) => {
  await signUp(page);
  await startAssessmentDraft(page, "Assessment starten", "Assessment starten");
  const url = page.url();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.locator("[data-save-status]")).toBeVisible();

  await answerDimension(page, 2);
  await waitUntilSaved(page);
  await other.locator("fieldset[data-item]").first().locator('input[type=radio][value$=".4"]').check();
  await expect(other.getByRole("alert").filter({ hasText: "Iemand anders" })).toBeVisible();
  await other.getByRole("button", { name: "Opnieuw laden" }).click();
  await expect(other.locator("fieldset[data-item]").first().locator('input[type=radio][value$=".2"]')).toBeChecked();
  expect(browser.isConnected()).toBe(true);
});

test(
  "a new assessment starts from the previous one; carried-over answers count only once confirmed; the owner reopens with a reason",
  { tag: "@autosave" },
  async ({ page }) => {
    await signIn(page, DEMO.owner, DEMO.password);
    await page.getByTestId("portfolio-table").getByRole("link", { name: "Fietsenwinkel De Ketting" }).click();
    await openTab(page, "Assessments");
    await page.getByRole("link", { name: "Assessment starten" }).click();
    await expect(page.getByLabel("Begin bij het vorige assessment")).toBeChecked();
    await page.getByRole("button", { name: "Assessment starten" }).click();
    // Carried over is not answered yet: the previous assessment's answers wait to be confirmed.
    await expect(page.getByText("0 van 24 vragen beantwoord")).toBeVisible();
    await expect(page.getByText("24 overgenomen antwoorden nog niet bevestigd")).toBeVisible();
    await expect(page.getByText("Overgenomen uit het vorige assessment")).toHaveCount(4);
    await page.getByRole("button", { name: /Bevestig alle 4 overgenomen antwoorden/ }).click();
    await waitUntilSaved(page);
    await expect(page.getByText("4 van 24 vragen beantwoord")).toBeVisible();
    await expect(page.getByText("Overgenomen uit het vorige assessment")).toHaveCount(0);
    await page.reload();
    await expect(page.getByText("Overgenomen uit het vorige assessment")).toHaveCount(0);
    await page.getByRole("button", { name: /^Strategie en planning/ }).click();
    await expect(page.getByText("Overgenomen uit het vorige assessment")).toHaveCount(4);

    // Completing with 20 still carried over asks first.
    await page.getByRole("button", { name: "Assessment nu afronden" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toContainText("20 antwoorden zijn overgenomen uit het vorige assessment en nog niet bevestigd");
    await dialog.getByRole("button", { name: "Eerst nakijken" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Strategie en planning" })).toBeVisible();
    await page.getByRole("button", { name: "Assessment nu afronden" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Alles bevestigen en afronden" }).click();
    await expect(page.getByTestId("position")).toBeVisible();
    await expect(page.getByTestId("unchanged-from-baseline")).toContainText("24 van de 24 antwoorden");
    await expect(page.locator("[data-answer]")).toHaveCount(24);

    // Without a reason the form says so at once; with one it asks first.
    await page.getByRole("button", { name: "Heropenen" }).click();
    await expect(page.locator("#reason-error")).toContainText("minstens 5 tekens");
    await page.getByLabel("Reden om te heropenen").fill("Klant leverde nieuwe cijfers aan");
    await clickAndConfirm(page, page.getByRole("button", { name: "Heropenen" }), "Heropenen");
    await expect(page.locator("[data-save-status]")).toBeVisible();
    await expect(page.getByText("Concept")).toBeVisible();
    await page.getByRole("link", { name: "← Fietsenwinkel De Ketting" }).click();
    await page.locator("table a[href*='/assessments/']").first().click();
    await page.getByRole("button", { name: "Assessment nu afronden" }).click();
    await expect(page.getByText("Assessment heropend")).toBeVisible();
    await expect(page.getByText("Reden: — → Klant leverde nieuwe cijfers aan")).toBeVisible();
  },
);

test("a recommendation goes into the action plan in one click; cadence and targets are kept", { tag: "@autosave" }, async ({ page }) => {
  await signIn(page, DEMO.owner, DEMO.password);
  await page.getByTestId("portfolio-table").getByRole("link", { name: "Metaalwerk Twente" }).click();
  await openTab(page, "Assessments");
  await page.getByRole("link", { name: "Herbeoordeling 4" }).click();
  await expect(page.getByRole("heading", { name: "Volgende stappen" })).toBeVisible();
  const step = page.locator("li").filter({ hasText: "Maak een SWOT-analyse" }).first();
  const addButtons = page.getByRole("button", { name: "Aan actieplan toevoegen" });
  const before = await addButtons.count();
  await addButtons.first().click();
  await expect(addButtons).toHaveCount(before - 1);
  await expect(page.getByText("In het actieplan").first()).toBeVisible();
  expect(step).toBeTruthy();

  await page.getByRole("link", { name: "← Terug naar de organisatie" }).click();
  await openTab(page, "Doelen en acties");
  await page.getByLabel("Herbeoordelen elke").selectOption("3");
  await page.getByRole("button", { name: "Opslaan", exact: true }).click();
  await expect(page.getByText("Opgeslagen.").first()).toBeVisible();
  await page.getByLabel("Doelfase voor Integratie").selectOption("3");
  await page.getByRole("button", { name: "Doelen opslaan" }).click();
  await expect(page.getByText("Opgeslagen.").last()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Herbeoordelen elke")).toHaveValue("3");
  await expect(page.getByLabel("Doelfase voor Integratie")).toHaveValue("3");

  await page.goto("/workspace/reassessments");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Herbeoordelingen die eraan komen");
  await expect(page.getByRole("link", { name: "Metaalwerk Twente" })).toBeVisible();
});

test("a dropped connection is retried, then warned about, and nothing is lost when it returns", { tag: "@autosave" }, async ({ page, context }) => {
  await signUp(page);
  await startAssessmentDraft(page, "Assessment starten", "Assessment starten");
  await context.setOffline(true);
  await page.locator("fieldset[data-item]").first().locator('input[type=radio][value$=".3"]').check();
  await expect(page.getByRole("alert").filter({ hasText: "De verbinding is verbroken" })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "offline");
  await context.setOffline(false);
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.locator("fieldset[data-item]").first().locator('input[type=radio][value$=".3"]')).toBeChecked();
});
