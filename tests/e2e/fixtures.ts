import { test as base, expect } from "@playwright/test";

type Fixtures = {
  /** Requests the page made to any origin but the site's own; a test asserts it stays empty. */
  foreignRequests: string[];
};

export const test = base.extend<Fixtures>({
  foreignRequests: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
    const foreign: string[] = [];
    page.on("request", (request) => {
      const url = request.url();
      if (url.startsWith("data:") || url.startsWith("blob:")) return;
      if (new URL(url).origin !== origin) foreign.push(url);
    });
    await use(foreign);
  },
});

export { expect };
