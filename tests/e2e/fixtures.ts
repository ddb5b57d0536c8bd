import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { e2ePort } from "@/tests/support/e2e-paths";

type Fixtures = {
  /** Requests the page made to any origin but the site's own; a test asserts it stays empty. */
  foreignRequests: string[];
  /**
   * A fresh page in the worker's shared context: its HTTP cache is warm, so walking the site
   * does not download and compile every script again for each page. Cookies and local storage
   * are emptied between tests, so one page's leftovers never reach the next.
   */
  sharedPage: Page;
};

type WorkerFixtures = {
  /** One script-enabled context per worker, for sharedPage and for scanning pages captured elsewhere. */
  sharedContext: BrowserContext;
};

const origin = `http://127.0.0.1:${e2ePort}`;

/** Collects the URL of every request `page` makes to another origin. */
export function watchForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return foreign;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  foreignRequests: async ({ page }, use) => {
    await use(watchForeignRequests(page));
  },
  sharedContext: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: origin, javaScriptEnabled: true });
      await use(context);
      await context.close();
    },
    { scope: "worker" },
  ],
  sharedPage: async ({ sharedContext }, use) => {
    await sharedContext.clearCookies();
    const page = await sharedContext.newPage();
    await use(page);
    if (page.url().startsWith(origin)) await page.evaluate(() => localStorage.clear());
    await page.close();
  },
});

export { expect };
