import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./e2e/browser";

const port = Number(process.env.E2E_PORT || 3100);
const browser = findChromium();

export default defineConfig({
  testDir: "e2e",
  // Two servers behind a proxy: their own run, `npm run test:cluster`.
  testIgnore: "cluster/**",
  // One folder per port, so that the SQLite and PostgreSQL runs can go side by side.
  outputDir: `test-results/e2e-${port}`,
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  retries: 0,
  // Two cores run the server, the browsers and the tests: generous limits, no retries.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.E2E_JSON_REPORT ? [["list"], ["json", { outputFile: process.env.E2E_JSON_REPORT }]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "nl-NL",
    // Recording traces costs CPU on every test; CI keeps its two cores for the app and the tests.
    trace: process.env.CI ? "off" : "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        locale: "nl-NL",
        launchOptions: {
          executablePath: browser?.executablePath,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: {
    command: "node_modules/.bin/tsx e2e/start-server.ts",
    url: `http://127.0.0.1:${port}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
