// `npm run test:cluster`: e2e/cluster/ against two app servers behind a proxy on PostgreSQL.
import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./e2e/browser";

const port = Number(process.env.CLUSTER_PORT || 3600);

export default defineConfig({
  testDir: "e2e/cluster",
  outputDir: "test-results/cluster",
  workers: 1,
  retries: 0,
  expect: { timeout: 20_000 },
  reporter: process.env.E2E_JSON_REPORT ? [["list"], ["json", { outputFile: process.env.E2E_JSON_REPORT }]] : [["list"]],
  use: { baseURL: `http://127.0.0.1:${port}`, locale: "nl-NL", trace: process.env.CI ? "off" : "retain-on-failure" },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        locale: "nl-NL",
        launchOptions: { executablePath: findChromium()?.executablePath, args: ["--no-sandbox", "--disable-gpu"] },
      },
    },
  ],
  webServer: {
    command: "node_modules/.bin/tsx e2e/cluster/start-cluster.ts",
    url: `http://127.0.0.1:${port}/__cluster/servers`,
    timeout: 180_000,
    reuseExistingServer: false,
    // The servers run in process groups of their own: the starter must be asked to stop them.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
