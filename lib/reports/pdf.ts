import "server-only";
import fs from "node:fs";
import type { Browser } from "playwright-core";

// PDF reports: the print page printed by headless Chromium. One browser per server process,
// started on the first report and kept while reports come; a fresh context per report, closed
// in `finally`; at most two reports at a time, the others wait their turn; each has a time
// limit. An idle browser is closed, and one that has printed many reports is started afresh,
// so that Chromium's memory does not grow with the server's age.

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];
const AT_ONCE = 2;
const TIME_LIMIT_MS = 30_000;
const IDLE_MS = 20_000;
const REPORTS_PER_BROWSER = 50;

// Playwright is loaded with the first report, not with every page that offers one: it costs
// each server process about 30 MB and its start-up time.
const playwright = () => import("playwright-core");

/** The Chromium to print with: CHROMIUM_PATH, the system's, or Playwright's own; null when there is none. */
export async function findChromium(): Promise<string | null> {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((candidate): candidate is string => Boolean(candidate) && fs.existsSync(candidate!));
  if (found) return found;
  try {
    const bundled = (await playwright()).chromium.executablePath();
    return fs.existsSync(bundled) ? bundled : null;
  } catch {
    // Playwright has no browser of its own here.
    return null;
  }
}

let browser: Promise<Browser> | null = null;
let printed = 0;
let idleTimer: ReturnType<typeof setTimeout> | null = null;
let running = 0;
const waiting: (() => void)[] = [];

function launch(executablePath: string): Promise<Browser> {
  if (idleTimer) clearTimeout(idleTimer);
  if (!browser) {
    printed = 0;
    const launching = playwright().then(({ chromium }) =>
      chromium.launch({ executablePath, args: CHROMIUM_ARGS }).then((launched) => {
        // A browser that crashes or is closed is started again for the next report.
        launched.on("disconnected", () => {
          if (browser === launching) browser = null;
        });
        return launched;
      }),
    );
    launching.catch(() => {
      if (browser === launching) browser = null;
    });
    browser = launching;
  }
  return browser;
}

/** After a report: retire a well-used browser once nothing prints on it, or close it when idle. */
function afterReport(): void {
  printed += 1;
  const current = browser;
  if (!current) return;
  const close = () => {
    if (browser === current) browser = null;
    current.then((launched) => launched.close()).catch(() => undefined);
  };
  if (printed >= REPORTS_PER_BROWSER && running === 0) return close();
  if (running === 0) {
    idleTimer = setTimeout(close, IDLE_MS);
    idleTimer.unref();
  }
}

async function turn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

export class NoChromium extends Error {}

/** Prints a self-contained HTML page to an A4 PDF with page numbers and the client's name in the footer. */
export async function renderPdf(html: string, footer: { left: string; page: string; of: string }): Promise<Buffer> {
  const executablePath = await findChromium();
  if (!executablePath) throw new NoChromium("no Chromium to print with");
  return turn(async () => {
    const context = await (await launch(executablePath)).newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(TIME_LIMIT_MS);
      // The page is complete in itself: anything it would fetch is refused.
      await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
      await page.setContent(html, { waitUntil: "load", timeout: TIME_LIMIT_MS });
      const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
      return await page.pdf({
        format: "A4",
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: `<div style="font-family: Helvetica, Arial, sans-serif; font-size: 8pt; color: #475569; width: 100%; padding: 0 16mm; display: flex; justify-content: space-between; gap: 8mm;"><span style="overflow: hidden; white-space: nowrap; text-overflow: ellipsis;">${escape(footer.left)}</span><span style="white-space: nowrap;">${escape(footer.page)} <span class="pageNumber"></span> ${escape(footer.of)} <span class="totalPages"></span></span></div>`,
      });
    } finally {
      await context.close();
    }
  }).finally(afterReport);
}
