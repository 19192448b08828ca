import { execFileSync } from "node:child_process";
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Download, type Page } from "@playwright/test";
import JSZip from "jszip";
import { DEMO, demoOrganisationIds, fieldError, signInAs, signUp } from "./helpers";

// The client report: downloaded as a user downloads it (the buttons), opened and read.

const INTERNAL_NOTE = "Intern: eigenaar twijfelt over het budget voor een planner.";
const squash = (text: string) => text.replace(/\s+/g, " ");

async function pdfText(download: Download): Promise<string> {
  const file = await download.path();
  return squash(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
}

async function docxText(download: Download): Promise<{ text: string; images: number }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
  const xml = await zip.file("word/document.xml")!.async("string");
  const text = xml
    .replace(/<w:p[ >]/g, " $&")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"');
  return { text: squash(text), images: Object.keys(zip.files).filter((name) => name.startsWith("word/media/")).length };
}

async function download(page: Page, button: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("report-download").getByRole("button", { name: button }).click()]);
  return file;
}

/** The chosen option of the strategy plan question, as the print page states it. */
async function planAnswer(page: Page, url: string): Promise<string> {
  await page.goto(url);
  const question = page.locator(".question").filter({ has: page.locator(".question-text", { hasText: /^(Social-mediaplan|Social media plan)$/ }) });
  return squash(await question.locator("p").nth(1).innerText());
}

test("a consultant downloads the report as PDF in Dutch and in English, with the chosen answers and without internal notes unless asked", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const ids = await demoOrganisationIds(browser);
  const bakery = ids.get(DEMO.clientOrganisation)!;
  await signInAs(page, DEMO.consultant);
  await page.goto(`/workspace/organisations/${bakery}`);
  const panel = page.getByTestId("report-download");
  await expect(panel.getByLabel("Taal van het rapport")).toHaveValue("nl");

  const dutch = await download(page, "PDF downloaden");
  expect(dutch.suggestedFilename()).toMatch(/^Bakkerij-Van-Dam-voortgangsrapport-\d{4}-\d{2}-\d{2}\.pdf$/);
  const dutchText = await pdfText(dutch);
  expect(dutchText).toContain("Bakkerij Van Dam");
  for (const stage of ["In opkomst", "Tactisch", "Geïntegreerd", "Sociaal"]) expect(dutchText).toContain(stage);
  expect(dutchText).toContain("over het model en de berekening");
  expect(dutchText).toMatch(/Pagina 2 van \d+/);
  expect(dutchText).not.toContain(INTERNAL_NOTE);

  await panel.getByLabel("Taal van het rapport").selectOption("en");
  const english = await download(page, "PDF downloaden");
  expect(english.suggestedFilename()).toMatch(/^Bakkerij-Van-Dam-progress-report-\d{4}-\d{2}-\d{2}\.pdf$/);
  const englishText = await pdfText(english);
  for (const stage of ["Emerging", "Tactical", "Integrated", "Social"]) expect(englishText).toContain(stage);
  expect(englishText).toContain("about the model and the scoring");
  expect(englishText).not.toContain("Geïntegreerd");

  // The chosen option's text, in each language.
  const reportUrl = `/workspace/organisations/${bakery}/report?format=html`;
  expect(dutchText).toContain(await planAnswer(page, `${reportUrl}&lang=nl`));
  expect(englishText).toContain(await planAnswer(page, `${reportUrl}&lang=en`));

  // Internal notes only when the consultant asks for them, and marked as internal.
  await page.goto(`/workspace/organisations/${bakery}`);
  await panel.getByLabel("Notities in het rapport").selectOption("all");
  const internal = await download(page, "PDF downloaden");
  expect(internal.suggestedFilename()).toMatch(/-INTERN\.pdf$/);
  const withNotes = await pdfText(internal);
  expect(withNotes).toContain("INTERN: met interne notities, niet voor de klant");
  expect(withNotes).toContain(INTERNAL_NOTE);
  expect(withNotes).toContain("Interne notitie");
});

test("the client viewer's report leaves internal notes out, whatever the address asks for", async ({ page }) => {
  await signInAs(page, DEMO.client);
  const panel = page.getByTestId("report-download");
  await expect(panel.getByLabel("Notities in het rapport")).toHaveCount(0);
  const text = await pdfText(await download(page, "PDF downloaden"));
  expect(text).toContain("Bakkerij Van Dam");
  expect(text).not.toContain(INTERNAL_NOTE);
  const forced = await page.request.get("/portal/report?format=html&notes=all");
  expect(forced.status()).toBe(200);
  expect(await forced.text()).not.toContain(INTERNAL_NOTE);
});

test("the Word report opens, with its headings, answers and charts, in the language chosen", async ({ page, browser }) => {
  const ids = await demoOrganisationIds(browser);
  await signInAs(page, DEMO.consultant);
  await page.goto(`/workspace/organisations/${ids.get(DEMO.clientOrganisation)}`);
  await page.getByTestId("report-download").getByLabel("Taal van het rapport").selectOption("en");
  const file = await download(page, "Word (bewerkbaar)");
  expect(file.suggestedFilename()).toMatch(/^Bakkerij-Van-Dam-progress-report-\d{4}-\d{2}-\d{2}\.docx$/);
  const { text, images } = await docxText(file);
  expect(text).toContain("Bakkerij Van Dam");
  expect(text).toContain("Summary");
  expect(text).toContain("about the model and the scoring");
  expect(text).toContain("Integrated");
  expect(text).not.toContain(INTERNAL_NOTE);
  // The learning curve, the timeline and the radar.
  expect(images).toBeGreaterThanOrEqual(3);
});

test("the print page has no accessibility violations and loads nothing from elsewhere", async ({ page, browser }) => {
  const ids = await demoOrganisationIds(browser);
  await signInAs(page, DEMO.consultant);
  const outside: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1") && !request.url().startsWith("data:")) outside.push(request.url());
  });
  await page.goto(`/workspace/organisations/${ids.get(DEMO.roundOrganisation)}/report?format=html&lang=nl`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(DEMO.roundOrganisation);
  await expect(page.getByRole("table").first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
  expect(outside).toEqual([]);
});

test("an owner brands the workspace, and bad logos are refused with a clear message and change nothing", async ({ page }) => {
  await signUp(page);
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instellingen van de werkruimte");
  const logo = page.locator("input[name=logo]");
  const save = page.getByRole("button", { name: "Huisstijl opslaan" });

  // A renamed executable.
  await page.getByLabel("Naam van het adviesbureau").fill("Groeipad Zuid");
  await logo.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(400, 1)]) });
  await save.click();
  await expect(fieldError(page, "logo")).toContainText("geen PNG-, JPEG- of SVG-afbeelding");
  await expect(page.getByLabel("Naam van het adviesbureau")).toHaveValue("Groeipad Zuid");

  // An SVG with a script.
  await logo.setInputFiles({
    name: "logo.svg",
    mimeType: "image/svg+xml",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await save.click();
  await expect(fieldError(page, "logo")).toContainText("bevat scripts");

  // Too large: refused before it is sent.
  await logo.setInputFiles({
    name: "groot.png",
    mimeType: "image/png",
    buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(1_100_000)]),
  });
  await expect(fieldError(page, "logo")).toContainText("hoogstens 1 MB");

  // Too light an accent colour.
  await logo.setInputFiles([]);
  await page.getByLabel("Accentkleur").fill("#ffdd00");
  await save.click();
  await expect(fieldError(page, "accentColour")).toContainText("Te licht");
  await expect(page.getByLabel("Naam van het adviesbureau")).toHaveValue("Groeipad Zuid");

  // Nothing of the above was stored.
  await page.reload();
  await expect(page.getByLabel("Naam van het adviesbureau")).toHaveValue("");
  await expect(page.getByRole("img", { name: "Huidig logo" })).toHaveCount(0);

  // A plain SVG is taken, drawn as a PNG.
  await page.getByLabel("Naam van het adviesbureau").fill("Groeipad Zuid");
  await page.getByLabel("Accentkleur").fill("#0f5132");
  await logo.setInputFiles({
    name: "logo.svg",
    mimeType: "image/svg+xml",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#0f5132"/></svg>'),
  });
  await save.click();
  await expect(page.getByText("De huisstijl is opgeslagen")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Naam van het adviesbureau")).toHaveValue("Groeipad Zuid");
  await expect(page.getByLabel("Accentkleur")).toHaveValue("#0f5132");
  // Saved again without choosing a file: the logo stays, the footer changes.
  await page.getByLabel("Voettekst van het rapport").fill("KvK 12345678");
  await save.click();
  await expect(page.getByText("De huisstijl is opgeslagen")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Voettekst van het rapport")).toHaveValue("KvK 12345678");
  const src = await page.getByRole("img", { name: "Huidig logo" }).getAttribute("src");
  const image = await page.request.get(src!);
  expect(image.headers()["content-type"]).toBe("image/png");
});
