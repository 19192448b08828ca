import { expect, test } from "@playwright/test";
import { DEMO, signIn, signUp, unique } from "./helpers";

test("a consultant signs up, signs out and signs in again", async ({ page }) => {
  const account = await signUp(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Portfolio");
  await page.getByRole("link", { name: "Organisaties", exact: true }).click();
  await expect(page.getByText("Nog geen klantorganisaties")).toBeVisible();

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/workspace/organisations");
  await expect(page).toHaveURL(/\/sign-in$/);

  await signIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/workspace$/);
});

test("a wrong password is explained and the e-mail address stays", async ({ page }) => {
  await signIn(page, DEMO.owner, "not the password");
  await expect(page.locator(".form-message")).toHaveText("Dit e-mailadres en wachtwoord horen niet bij elkaar.");
  await expect(page.locator("input[name=email]")).toHaveValue(DEMO.owner);
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("sign-up shows each problem at its field and keeps what was typed", { tag: "@once" }, async ({ page }) => {
  await page.goto("/sign-up");
  await page.locator("input[name=name]").fill("Eva");
  await page.locator("input[name=email]").fill("not-an-address");
  await page.locator("input[name=password]").fill("short");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("#workspaceName-error")).toHaveText("Dit veld is verplicht.");
  await expect(page.locator("#email-error")).toContainText("geldig e-mailadres");
  await expect(page.locator("#password-error")).toHaveText("Gebruik minstens 10 tekens.");
  await expect(page.locator("input[name=name]")).toHaveValue("Eva");
  await expect(page.locator("input[name=email]")).toHaveValue("not-an-address");
  await expect(page.locator("input[name=workspaceName]")).toBeFocused();

  await page.locator("input[name=email]").fill(DEMO.owner);
  await page.locator("input[name=workspaceName]").fill("Eva Advies");
  await page.locator("input[name=password]").fill("long enough password");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator("#email-error")).toHaveText("Voor dit e-mailadres bestaat al een account.");
});

test("the owner invites a consultant with a single-use link", async ({ page, browser }) => {
  await signIn(page, DEMO.owner, DEMO.password);
  await page.getByRole("link", { name: "Team" }).click();
  const email = `sam-${unique()}@example.test`;
  await page.locator("input[name=email]").fill(email);
  await page.getByRole("button", { name: "Uitnodigingslink maken" }).click();
  const link = await page.locator("#invitation-link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{40,}$/);
  await expect(page.locator("li", { hasText: email })).toBeVisible();

  const invitee = await browser.newContext({ locale: "nl-NL" });
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link);
  await expect(inviteePage.getByText(email)).toBeVisible();
  await inviteePage.locator("input[name=name]").fill("Sam Nieuw");
  await inviteePage.locator("input[name=password]").fill("a long enough password");
  await inviteePage.locator("main form button[type=submit]").click();
  await expect(inviteePage).toHaveURL(/\/workspace$/);
  await expect(inviteePage.getByTestId("portfolio-table").getByRole("link", { name: DEMO.clientOrganisation })).toBeVisible();
  await invitee.close();

  const again = await browser.newContext({ locale: "nl-NL" });
  const againPage = await again.newPage();
  await againPage.goto(link);
  await expect(againPage.getByText("al gebruikt of ingetrokken")).toBeVisible();
  await again.close();
});
