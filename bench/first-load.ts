// First-load JavaScript per route: every script the browser loads until the network is idle
// (charts included), measured raw and gzip-compressed. Public routes signed out, the rest signed
// in to the large workspace. Needs `npm run build` and the large data (bench:pages).
import { gzipSync } from "node:zlib";
import { chromium, type BrowserContext } from "@playwright/test";
import { findChromium } from "../e2e/browser";
import { BASE, benchDatabaseUrl, LARGE_OWNER, startServer, stopServer } from "./server";

const routes = [
  ["landing", "/"],
  ["sign-in", "/sign-in"],
  ["portfolio", "/workspace"],
  ["organisations", "/workspace/organisations"],
  ["client page", "/workspace/organisations/large-org-500"],
  ["assessment results", "/workspace/organisations/large-org-500/assessments/large-org-500-a24"],
  ["compare", "/workspace/compare?ids=large-org-1,large-org-2,large-org-3"],
] as const;

const server = await startServer(benchDatabaseUrl());
const browser = await chromium.launch({ executablePath: findChromium()?.executablePath, args: ["--no-sandbox", "--disable-gpu"] });
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/sign-in`);
  await page.fill("input[name=email]", LARGE_OWNER.email);
  await page.fill("input[name=password]", LARGE_OWNER.password);
  await page.click("main form button[type=submit]");
  await page.waitForURL(/\/workspace$/);
  const anonymous = await browser.newContext();
  console.log("| route | files (initial + later) | initial JS, gzip kB | all JS incl. lazy charts, gzip kB |");
  console.log("|---|---|---|---|");
  for (const [name, path] of routes) {
    const signedOut = path === "/" || path === "/sign-in";
    const { initial, later, initialGzip, gzip } = await scriptsOf(signedOut ? anonymous : context, path);
    console.log(`| ${name} | ${initial} + ${later} | ${(initialGzip / 1024).toFixed(0)} | ${(gzip / 1024).toFixed(0)} |`);
  }
} finally {
  await browser.close();
  stopServer(server);
}

/** Scripts named in the page's HTML are its first load; the rest (lazy charts) come after. */
async function scriptsOf(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const urls = new Set<string>();
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") urls.add(response.url());
  });
  const response = await page.goto(`${BASE}${path}`, { waitUntil: "networkidle" });
  const html = (await response?.text()) ?? "";
  await page.close();
  let gzip = 0;
  let initialGzip = 0;
  let initial = 0;
  for (const url of urls) {
    const size = gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
    gzip += size;
    if (html.includes(new URL(url).pathname)) {
      initialGzip += size;
      initial += 1;
    }
  }
  return { initial, later: urls.size - initial, initialGzip, gzip };
}
