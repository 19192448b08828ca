// E-mail and accounts as people use them: the mail really goes through an SMTP server
// (e2e/start-server.ts) and the tests open the links it carries.
import { expect, test } from "@playwright/test";
import { signIn, signUp, unique } from "./helpers";
import { linkPath, mailTo, waitForMail } from "./mail";

test("a consultant who forgot the password resets it once; the old password and other sessions end", async ({ page, browser }) => {
  const account = await signUp(page);
  // A second browser stays signed in, as a forgotten laptop would.
  const laptop = await browser.newContext({ locale: "nl-NL" });
  const laptopPage = await laptop.newPage();
  await signIn(laptopPage, account.email, account.password);
  await expect(laptopPage).toHaveURL(/\/workspace$/);

  await page.getByRole("button", { name: "Uitloggen" }).click();
  await page.getByRole("link", { name: "Wachtwoord vergeten?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wachtwoord vergeten");
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByRole("button", { name: "Link sturen" }).click();
  const answer = (await page.getByRole("status").innerText()).replace(account.email, "…");

  // An address without an account gets the very same answer, and no mail.
  const stranger = `niemand-${unique()}@example.test`;
  await page.goto("/forgot-password");
  await page.getByLabel("E-mailadres").fill(stranger);
  await page.getByRole("button", { name: "Link sturen" }).click();
  await expect(page.getByRole("status")).toHaveText(answer.replace("…", stranger));

  const mail = await waitForMail(account.email, (received) => received.subject === "Een nieuw wachtwoord voor Curvewise");
  expect(mail.language).toBe("nl");
  const link = linkPath(mail, "/reset-password/");
  await page.goto(link);
  await expect(page).toHaveURL(/\/reset-password$/);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("mijn nieuwe wachtwoord");
  await page.getByLabel("Nieuw wachtwoord nogmaals").fill("mijn nieuw wachtwoord");
  await page.getByRole("button", { name: "Wachtwoord instellen en inloggen" }).click();
  await expect(page.locator("#passwordAgain-error")).toHaveText("De twee wachtwoorden zijn niet gelijk.");
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("mijn nieuwe wachtwoord");
  await page.getByLabel("Nieuw wachtwoord nogmaals").fill("mijn nieuwe wachtwoord");
  await page.getByRole("button", { name: "Wachtwoord instellen en inloggen" }).click();
  await expect(page).toHaveURL(/\/workspace$/);

  // The laptop's session has ended.
  await laptopPage.goto("/workspace/organisations");
  await expect(laptopPage).toHaveURL(/\/sign-in$/);
  await laptop.close();

  // The link worked once; the old password no longer does, the new one does.
  await page.getByRole("button", { name: "Uitloggen" }).click();
  // Leaving before the sign-out has answered would cancel it.
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto(link);
  await expect(page.locator("main [role=alert]")).toContainText("al gebruikt");
  await signIn(page, account.email, account.password);
  await expect(page.locator(".form-message")).toHaveText("Dit e-mailadres en wachtwoord horen niet bij elkaar.");
  await signIn(page, account.email, "mijn nieuwe wachtwoord");
  await expect(page).toHaveURL(/\/workspace$/);
  expect(mailTo(stranger)).toHaveLength(0);
});

test("an invitation in English arrives by e-mail, its link lets the colleague join, and the owner sees it was sent", async ({ page, browser }) => {
  await signUp(page);
  const colleague = `colleague-${unique()}@example.test`;
  await page.goto("/workspace/team");
  await page.getByLabel("E-mailadres van je collega").fill(colleague);
  await page.getByLabel("Taal van de e-mail").selectOption("en");
  await page.getByRole("button", { name: "Uitnodigingslink maken" }).click();
  await expect(page.getByText(`De uitnodiging gaat per e-mail naar ${colleague}.`)).toBeVisible();
  // The copy-link is still there.
  await expect(page.locator("#invitation-link")).toHaveValue(/\/invite\//);

  const mail = await waitForMail(colleague);
  expect(mail.language).toBe("en");
  expect(mail.subject).toMatch(/^Invitation to Bureau /);
  expect(mail.text).toContain("Eva Consultant invites you");

  const visitor = await browser.newContext({ locale: "en-GB" });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(linkPath(mail, "/invite/"));
  await visitorPage.locator("input[name=name]").fill("Colleague");
  await visitorPage.locator("input[name=password]").fill("a long enough password");
  await visitorPage.locator("main form button[type=submit]").click();
  await expect(visitorPage).toHaveURL(/\/workspace$/);
  await visitor.close();

  await page.goto("/workspace/settings");
  const row = page.getByTestId("outbox").locator("tbody tr", { hasText: colleague });
  await expect(row).toHaveAttribute("data-status", "SENT");
  await expect(row).toContainText("Uitnodiging consultant · EN");
  await expect(row).toContainText("Verstuurd");
});

test("on the account page a member changes name and language, and signs out everywhere", async ({ page }) => {
  const account = await signUp(page);
  await page.getByRole("link", { name: /Eva Consultant/ }).click();
  await expect(page).toHaveURL(/\/workspace\/account$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mijn account");
  await page.getByLabel("Naam", { exact: true }).fill("");
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.locator("#name-error")).toHaveText("Dit veld is verplicht.");
  await page.getByLabel("Naam", { exact: true }).fill("Eva de Vries");
  await page.locator("main select[name=language]").selectOption("en");
  await page.getByLabel("Wekelijks overzicht per e-mail").uncheck();
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My account");
  await expect(page.getByText("Your details are saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Eva de Vries");
  await expect(page.getByLabel("Weekly overview by e-mail")).not.toBeChecked();

  // A wrong current password is said at its field.
  await page.getByLabel("Current password").last().fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("another long password");
  await page.getByLabel("New password again").fill("another long password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#currentPassword-error")).toHaveText("This is not your current password.");

  await page.getByRole("region", { name: "Sign out everywhere" }).getByRole("button", { name: "Sign out everywhere" }).first().click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOutEverywhere=1$/);
  await expect(page.getByRole("status")).toContainText("signed out on every device");
  await signIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/workspace$/);
});
