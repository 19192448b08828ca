import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

const TABS = {
  nl: {
    nav: "Onderdelen van deze organisatie",
    tabs: [
      ["Overzicht", ""],
      ["Voortgang", "/progress"],
      ["Assessments", "/assessments"],
      ["Doelen en acties", "/plan"],
      ["Klanttoegang", "/access"],
      ["Geschiedenis", "/history"],
    ],
    stage: "Huidige fase",
    curve: "De leercurve",
  },
  en: {
    nav: "Sections of this organisation",
    tabs: [
      ["Overview", ""],
      ["Progress", "/progress"],
      ["Assessments", "/assessments"],
      ["Targets and actions", "/plan"],
      ["Client access", "/access"],
      ["History", "/history"],
    ],
    stage: "Current stage",
    curve: "The learning curve",
  },
} as const;

async function openBakery(page: Page) {
  await signIn(page, DEMO.owner, DEMO.password);
  await page.getByTestId("portfolio-table").getByRole("link", { name: DEMO.clientOrganisation }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO.clientOrganisation);
  return page.url();
}

for (const language of ["nl", "en"] as const) {
  test(`the organisation page shows where it stands at a glance and walks its tabs by keyboard (${language})`, async ({ page }) => {
    const text = TABS[language];
    await page.setViewportSize({ width: 1280, height: 900 });
    if (language === "en") await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://127.0.0.1" }]);
    const base = await openBakery(page);

    // Stage, position, change and the curve on the first screen, without scrolling.
    const summary = page.getByTestId("progress-summary");
    await expect(summary.getByText(text.stage)).toBeVisible();
    const curve = page.getByRole("figure", { name: text.curve });
    await expect(curve).toBeVisible();
    for (const element of [summary, curve]) {
      const box = (await element.boundingBox())!;
      expect(box.y + box.height, "on the first screen").toBeLessThanOrEqual(900);
    }

    const nav = page.getByRole("navigation", { name: text.nav });
    for (const [label, path] of text.tabs) {
      const link = nav.getByRole("link", { name: label, exact: true });
      await link.focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(`${base}${path}`);
      await expect(link).toHaveAttribute("aria-current", "page");
      await expect(nav.locator("[aria-current=page]")).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO.clientOrganisation);
    }
    // Each tab has its own address: a reload stays on it.
    await page.reload();
    await expect(nav.getByRole("link", { name: text.tabs.at(-1)![0], exact: true })).toHaveAttribute("aria-current", "page");
  });
}
