import { expect, test } from "@playwright/test";
import { clickAndConfirm, fieldError, fillOrganisation, openTab, signUp, unique } from "./helpers";

test.beforeEach(async ({ page }) => {
  await signUp(page);
});

test("bad input is shown at the field and everything typed is kept", { tag: "@once" }, async ({ page }) => {
  await page.getByRole("link", { name: "Nieuwe organisatie" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuwe organisatie");
  await fillOrganisation(page, {
    sector: "healthcare",
    sizeBand: "50-249",
    website: "geen webadres",
    tags: "zorg, pilot",
    notes: "Belangrijke notitie\nover de klant",
  });
  await page.getByRole("button", { name: "Organisatie aanmaken" }).click();

  await expect(fieldError(page, "name")).toHaveText("Dit veld is verplicht.");
  await expect(fieldError(page, "website")).toContainText("Vul een webadres in");
  await expect(page.locator("[name=name]")).toBeFocused();
  await expect(page.locator("[name=sector]")).toHaveValue("healthcare");
  await expect(page.locator("[name=sizeBand]")).toHaveValue("50-249");
  await expect(page.locator("[name=tags]")).toHaveValue("zorg, pilot");
  await expect(page.locator("[name=notes]")).toHaveValue("Belangrijke notitie\nover de klant");
  await expect(page.locator("[name=website]")).toHaveValue("geen webadres");

  await fillOrganisation(page, { name: "x".repeat(10_000), website: "zorg.example.nl" });
  await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
  await expect(fieldError(page, "name")).toHaveText("Te lang: gebruik hoogstens 120 tekens.");
  await expect(fieldError(page, "website")).toHaveCount(0);

  // The server validates whatever the browser sends, not just what the form offers.
  await page.locator("[name=sector]").evaluate((select: HTMLSelectElement) => {
    select.add(new Option("Astrologie", "astrology"));
    select.value = "astrology";
  });
  const name = `Zorggroep ${unique()}`;
  await fillOrganisation(page, { name });
  await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
  await expect(fieldError(page, "sector")).toHaveText("Kies een van de opties.");

  await fillOrganisation(page, { sector: "healthcare" });
  await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("https://zorg.example.nl/")).toBeVisible();
  await expect(page.getByText("pilot, zorg")).toBeVisible();
});

test("a duplicate name is refused at the field", async ({ page }) => {
  await page.goto("/workspace/organisations/new");
  await fillOrganisation(page, { name: "Hotel De Kust", sector: "hospitality", sizeBand: "10-49" });
  await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hotel De Kust");

  await page.goto("/workspace/organisations/new");
  await fillOrganisation(page, { name: "hotel de kust", sector: "hospitality", sizeBand: "10-49" });
  await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
  await expect(fieldError(page, "name")).toHaveText("Er bestaat al een organisatie met deze naam in je werkruimte.");
});

test("create, edit, archive and restore, each in the organisation's history", async ({ page }) => {
  await page.goto("/workspace/organisations/new");
  await fillOrganisation(page, { name: "Omroep Midden", sector: "media", sizeBand: "250-999", tags: "retainer" });
  await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Omroep Midden");

  await page.getByRole("link", { name: "Bewerken" }).click();
  await expect(page.locator("[name=sector]")).toHaveValue("media");
  await fillOrganisation(page, { name: "Omroep Midden Nederland", tags: "retainer, regio" });
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Omroep Midden Nederland");
  await openTab(page, "Geschiedenis");
  const history = page.getByRole("region", { name: "Geschiedenis" });
  await expect(history.getByText("Naam: Omroep Midden → Omroep Midden Nederland")).toBeVisible();

  await clickAndConfirm(page, page.getByRole("button", { name: "Archiveren" }), "Archiveren");
  await expect(page.getByText(/Gearchiveerd op/)).toBeVisible();
  await page.goto("/workspace/organisations");
  await expect(page.getByRole("link", { name: "Omroep Midden Nederland" })).toHaveCount(0);
  await page.locator("#status").selectOption("archived");
  await page.getByRole("button", { name: "Toepassen" }).click();
  await page.getByRole("link", { name: "Omroep Midden Nederland" }).click();

  await page.getByRole("button", { name: "Terugzetten" }).click();
  await expect(page.getByText(/Gearchiveerd op/)).toHaveCount(0);
  await openTab(page, "Geschiedenis");
  await expect(page.locator("ol li strong")).toHaveText(["Teruggezet", "Gearchiveerd", "Gewijzigd", "Aangemaakt"]);
  await page.goto("/workspace/organisations");
  await expect(page.getByRole("link", { name: "Omroep Midden Nederland" })).toBeVisible();
});

test("the list searches, filters and sorts", async ({ page }) => {
  for (const [name, sector, tags] of [
    ["Zorggroep Rivierenland", "healthcare", "retainer"],
    ["Fysiotherapie In Beweging", "healthcare", "mkb"],
    ["Fietsenwinkel De Ketting", "retail", "mkb"],
  ]) {
    await page.goto("/workspace/organisations/new");
    await fillOrganisation(page, { name: name!, sector: sector!, sizeBand: "10-49", tags: tags! });
    await page.getByRole("button", { name: "Organisatie aanmaken" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name!);
  }
  const names = page.locator("tbody tr td:first-child a");
  await page.goto("/workspace/organisations");
  await expect(names).toHaveText(["Fietsenwinkel De Ketting", "Fysiotherapie In Beweging", "Zorggroep Rivierenland"]);

  await page.locator("#dir").selectOption("desc");
  await page.getByRole("button", { name: "Toepassen" }).click();
  await expect(names).toHaveText(["Zorggroep Rivierenland", "Fysiotherapie In Beweging", "Fietsenwinkel De Ketting"]);

  await page.goto("/workspace/organisations?q=rivieren");
  await expect(names).toHaveText(["Zorggroep Rivierenland"]);
  await page.goto("/workspace/organisations?sector=healthcare&tag=mkb");
  await expect(names).toHaveText(["Fysiotherapie In Beweging"]);
  await expect(page.locator("#sector")).toHaveValue("healthcare");
  await page.goto("/workspace/organisations?sector=nonsense&sort=%27;drop&status=42");
  await expect(names).toHaveCount(3);
});
