import { execFileSync } from "node:child_process";
import { expect, test, type Locator } from "@playwright/test";
import { staffPortBase } from "../support/e2e-paths";
import { startStaffServer, type StaffServer } from "../support/staff-server";
import { uniquePhone } from "../support/test-phone";
import { completeSetup, newStaffContext, setupLink } from "./staff/staff-pages";

/**
 * A coordinator on a 390 px phone: the request page puts the call first (the phone link,
 * "I'm calling", the status and the call-attempt buttons within the first screen and a bit),
 * with the rest folded; the reports' chart labels are readable (14 px or more as drawn).
 * Screenshots at 390 and 1280 px in test-results/ for a person to look at.
 */
const TOP = 1_000;

test.describe("the phone puts the call first", () => {
  let server: StaffServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    // Its own port: eligibility.spec.ts runs beside it on staffPortBase + 10.
    server = await startStaffServer("sqlite", staffPortBase + 16);
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("request page and report charts at 390 px", async ({ browser }) => {
    test.setTimeout(120_000);
    const seed = (kind: "call" | "insurance", name: string) =>
      execFileSync(
        process.execPath,
        ["node_modules/tsx/dist/cli.mjs", "--conditions", "react-server", "tests/support/pipeline-seed.ts", kind, name, uniquePhone()],
        { env: server.env, encoding: "utf8" },
      ).trim();
    const casey = await newStaffContext(browser, server.origins, "casey@example.org", "Casey Moreno");
    await completeSetup(casey, setupLink(server.staff("add", casey.email, "--role", "admissions", "--name", casey.name)));
    const { page } = casey;
    const bottom = async (locator: Locator) => {
      const box = await locator.boundingBox();
      if (!box) throw new Error("not drawn");
      return box.y + box.height;
    };

    for (const kind of ["insurance", "call"] as const) {
      const reference = seed(kind, "María José Gómez");
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`/staff/requests/${reference}`);
      await page.screenshot({ path: `test-results/phone-layout-request-${kind}-1280.png`, fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: `test-results/phone-layout-request-${kind}-390.png`, fullPage: true });
      const work = page.getByRole("region", { name: "Work on it" });
      expect(await bottom(page.getByRole("link", { name: /\(\d{3}\) \d{3}-\d{4}/ }).first())).toBeLessThan(TOP);
      expect(await bottom(work.getByRole("button", { name: "I'm calling" }))).toBeLessThan(TOP);
      expect(await bottom(work.getByRole("group", { name: /Status/ }))).toBeLessThan(TOP);
      expect(await bottom(page.getByRole("group", { name: "Log a call attempt" }))).toBeLessThan(TOP + 300);
      // The rest is folded: the whole page is a few screens, not about six.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height, `${kind} page height at 390 px`).toBeLessThan(3_000);
      await page.getByText("Everything they sent").click();
      await expect(page.getByRole("region", { name: "What they sent" })).toBeVisible();
    }

    await test.step("the inbox: views one tap away, and a filter with no match offers to clear it", async () => {
      await page.goto("/staff");
      await page.screenshot({ path: "test-results/phone-layout-inbox-390.png", fullPage: true });
      const views = page.getByRole("navigation", { name: "Views" });
      await expect(views.getByRole("link", { name: "Open" })).toHaveAttribute("aria-current", "page");
      await views.getByRole("link", { name: "Mine" }).click();
      await expect(page).toHaveURL(/view=mine/);
      await expect(page.getByText("No requests match these filters.")).toBeVisible();
      await page.getByRole("link", { name: "Clear the filters" }).click();
      await expect(page).toHaveURL(/\/staff$/);
      await page.getByLabel("Language").selectOption("es");
      await page.getByRole("button", { name: "Show" }).click();
      await expect(page.getByText("No requests match these filters.")).toBeVisible();
      await page.getByLabel("Name, phone or reference").fill("maria gomez");
      await page.getByLabel("Language").selectOption("");
      await page.getByRole("button", { name: "Show" }).click();
      await expect(page.locator("[data-reference]")).toHaveCount(2);
    });

    await page.goto("/staff/reports");
    await page.screenshot({ path: "test-results/phone-layout-reports-390.png", fullPage: true });
    const charts = page.locator('main [role="img"]');
    expect(await charts.count()).toBeGreaterThan(2);
    // Every piece of text in a chart at its drawn size: its font size times any scaling of the SVG.
    const smallest = await charts.evaluateAll((els) => {
      const sizes: number[] = [];
      for (const chart of els) {
        const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || !node.textContent?.trim()) continue;
          const scale = parent instanceof SVGGraphicsElement ? (parent.getScreenCTM()?.a ?? 1) : 1;
          sizes.push(parseFloat(getComputedStyle(parent).fontSize) * scale);
        }
      }
      return Math.min(...sizes);
    });
    expect(smallest).toBeGreaterThanOrEqual(14);
  });
});
