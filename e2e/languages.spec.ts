import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

test.describe("the browser's language", () => {
  test.use({ locale: "en-GB" });
  test("is followed when the user has not chosen", { tag: "@once" }, async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "The Social Media Strategy Learning Curve" })).toBeVisible();
  });
});

test.describe("an unsupported browser language", () => {
  test.use({ locale: "de-DE" });
  test("falls back to Dutch", { tag: "@once" }, async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("heading", { name: "De Social Media Strategy Learning Curve" })).toBeVisible();
  });
});

test("the chosen language is remembered across pages and after signing in", { tag: "@once" }, async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen bij Curvewise");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Curvewise");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create your workspace");

  await signIn(page, DEMO.owner, DEMO.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Portfolio");
  await page.getByTestId("portfolio-table").getByRole("link", { name: "Gemeente Zuiderveen" }).click();
  // Dates in the language: "Client since" is a long date, "March 4, 2025" in English and "4 maart 2025" in Dutch.
  const clientSince = (label: string) => page.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]");
  await expect(clientSince("Client since")).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
  await expect(page.getByText("Government")).toBeVisible();

  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByText("Overheid")).toBeVisible();
  await expect(clientSince("Klant sinds")).toHaveText(/^\d{1,2} [a-z]+ \d{4}$/);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});
