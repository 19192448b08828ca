import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Download, type Page } from "@playwright/test";
import { DEMO, demoOrganisationIds, signInAs, signUp } from "./helpers";

// Spreadsheets out and in, as a consultant clicks them: downloads opened and read, an import
// previewed, refused for a bad cell without writing anything, and then taken.

const INTERNAL_NOTE = "Intern: eigenaar twijfelt over het budget voor een planner.";
const model = JSON.parse(fs.readFileSync("lib/curve/model/smiciklas-v1.json", "utf8")) as { dimensions: { id: string; items: { id: string }[] }[] };
const itemIds = model.dimensions.flatMap((dimension) => dimension.items.map((item) => item.id));

async function workbook(download: Download): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(await download.path()) as unknown as ExcelJS.Buffer);
  return book;
}

const columnValues = (sheet: ExcelJS.Worksheet, header: string) => {
  const index = (sheet.getRow(1).values as unknown[]).indexOf(header);
  return sheet.getColumn(index).values.slice(2);
};

async function downloadLink(page: Page, name: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-links").getByRole("link", { name, exact: true }).click()]);
  return file;
}

test("the portfolio downloads as it is filtered, as a workbook with dates and numbers and as a Dutch CSV", async ({ page }) => {
  await signInAs(page, DEMO.consultant);
  await page.goto("/workspace?sector=retail&sort=position&dir=desc");
  const book = await workbook(await downloadLink(page, "Excel (XLSX)"));
  const portfolio = book.getWorksheet("Portfolio")!;
  expect(portfolio.getRow(1).values).toContain("Organisatie");
  expect(portfolio.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  const names = columnValues(portfolio, "Organisatie");
  expect(names).toContain(DEMO.clientOrganisation);
  expect(names).not.toContain(DEMO.secondClientOrganisation);
  const positions = columnValues(portfolio, "Positie").filter((value) => value !== null) as number[];
  expect(typeof positions[0]).toBe("number");
  expect([...positions].sort((a, b) => b - a)).toEqual(positions);
  expect(columnValues(portfolio, "Laatste assessment")[0]).toBeInstanceOf(Date);
  const assessments = book.getWorksheet("Assessments")!;
  expect((assessments.getRow(1).values as string[]).some((header) => /\[strategy\]$/.test(String(header)))).toBe(true);

  const csv = fs.readFileSync(await (await downloadLink(page, "CSV")).path(), "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split("\r\n")[0]).toMatch(/^\uFEFFOrganisatie;Sector;/);
  expect(csv).toMatch(/Bakkerij Van Dam;Detailhandel;/);
  expect(csv).toMatch(/;\d,\d+;/);

  const english = await page.request.get("/workspace/export?format=csv&lang=en&sector=retail");
  expect((await english.text()).split("\r\n")[0]).toMatch(/^\uFEFFOrganisation,Sector,/);
});

test("an organisation's every answer downloads for its consultant, and its client gets no internal notes and no respondents", async ({ page, browser }) => {
  const ids = await demoOrganisationIds(browser);
  await signInAs(page, DEMO.consultant);
  await page.goto(`/workspace/organisations/${ids.get(DEMO.clientOrganisation)}`);
  const book = await workbook(await downloadLink(page, "Excel (XLSX)"));
  const answers = book.getWorksheet("Antwoorden")!;
  expect(columnValues(answers, "Vraag-id")).toContain("strategy.plan");
  expect(columnValues(answers, "Notities")).toContain(INTERNAL_NOTE);
  expect(book.getWorksheet("Actieplan")).toBeDefined();

  await page.context().clearCookies();
  await signInAs(page, DEMO.client);
  const client = await workbook(await downloadLink(page, "Excel (XLSX)"));
  const clientAnswers = client.getWorksheet("Antwoorden")!;
  expect(columnValues(clientAnswers, "Vraag-id")).toContain("strategy.plan");
  expect(columnValues(clientAnswers, "Notities")).not.toContain(INTERNAL_NOTE);
  expect(columnValues(clientAnswers, "Status")).not.toContain("Concept");
});

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.locator("#import-file").setInputFiles({ name, mimeType: "application/octet-stream", buffer });
}

test("an import is previewed, a bad cell is named and nothing written, and a good file lands on the charts", async ({ page }) => {
  await signUp(page);
  await page.goto("/workspace/import");
  const [templateDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Excel-sjabloon (met toegestane waarden)" }).click(),
  ]);
  const template = await workbook(templateDownload);
  const sheet = template.worksheets[0]!;
  const header = sheet.getRow(1).values as unknown[];
  expect(header).toContain("strategy.plan");
  const planColumn = header.indexOf("strategy.plan");
  expect(sheet.getCell(2, planColumn).dataValidation).toMatchObject({ type: "list", formulae: ['"1,2,3,4,NA,DK"'] });

  // Fill the template as a consultant would: the example row replaced by two clients.
  const row = (name: string, date: Date, level: string) => [name, date, null, "retail", "10-49", ...itemIds.map(() => level)];
  sheet.getRow(2).values = row("Koffiebar Het Anker", new Date(Date.UTC(2024, 0, 10)), "1");
  sheet.getRow(3).values = row("Koffiebar Het Anker", new Date(Date.UTC(2025, 0, 10)), "3");
  sheet.getRow(4).values = row("Drukkerij Van Os", new Date(Date.UTC(2025, 5, 1)), "2");
  sheet.getCell(3, planColumn).value = 5;
  const bad = Buffer.from(await template.xlsx.writeBuffer());

  await chooseFile(page, "eerdere-scans.xlsx", bad);
  const problems = page.getByTestId("import-problems");
  await expect(problems).toContainText("Er is 1 probleem");
  await expect(problems).toContainText("Rij 3, kolom `strategy.plan`: 5 is geen niveau; gebruik 1–4, NA of DK.");
  await expect(page.getByRole("button", { name: /importeren$/ })).toHaveCount(0);
  await page.goto("/workspace/organisations");
  await expect(page.getByText("Koffiebar Het Anker")).toHaveCount(0);

  // Not a spreadsheet at all.
  await page.goto("/workspace/import");
  await chooseFile(page, "scans.xlsx", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(2000, 7)]));
  await expect(page.locator("#import-file-error")).toContainText("geen XLSX- of CSV-bestand");

  // Corrected, and in English.
  sheet.getCell(3, planColumn).value = 3;
  const good = Buffer.from(await template.xlsx.writeBuffer());
  await page.getByRole("group", { name: "Taal" }).getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import earlier assessments");
  await chooseFile(page, "earlier-scans.xlsx", good);
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("3 assessments for 2 organisations");
  await expect(preview.getByRole("row", { name: /Koffiebar Het Anker/ })).toContainText("Will be created");
  await page.getByRole("button", { name: "Import 3 assessments" }).click();
  await expect(page.getByTestId("import-done")).toContainText("Imported: 3 assessments, 2 new organisations");

  await page.getByRole("link", { name: "To the portfolio" }).click();
  const table = page.getByRole("table").filter({ hasText: "Koffiebar Het Anker" }).last();
  await expect(table.getByRole("row", { name: /Koffiebar Het Anker/ })).toContainText("3.00");
  await page.getByRole("table").last().getByRole("link", { name: "Koffiebar Het Anker" }).click();
  await page.getByRole("link", { name: "History", exact: true }).click();
  await expect(page.getByRole("main")).toContainText("earlier-scans.xlsx");

  // The same file again: every row is already there.
  await page.goto("/workspace/import");
  await chooseFile(page, "earlier-scans.xlsx", good);
  await expect(page.getByTestId("import-problems")).toContainText("already has a completed assessment on 2024-01-10");
});

test("an owner backs up a workspace, restores it into a new one, deletes a client for good, and deleting the workspace asks for its name", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page);
  await page.goto("/workspace/import");
  const csv = `Organisatie;Datum;${itemIds.join(";")}\nBloemenhuis Roos;1-3-2025;${itemIds.map(() => "2").join(";")}\n`;
  await chooseFile(page, "roos.csv", Buffer.from(csv));
  await page.getByRole("button", { name: "1 assessment importeren" }).click();
  await expect(page.getByTestId("import-done")).toBeVisible();

  await page.goto("/workspace/settings");
  const [backup] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Back-up downloaden" }).click()]);
  const json = fs.readFileSync(await backup.path(), "utf8");
  expect(JSON.parse(json)).toMatchObject({ format: "curvewise-workspace-backup", version: 1, organisations: [{ name: "Bloemenhuis Roos" }] });
  expect(json).not.toMatch(/passwordHash|tokenHash/);

  // Into this workspace: it has organisations, so it is refused.
  await page.locator("#backup-file").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(json) });
  await page.getByRole("button", { name: "Terugzetten", exact: true }).click();
  await expect(page.locator("#backup-file-error")).toContainText("heeft al organisaties");

  // Deleting the workspace needs its name.
  await page.getByLabel(/Typ de naam van de werkruimte/).fill("iets anders");
  await page.getByRole("button", { name: "Werkruimte voorgoed verwijderen" }).click();
  await expect(page.locator("#confirmName-error")).toContainText("niet de naam van de werkruimte");

  // A new workspace takes it, on the import page: a backup handed to the import says where it goes.
  await page.context().clearCookies();
  await signUp(page);
  await page.goto("/workspace/import");
  await chooseFile(page, "backup.json", Buffer.from(json));
  await expect(page.locator("#import-file-error")).toContainText("Dit is een back-up van een werkruimte");
  await page.locator("#backup-file").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(json) });
  await page.getByRole("button", { name: "Terugzetten", exact: true }).click();
  await expect(page.getByTestId("restore-done")).toContainText("1 organisatie met 1 assessment");
  await page.goto("/workspace/organisations");
  await page.getByRole("link", { name: "Bloemenhuis Roos" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bloemenhuis Roos");

  // Deleting for good: archived first, then asked by name.
  await page.getByRole("button", { name: "Archiveren" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Archiveren" }).click();
  await page.getByRole("button", { name: "Voorgoed verwijderen" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Bloemenhuis Roos voorgoed verwijderen?");
  await dialog.getByRole("button", { name: "Bloemenhuis Roos verwijderen" }).click();
  await expect(page).toHaveURL(/\/workspace\/organisations\?status=all&deleted=1$/);
  await expect(page.getByText("De organisatie is voorgoed verwijderd")).toBeVisible();
  await expect(page.getByRole("link", { name: "Bloemenhuis Roos" })).toHaveCount(0);
});
