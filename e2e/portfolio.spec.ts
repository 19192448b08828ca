import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO, demoOrganisationIds, signIn } from "./helpers";

let ids: Map<string, string>;
test.beforeAll(async ({ browser }) => {
  ids = await demoOrganisationIds(browser);
});

test("the demo client sees the learning curve with one point per assessment, and the table agrees", async ({ page }) => {
  await signIn(page, DEMO.client, DEMO.password);
  await expect(page).toHaveURL(/\/portal$/);
  const curve = page.getByRole("figure", { name: "De leercurve" });
  await expect(curve).toBeVisible();
  const rows = page.getByTestId("curve-table").locator("tr[data-assessment-row]");
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(curve.locator("circle[data-point]")).toHaveCount(count);
  await page.getByText("Toon de gegevens als tabel").first().click();
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId("forecast")).not.toBeEmpty();
  await expect(page.getByRole("figure", { name: "Positie in de tijd" })).toBeVisible();
});

test("the portfolio filters and sorts", async ({ page }) => {
  await signIn(page, DEMO.owner, DEMO.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Portfolio");
  const table = page.getByTestId("portfolio-table");
  await expect(table.locator("tbody tr")).toHaveCount(14);

  await page.locator("#sort").selectOption("position");
  await page.locator("#dir").selectOption("desc");
  await page.getByRole("button", { name: "Toepassen" }).click();
  await expect(page).toHaveURL(/sort=position/);
  const positions = (await table.locator("td[data-column=position]").allInnerTexts()).map((text) => Number(text.replace(",", ".")));
  expect(positions.length).toBe(14);
  expect([...positions].sort((a, b) => b - a)).toEqual(positions);

  await page.locator("#sector").selectOption("healthcare");
  await page.getByRole("button", { name: "Toepassen" }).click();
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expect(table).toContainText("Zorggroep Rivierenland");

  await page.goto("/workspace?stage=1");
  for (const badge of await table.locator("tbody tr td:nth-child(2)").allInnerTexts()) expect(badge).toContain("In opkomst");
  await page.goto("/workspace?consultant=nobody&stage=9&sort=%3Cscript%3E");
  await expect(page.getByText("Geen klanten")).toBeVisible();
});

test("compare three organisations by calendar and by months since their first assessment", { tag: "@once" }, async ({ page }) => {
  await signIn(page, DEMO.owner, DEMO.password);
  await expect(page).toHaveURL(/\/workspace$/);
  const chosen = ["Gemeente Zuiderveen", "Spaarbank Oost", "Hotel De Zeeuwse Kust"].map((name) => ids.get(name)!);

  // The picker: tick two, then search for the third; the ticked ones stay ticked.
  await page.goto("/workspace/compare");
  const choices = page.getByTestId("compare-choices");
  await choices.getByLabel("Gemeente Zuiderveen").check();
  await choices.getByLabel("Spaarbank Oost").check();
  await page.getByLabel("Zoek op naam").fill("zeeuwse");
  await page.getByLabel("Zoek op naam").press("Enter");
  await expect(choices.getByRole("checkbox")).toHaveCount(3);
  await expect(choices.getByRole("checkbox", { checked: true })).toHaveCount(2);
  await choices.getByLabel("Hotel De Zeeuwse Kust").check();
  await page.getByRole("button", { name: "Vergelijken" }).click();
  await expect(page.getByTestId("dimensions-table").locator("thead th")).toHaveCount(4);
  await page.getByLabel("Zoek op naam").fill("geen zo'n naam");
  await page.getByLabel("Zoek op naam").press("Enter");
  await expect(page.getByText("Geen organisatie gevonden voor ‘geen zo'n naam’.")).toBeVisible();
  await expect(page.getByTestId("dimensions-table").locator("thead th")).toHaveCount(4);

  await page.goto(`/workspace/compare?ids=${chosen.join(",")}&align=calendar`);
  await expect(page.getByRole("figure", { name: "Positie in de tijd" })).toBeVisible();
  await expect(page.getByRole("figure", { name: "Positie in de tijd" }).locator(".recharts-line")).toHaveCount(3);
  await expect(page.getByTestId("dimensions-table").locator("thead th")).toHaveCount(4);
  // The "×" that removes an organisation stands in text: it must not rely on colour alone.
  expect((await new AxeBuilder({ page }).analyze()).violations.map((violation) => violation.id)).toEqual([]);

  await page.getByRole("link", { name: "Maanden sinds het eigen eerste assessment" }).click();
  await expect(page).toHaveURL(/align=since_first/);
  await page.getByText("Toon de gegevens als tabel").click();
  const firstMonths = page.getByTestId("overlay-table").locator("tbody tr td:nth-child(3)");
  await expect(firstMonths.first()).toHaveText("0");

  await expect(page.getByTestId("benchmarks").locator("li")).toHaveCount(3);
  for (const item of await page.getByTestId("benchmarks").locator("li").all()) {
    await expect(item).toContainText("Niet getoond: maar");
  }
});

test("a compare URL with bad, archived or too many ids shows the valid ones and names the rest", async ({ page }) => {
  await signIn(page, DEMO.owner, DEMO.password);
  await expect(page).toHaveURL(/\/workspace$/);
  const active = [...ids.entries()].filter(([name]) => name !== "Kramer Juridisch Advies").map(([, id]) => id);
  const url = `/workspace/compare?ids=${[...active.slice(0, 9), ids.get("Kramer Juridisch Advies"), "not-an-id", "%3Cscript%3E"].join(",")}`;
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  const skipped = page.getByTestId("skipped");
  await expect(skipped).toContainText("Kramer Juridisch Advies: gearchiveerd");
  await expect(skipped).toContainText("‘not-an-id’: geen organisatie van deze werkruimte");
  await expect(skipped).toContainText("meer dan 8 organisaties gekozen");
  await expect(page.getByTestId("dimensions-table").locator("thead th")).toHaveCount(9);
});

test("the portfolio and an organisation's tabs ask the server only for what is clicked: no prefetches, one request a click @once", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers.rsc) requests.push(`${headers["next-router-prefetch"] ? "prefetch" : "click"} ${new URL(request.url()).pathname}`);
  });
  await signIn(page, DEMO.owner, DEMO.password);
  await expect(page.getByTestId("portfolio-table").locator("tbody tr")).toHaveCount(14);
  await page.mouse.wheel(0, 4000);
  await page.waitForLoadState("networkidle");
  const id = ids.get("Bakkerij Van Dam")!;
  await page.getByTestId("portfolio-table").getByRole("link", { name: "Bakkerij Van Dam" }).click();
  await expect(page).toHaveURL(new RegExp(`/workspace/organisations/${id}$`));
  await page.waitForLoadState("networkidle");
  await page.getByRole("link", { name: "Geschiedenis", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/workspace/organisations/${id}/history$`));
  await page.waitForLoadState("networkidle");
  expect(requests.filter((request) => request.startsWith("prefetch"))).toEqual([]);
  expect(requests).toEqual([`click /workspace/organisations/${id}`, `click /workspace/organisations/${id}/history`]);
});
