// Finds a Chromium without downloading one: CHROMIUM_PATH, then the system's Chromium,
// then Playwright's own browser when `npx playwright install chromium` has fetched it.
import fs from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"];

export type BrowserChoice = { executablePath?: string; description: string } | null;

export function findChromium(): BrowserChoice {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return fs.existsSync(configured) ? { executablePath: configured, description: configured } : null;
  const system = SYSTEM_CHROMIUM.find((candidate) => fs.existsSync(candidate));
  if (system) return { executablePath: system, description: system };
  try {
    const bundled = chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return { description: `Playwright's Chromium (${bundled})` };
  } catch {
    // Playwright's own browser is not installed.
  }
  return null;
}

export const HOW_TO_GET_A_BROWSER = [
  "No Chromium found for the end-to-end tests. Either:",
  "  - install the system's: sudo apt-get install chromium   (Debian/Ubuntu), or",
  "  - let Playwright fetch its own: npx playwright install chromium, or",
  "  - point CHROMIUM_PATH at a Chromium or Chrome binary.",
].join("\n");
