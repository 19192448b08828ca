import { expect, test, type Browser, type Page } from "@playwright/test";
import { clickAndConfirm, DEMO, fillOrganisation, openTab, signIn, signUp, unique } from "./helpers";

test.describe.configure({ timeout: 120_000 });

async function newOrganisation(page: Page, notes: string) {
  const name = `Klant ${unique()}`;
  await page.goto("/workspace/organisations/new");
  await fillOrganisation(page, { name, sector: "retail", sizeBand: "10-49", notes });
  await page.locator("main form button[type=submit]").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return name;
}

async function openLink(browser: Browser, link: string, locale = "nl-NL") {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(link);
  return { context, page };
}

test("a consultant invites a client viewer, who sets a password, sees only their dashboard and marks an action done when allowed", async ({
  page,
  browser,
}) => {
  await signUp(page);
  const name = await newOrganisation(page, "Interne notitie: budget is krap");
  await openTab(page, "Klanttoegang");
  await page.getByRole("region", { name: "Toegang voor de klant" }).locator("input[name=email]").fill("not an address");
  await page.getByRole("button", { name: "Klantgebruiker uitnodigen" }).click();
  await expect(page.locator("#email-error")).toBeVisible();
  const email = `klant-${unique()}@example.test`;
  await page.locator("input[name=email]").fill(email);
  await page.getByRole("button", { name: "Klantgebruiker uitnodigen" }).click();
  const link = await page.locator("#client-invitation-link").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{40,}$/);
  await expect(page.getByRole("button", { name: `Uitnodiging voor ${email} intrekken` })).toBeVisible();

  await openTab(page, "Doelen en acties");
  await page.locator("input[name=title]").fill("Contentkalender opzetten");
  await page.getByRole("button", { name: "Actie toevoegen" }).click();
  await expect(page.locator("[data-action-item='Contentkalender opzetten']")).toBeVisible();
  await openTab(page, "Klanttoegang");

  const client = await openLink(browser, link);
  // The token leaves the address bar at once.
  await expect(client.page).toHaveURL(/\/invite$/);
  await expect(client.page.getByText(name)).toBeVisible();
  await client.page.locator("input[name=name]").fill("Kees Klant");
  await client.page.locator("input[name=password]").fill("a long enough password");
  await client.page.locator("main form button[type=submit]").click();
  await expect(client.page).toHaveURL(/\/portal$/);
  await expect(client.page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(client.page.getByText("budget is krap")).toHaveCount(0);
  await expect(client.page.getByRole("button", { name: "“Contentkalender opzetten” afvinken" })).toHaveCount(0);
  await expect(client.page.getByRole("link", { name: "Portfolio" })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("button", { name: "Toegang van Kees Klant intrekken" })).toBeVisible();
  await page.getByRole("button", { name: "Klantgebruikers acties laten afvinken" }).click();
  await expect(page.getByText("Klantgebruikers mogen acties afvinken.")).toBeVisible();

  await client.page.reload();
  await client.page.getByRole("button", { name: "“Contentkalender opzetten” afvinken" }).click();
  await expect(client.page.getByRole("button", { name: "“Contentkalender opzetten” afvinken" })).toHaveCount(0);
  await expect(client.page.getByText(/^Klaar/)).toBeVisible();
  // Ticked off by mistake: it can be undone.
  await client.page.getByRole("button", { name: "“Contentkalender opzetten” weer openzetten" }).click();
  await expect(client.page.getByRole("button", { name: "“Contentkalender opzetten” afvinken" })).toBeVisible();
  await client.context.close();

  const again = await openLink(browser, link);
  await expect(again.page.getByText("al gebruikt of ingetrokken")).toBeVisible();
  await again.context.close();
});

test("a client viewer answers a pulse check-in that shows on the timeline but not as an assessment (English)", async ({ page }) => {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://127.0.0.1" }]);
  await signIn(page, DEMO.secondClient, DEMO.password);
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(DEMO.secondClientOrganisation);
  await expect(page.getByText("Notes from your consultant")).toBeVisible();
  const assessments = await page.getByTestId("curve-table").locator("[data-assessment-row]").count();
  const pulsesBefore = await page.getByTestId("timeline-table").locator("[data-timeline-kind=pulse]").count();

  await page.getByRole("link", { name: "Do a pulse check-in" }).click();
  const questions = page.locator("fieldset[data-pulse-item]");
  await expect(questions).toHaveCount(7);
  await questions.nth(0).locator("input[type=radio]").nth(2).check();
  await page.getByRole("button", { name: "Send pulse check-in" }).click();
  await expect(page.getByText("Answer every question before you send the pulse.")).toBeVisible();
  await expect(questions.nth(1).locator(".field-error")).toHaveText('Choose an answer to this question (or "Don\'t know").');
  await expect(questions.nth(0).locator("input[type=radio]").nth(2)).toBeChecked();
  for (let index = 1; index < 7; index++) await questions.nth(index).locator("input[type=radio]").nth(2).check();
  await page.getByRole("button", { name: "Send pulse check-in" }).click();

  await expect(page).toHaveURL(/\/portal\?pulse=saved$/);
  await expect(page.getByText("your pulse check-in is saved")).toBeVisible();
  await expect(page.getByTestId("timeline-table").locator("[data-timeline-kind=pulse]")).toHaveCount(pulsesBefore + 1);
  await expect(page.getByTestId("curve-table").locator("[data-assessment-row]")).toHaveCount(assessments);
});

test("the demo round shows the perception gaps between groups of three or more", async ({ page }) => {
  await signIn(page, DEMO.owner, DEMO.password);
  await page.getByTestId("portfolio-table").getByRole("link", { name: DEMO.roundOrganisation }).click();
  await openTab(page, "Assessments");
  await page.getByRole("link", { name: "Herbeoordeling met het team" }).click();
  const round = page.getByRole("region", { name: "Respondenten" });
  await expect(round.getByTestId("respondent-progress")).toHaveText("8 van 9 gereageerd");
  await expect(round.getByTestId("perception-gaps")).toContainText("volgens Leiding Geïntegreerd");
  await expect(round.getByTestId("rater-group-table").locator("tbody tr")).toHaveCount(3);
  await expect(round.getByTestId("pooled-groups")).toContainText("Socialmediateam");
});

test(
  "respondents answer through single-use links without an account; the consultant sees progress, gaps and closes the round",
  { tag: "@autosave" },
  async ({ page, browser }) => {
    await signUp(page);
    await newOrganisation(page, "");
    await page.getByRole("link", { name: "Assessment starten" }).click();
    await page.getByRole("button", { name: "Assessment starten" }).click();
    const round = page.getByRole("region", { name: "Respondenten" });
    await expect(round.getByTestId("respondent-progress")).toHaveText("0 van 0 gereageerd");

    const links: string[] = [];
    for (const [name, group] of [
      ["Directeur", "leadership"],
      ["", "staff"],
      ["Laatkomer", "staff"],
    ] as const) {
      await round.locator("input[name=name]").fill(name);
      await round.locator("select[name=raterGroup]").selectOption(group);
      await round.getByRole("button", { name: "Respondentlink maken" }).click();
      await expect(round.locator("#respondent-link")).toHaveValue(/\/respond\/[\w-]{40,}$/);
      if (links.length > 0) await expect(round.locator("#respondent-link")).not.toHaveValue(links.at(-1)!);
      links.push(await round.locator("#respondent-link").inputValue());
    }
    await expect(round.getByTestId("respondent-progress")).toHaveText("0 van 3 gereageerd");

    for (const [index, stage] of [
      [0, 3],
      [1, 1],
    ] as const) {
      const respondent = await openLink(browser, links[index]!);
      await expect(respondent.page).toHaveURL(/\/respond$/);
      await expect(respondent.page.getByText(index === 0 ? "Welkom, Directeur" : "U antwoordt anoniem")).toBeVisible();
      for (let step = 0; step < 7; step++) {
        for (const fieldset of await respondent.page.locator("fieldset[data-item]").all())
          await fieldset.locator(`input[type=radio][value$=".${stage}"]`).check();
        await expect(respondent.page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved", { timeout: 30_000 });
        if (step === 0) {
          await respondent.page.reload();
          await expect(respondent.page.locator(`fieldset[data-item] input[type=radio][value$=".${stage}"]`).first()).toBeChecked();
        }
        if (step === 0 && index === 0) {
          // The list of dimensions shows what is answered and jumps to any of them.
          const steps = respondent.page.getByRole("navigation", { name: "Dimensies" }).getByRole("button");
          await expect(steps).toHaveCount(7);
          await expect(steps.first()).toContainText(/(\d+)\/\1$/);
          await expect(steps.last()).toContainText(/0\/\d+$/);
          await steps.last().click();
          await expect(steps.last()).toHaveAttribute("aria-current", "step");
          await expect(respondent.page.locator("#respond-step-heading")).toHaveText((await steps.last().locator("span").first().textContent())!);
          await steps.first().click();
          await expect(respondent.page.getByText("Deel 1 van 7")).toBeVisible();
        }
        if (step < 6) await respondent.page.getByRole("button", { name: "Volgende" }).click();
      }
      await respondent.page.getByRole("button", { name: "Mijn antwoorden inleveren" }).click();
      await expect(respondent.page.getByText("uw antwoorden zijn ingeleverd")).toBeVisible();
      await respondent.context.close();

      const reused = await openLink(browser, links[index]!);
      await expect(reused.page.getByText("Deze link is al gebruikt")).toBeVisible();
      await reused.context.close();
    }

    await page.reload();
    await expect(round.getByTestId("respondent-progress")).toHaveText("2 van 3 gereageerd");
    // One person per group: nobody's answers are shown as a group of their own.
    await expect(round.getByTestId("rater-group-table").locator("tbody tr")).toHaveCount(1);
    await expect(round.getByTestId("pooled-groups")).toContainText("minder dan 3 respondenten");
    await expect(round.getByText("minstens twee groepen met elk drie of meer respondenten")).toBeVisible();

    await clickAndConfirm(page, round.getByRole("button", { name: "Ronde sluiten" }), "Ronde sluiten");
    await expect(round.getByText(/De ronde is gesloten op/)).toBeVisible();
    const late = await openLink(browser, links[2]!);
    await expect(late.page.getByText("Deze vragenronde is gesloten")).toBeVisible();
    await late.context.close();
  },
);
