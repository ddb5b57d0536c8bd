import { defineConfig } from "@playwright/test";
import { e2ePort } from "./tests/support/e2e-paths";

/**
 * Specs that each spend tens of seconds in one test or one in-order group (staff servers of
 * their own, the Nu checker's walk): they start first, so the many short page tests fill the
 * workers around them instead of one of these running on alone at the end. Playwright queues
 * projects in the order given, and files within a project alphabetically.
 */
const long = [
  "assign.spec.ts",
  "eligibility.spec.ts",
  "html-validity.spec.ts",
  "phone-layout.spec.ts",
  "pipeline.spec.ts",
  "staff-reviews.spec.ts",
  "staff.spec.ts",
  "undo.spec.ts",
  "work-forms.spec.ts",
];

export default defineConfig({
  testDir: "tests/e2e",
  // Maps "server-only" to a stub, as vitest.config.ts does, so specs can use the site's own
  // lib code (e.g. to issue form tokens); the production build never sees this file.
  tsconfig: "./tests/e2e/tsconfig.playwright.json",
  fullyParallel: true,
  // Measured: a page of the walk costs about 4 CPU-seconds in about 4 s of its worker's time,
  // and the staff specs more CPU than worker time (browser, server and commands at once), so
  // two workers already keep both cores busy; a third only adds contention.
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
  projects: [
    { name: "long", testMatch: long },
    {
      name: "site",
      testIgnore: long,
      // A trace costs about 1 CPU-second a test even when it is thrown away (measured on 14 page
      // tests: 56 CPU-s without, 69 with), a fifth of a page check. One-page tests fail
      // readably from their message, the page's ARIA snapshot (error-context.md) and a
      // screenshot; the multi-browser staff flows above keep their traces.
      use: { trace: "off", screenshot: "only-on-failure" },
    },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${e2ePort}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
