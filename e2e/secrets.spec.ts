// No password hash or token is ever part of a page or a log line. Tokens are shown once, to
// copy, in the answer that creates them; the link moves them into an httpOnly cookie.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { fillOrganisation, openTab, signUp, unique } from "./helpers";

const BCRYPT_HASH = /\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}/;
const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

test("tokens and password hashes never appear in pages, link pages or the server log", { tag: "@once" }, async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUp(page);
  const tokens: string[] = [];
  const tokenOf = (link: string) => link.split("/").pop()!;

  await page.goto("/workspace/team");
  await page.locator("input[name=email]").fill(`collega-${unique()}@example.test`);
  await page.getByRole("button", { name: "Uitnodigingslink maken" }).click();
  tokens.push(tokenOf(await page.locator("#invitation-link").inputValue()));

  await page.goto("/workspace/organisations/new");
  await fillOrganisation(page, { name: `Geheim ${unique()}`, sector: "retail", sizeBand: "10-49" });
  await page.locator("main form button[type=submit]").click();
  await openTab(page, "Klanttoegang");
  const organisationUrl = page.url();
  await page.locator("input[name=email]").fill(`klant-${unique()}@example.test`);
  await page.getByRole("button", { name: "Klantgebruiker uitnodigen" }).click();
  tokens.push(tokenOf(await page.locator("#client-invitation-link").inputValue()));
  await openTab(page, "Assessments");
  await page.getByRole("link", { name: "Assessment starten" }).click();
  await page.getByRole("button", { name: "Assessment starten" }).click();
  await page.locator("select[name=raterGroup]").selectOption("leadership");
  await page.getByRole("button", { name: "Respondentlink maken" }).click();
  const respondentLink = await page.locator("#respondent-link").inputValue();
  tokens.push(tokenOf(respondentLink));
  const assessmentUrl = page.url();
  expect(tokens.every((token) => Buffer.from(token, "base64url").length * 8 >= 128)).toBe(true);

  const secrets = tokens.flatMap((token) => [token, sha256(token)]);
  const pages: [string, string][] = [];
  const organisation = organisationUrl.replace(/\/access$/, "");
  const tabs = ["", "/progress", "/assessments", "/plan", "/access", "/history"].map((tab) => `${organisation}${tab}`);
  for (const url of ["/workspace/team", ...tabs, assessmentUrl, "/workspace", "/workspace/organisations"]) {
    const response = await page.request.get(url);
    pages.push([url, await response.text()]);
  }
  for (const [index, link] of [...tokens.slice(0, 2).map((token) => `/invite/${token}`), new URL(respondentLink).pathname].entries()) {
    const visitor = await browser.newContext({ locale: "nl-NL" });
    const visitorPage = await visitor.newPage();
    const response = await visitorPage.goto(link);
    expect(visitorPage.url()).toMatch(index < 2 ? /\/invite$/ : /\/respond$/);
    pages.push([link, await response!.text()]);
    await visitor.close();
  }
  for (const [url, html] of pages) {
    for (const secret of secrets) expect(html.includes(secret), `${url} contains a token or its hash`).toBe(false);
    expect(BCRYPT_HASH.test(html), `${url} contains a password hash`).toBe(false);
  }

  const log = fs.readFileSync(`data/e2e-server-${process.env.E2E_PORT || "3100"}.log`, "utf8");
  for (const secret of secrets) expect(log.includes(secret), "the server log contains a token or its hash").toBe(false);
  expect(BCRYPT_HASH.test(log)).toBe(false);
});
