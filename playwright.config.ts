import { defineConfig } from "@playwright/test";
import { e2ePort } from "./tests/support/e2e-paths";

export default defineConfig({
  testDir: "tests/e2e",
  // Maps "server-only" to a stub, as vitest.config.ts does, so specs can use the site's own
  // lib code (e.g. to issue form tokens); the production build never sees this file.
  tsconfig: "./tests/e2e/tsconfig.playwright.json",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${e2ePort}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${e2ePort}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
