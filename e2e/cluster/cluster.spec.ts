// Two app servers on one PostgreSQL behave as one (e2e/cluster/start-cluster.ts starts them).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { answerDimension, DEMO, fillOrganisation, signUp, startAssessmentDraft, unique, waitUntilSaved } from "../helpers";
import type { ReceivedMail } from "../../tests/smtp-sink";

test.describe.configure({ mode: "serial", timeout: 180_000 });

type Server = { name: string; url: string };
let a: Server;
let b: Server;

test.beforeAll(async ({ request }) => {
  [a, b] = (await (await request.get("/__cluster/servers")).json()) as [Server, Server];
});

test("a session begun on one server works on the other, and what one changes the other shows at once, on full loads and clicks", async ({ browser }) => {
  const context = await browser.newContext();
  const onA = await context.newPage();
  const onB = await context.newPage();
  await onA.goto(`${a.url}/sign-in`);
  await onA.locator("input[name=email]").fill(DEMO.owner);
  await onA.locator("input[name=password]").fill(DEMO.password);
  await onA.locator("main form button[type=submit]").click();
  await expect(onA).toHaveURL(`${a.url}/workspace`);

  // The browser holds one cookie for the host: B accepts the session A began.
  await onB.goto(`${b.url}/workspace`);
  await expect(onB).toHaveURL(`${b.url}/workspace`);
  await expect(onB.getByRole("main")).toContainText("Gemeente Zuiderveen");

  const name = `Cluster ${unique()}`;
  await onA.goto(`${a.url}/workspace/organisations/new`);
  await fillOrganisation(onA, { name, sector: "retail", sizeBand: "10-49" });
  await onA.getByRole("button", { name: "Organisatie aanmaken" }).click();
  await expect(onA.getByRole("heading", { level: 1 })).toHaveText(name);
  await onB.goto(`${b.url}/workspace/organisations?status=all`);
  await expect(onB.getByRole("link", { name })).toBeVisible();

  const renamed = `Gemeente Zuiderveen ${unique()}`;
  await onA.goto(`${a.url}/workspace/organisations?status=all`);
  await onA.getByRole("link", { name: "Gemeente Zuiderveen", exact: true }).click();
  await onA.getByRole("link", { name: "Bewerken" }).click();
  await fillOrganisation(onA, { name: renamed });
  await onA.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(onA.getByRole("heading", { level: 1 })).toHaveText(renamed);

  // A click on B is a client-side navigation (the page is not loaded anew) and shows the new name.
  await onB.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await onB.getByRole("navigation").getByRole("link", { name: "Portfolio", exact: true }).first().click();
  await expect(onB).toHaveURL(`${b.url}/workspace`);
  await expect(onB.getByRole("main")).toContainText(renamed);
  expect(await onB.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await context.close();
});

const resetMails = async (request: APIRequestContext, recipients: string[]) => {
  const mail = (await (await request.get("/__cluster/mail")).json()) as ReceivedMail[];
  return recipients.map((recipient) => mail.filter((received) => received.to.includes(recipient) && /wachtwoord|password/i.test(received.subject)).length);
};

test("both servers' mail workers retry the same queued mail, and each is sent once", async ({ page, request }) => {
  const recipients = [DEMO.consultant, DEMO.client, DEMO.secondClient];
  // Refused at first, every message waits for a retry, which both servers' runners (due at the
  // same second on both) then reach for.
  await request.post("/__cluster/refuse-mail");
  for (const recipient of recipients) {
    await page.goto("/forgot-password");
    await page.getByLabel("E-mailadres").fill(recipient);
    await page.getByRole("button", { name: "Link sturen" }).click();
    await expect(page.getByRole("status")).toContainText(recipient);
  }
  await page.waitForTimeout(2_000);
  expect(await resetMails(request, recipients)).toEqual([0, 0, 0]);
  await request.post("/__cluster/accept-mail");
  await expect.poll(() => resetMails(request, recipients), { timeout: 120_000, intervals: [2_000] }).toEqual([1, 1, 1]);
  await page.waitForTimeout(5_000);
  expect(await resetMails(request, recipients)).toEqual([1, 1, 1]);
});

test("a server stopped hard mid-assessment loses no answer: the autosave goes on against the other", async ({ page, request }) => {
  await signUp(page);
  await startAssessmentDraft(page, "Assessment starten", "Assessment starten");
  await answerDimension(page, 2);
  await waitUntilSaved(page);
  await request.post("/__cluster/kill/a");
  for (let step = 1; step < 7; step++) {
    await page.getByRole("navigation", { name: "Dimensies" }).getByRole("button").nth(step).click();
    await answerDimension(page, 3);
  }
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByText("24 van 24 vragen beantwoord")).toBeVisible();
  await page.getByRole("button", { name: "Assessment afronden", exact: true }).click();
  await expect(page.getByTestId("stage")).toBeVisible();
});
