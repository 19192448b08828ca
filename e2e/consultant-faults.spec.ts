// The faults a new consultant hit in wave 1, each walked as they found it.
import { expect, test } from "@playwright/test";
import { clickAndConfirm, DEMO, fillOrganisation, openTab, signIn, signUp, unique } from "./helpers";

test("the whole portfolio stands on the curve, replays the last 24 months, and each client is named and opened by keyboard", async ({ page }) => {
  await signIn(page, DEMO.owner, DEMO.password);
  const curve = page.getByRole("figure", { name: "Alle klanten op de leercurve" });
  await expect(curve).toBeVisible();
  const points = curve.locator("g[role=link]");
  await expect(points.first()).toBeVisible();
  const now = await points.count();
  expect(now).toBeGreaterThan(10);
  await page.getByText("Toon de gegevens als tabel").first().click();
  await expect(page.getByTestId("portfolio-curve-table").locator("tbody tr")).toHaveCount(now);

  // Two years ago fewer clients had been assessed; the table says the same as the chart.
  await page.locator("#portfolio-month").fill("0");
  await expect(page.getByTestId("portfolio-curve-month")).toContainText(/Stand in \w+ \d{4}/);
  const then = await points.count();
  expect(then).toBeLessThanOrEqual(now);
  await expect(page.getByTestId("portfolio-curve-table").locator("tbody tr")).toHaveCount(then);
  // The clients stood elsewhere then: the positions in the table differ from today's.
  const positionsThen = await page.getByTestId("portfolio-curve-table").locator("tbody tr td:nth-child(3)").allInnerTexts();
  await page.locator("#portfolio-month").fill("24");
  await expect(page.getByTestId("portfolio-curve-table").locator("tbody tr td:nth-child(3)")).not.toHaveText(positionsThen);

  // The filters apply to the picture too.
  await page.goto("/workspace?sector=healthcare");
  await expect(page.getByTestId("portfolio-table").locator("tbody tr").first()).toBeVisible();
  await expect(points).toHaveCount(await page.getByTestId("portfolio-table").locator("tbody tr").count());

  await points.first().focus();
  const name = (await points.first().getAttribute("aria-label"))!.split(":")[0]!;
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
});

test("action items can be changed and deleted after asking, and a recommendation goes into the plan once", async ({ page }) => {
  await signIn(page, DEMO.owner, DEMO.password);
  await page.getByTestId("portfolio-table").getByRole("link", { name: "Metaalwerk Twente" }).click();
  await openTab(page, "Assessments");
  await page.locator("table a[href*='/assessments/']").first().click();
  const add = page.getByRole("button", { name: "Aan actieplan toevoegen" }).first();
  const title = (await add.locator("xpath=ancestor::li[1]").locator("span").first().innerText()).trim();
  await add.dblclick();
  await page.getByRole("link", { name: "← Terug naar de organisatie" }).click();
  await openTab(page, "Doelen en acties");
  await expect(page.locator(`[data-action-item="${title.slice(0, 200)}"]`)).toHaveCount(1);

  const item = page.locator(`[data-action-item="${title.slice(0, 200)}"]`);
  await item.getByText("Bewerken").click();
  await item.getByLabel("Actie").fill("SWOT-analyse met het MT");
  await item.getByLabel("Eigenaar").fill("Demi");
  await item.getByRole("button", { name: "Actie opslaan" }).click();
  const renamed = page.locator('[data-action-item="SWOT-analyse met het MT"]');
  await expect(renamed).toContainText("Demi");
  await clickAndConfirm(page, renamed.getByRole("button", { name: "SWOT-analyse met het MT verwijderen" }), "Verwijderen");
  await expect(renamed).toHaveCount(0);
  await openTab(page, "Geschiedenis");
  await expect(page.getByText("Actie verwijderd").first()).toBeVisible();
  await expect(page.getByText("Eigenaar: — → Demi")).toBeVisible();
});

test("the history speaks the user's language: stages by name, Dutch numbers, yes and no", async ({ page }) => {
  await signUp(page);
  const name = `Historie ${unique()}`;
  await page.goto("/workspace/organisations/new");
  await fillOrganisation(page, { name, sector: "retail", sizeBand: "10-49" });
  await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
  await page.getByRole("link", { name: "Bewerken" }).click();
  await page.getByLabel("Toon deze notities aan klantgebruikers").check();
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await openTab(page, "Geschiedenis");
  await expect(page.getByText("Notities gedeeld met klantgebruikers: nee → ja")).toBeVisible();

  // The demo's completed assessments, read only.
  await page.context().clearCookies();
  await signIn(page, DEMO.owner, DEMO.password);
  await page.getByTestId("portfolio-table").getByRole("link", { name: "Metaalwerk Twente" }).click();
  await openTab(page, "Assessments");
  await page.locator("table a[href*='/assessments/']").first().click();
  const history = page.getByRole("region", { name: "Geschiedenis" });
  await expect(history.getByText(/Positie: — → \d,\d\d/)).toBeVisible();
  await expect(history.getByText(/Fase: — → (In opkomst|Tactisch|Geïntegreerd|Sociaal)/)).toBeVisible();
});

test("organisations list their channels, the portfolio filters by them, and a channel assessment offers them", async ({ page }) => {
  await signUp(page);
  const name = `Bakkerij ${unique()}`;
  await page.goto("/workspace/organisations/new");
  await fillOrganisation(page, { name, sector: "retail", sizeBand: "1-9" });
  await page.getByLabel("Instagram").check();
  await page.getByLabel("TikTok").check();
  await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("Instagram, TikTok")).toBeVisible();
  await page.goto("/workspace/organisations/new");
  await fillOrganisation(page, { name: `Kantoor ${unique()}`, sector: "retail", sizeBand: "1-9" });
  await page.getByLabel("LinkedIn").check();
  await page.getByRole("button", { name: "Organisatie aanmaken" }).click();

  await page.goto("/workspace?channel=tiktok");
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expect(page.locator("#channel")).toHaveValue("tiktok");
  await page.goto("/workspace");
  await page.getByRole("link", { name }).first().click();
  await page.getByRole("link", { name: "Assessment starten" }).click();
  await page.getByLabel("Eén kanaal").check();
  await expect(page.locator("#organisation-channels option")).toHaveCount(2);
});

test("on a phone the menu sits behind a button and nothing runs off the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, DEMO.owner, DEMO.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Portfolio");
  const navigation = page.getByRole("navigation", { name: "Hoofdnavigatie" });
  await expect(navigation.getByRole("link", { name: "Vergelijken" })).toBeHidden();
  await navigation.getByRole("button", { name: "Menu" }).click();
  await navigation.getByRole("link", { name: "Vergelijken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisaties vergelijken");
  for (const path of ["/workspace", "/workspace/organisations", "/workspace/compare"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("a keyboard-focused answer in the wizard stays clear of the sticky progress bar", async ({ page }) => {
  await signUp(page);
  await page.goto("/workspace/organisations/new");
  await fillOrganisation(page, { name: `Focus ${unique()}`, sector: "retail", sizeBand: "10-49" });
  await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
  await page.getByRole("link", { name: "Assessment starten" }).click();
  await page.getByRole("button", { name: "Assessment starten" }).click();
  await page.locator("fieldset[data-item]").last().locator("input[type=radio]").first().scrollIntoViewIfNeeded();
  // An instant scroll: a wheel scroll may still be moving the page after the focus below.
  await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: "instant" }));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  const first = page.locator("fieldset[data-item]").first().locator("input[type=radio]").first();
  await first.focus();
  const bar = (await page.locator("[data-save-status]").locator("xpath=ancestor::div[contains(@class,'sticky')]").boundingBox())!;
  await expect.poll(async () => (await first.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height);
});

test("the site has an icon, and respondents are not asked to sign in", async ({ page }) => {
  expect((await page.request.get("/favicon.ico")).status()).toBe(200);
  await page.goto("/respond");
  await expect(page.getByRole("link", { name: "Inloggen" })).toHaveCount(0);
});
