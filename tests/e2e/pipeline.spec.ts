import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { staffPortBase } from "../support/e2e-paths";
import { startStaffServer, type StaffServer } from "../support/staff-server";
import { uniquePhone } from "../support/test-phone";
import { RequestCallPage } from "./pages/request-call-page";
import { checkPage, completeSetup, newStaffContext, setupLink } from "./staff/staff-pages";

/**
 * From request to admission, once per engine: a visit's source captured in the browser, call
 * attempts within what the visitor allowed, a follow-up, the stages up to admitted, a VOB with
 * a field error first, closing as lost with a reason and a referral, then the report's numbers
 * and its CSV, and every change in the access log. axe at 390 and 1280 px on the new views.
 */
const ENGINES = [
  { engine: "sqlite", port: staffPortBase + 5, shortIdlePort: staffPortBase + 6 },
  { engine: "postgres", port: staffPortBase + 7, shortIdlePort: staffPortBase + 8 },
] as const;

for (const { engine, port, shortIdlePort } of ENGINES) {
  test.describe(`admissions pipeline on ${engine}`, () => {
    let server: StaffServer;
    test.beforeAll(async () => {
      test.setTimeout(120_000);
      server = await startStaffServer(engine, port, { shortIdlePort });
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    test("attempts, follow-up, stages, VOB, lost with reason, report and CSV", async ({ browser }) => {
      test.setTimeout(240_000);
      const a11y = async (page: Page, what: string) => {
        if (engine === "sqlite") await checkPage(page, what, `test-results/pipeline-${what}`);
      };
      const seed = (kind: "call" | "insurance", name: string) =>
        execFileSync(
          process.execPath,
          ["node_modules/tsx/dist/cli.mjs", "--conditions", "react-server", "tests/support/pipeline-seed.ts", kind, name, uniquePhone()],
          { env: server.env, encoding: "utf8" },
        ).trim();
      const sam = await newStaffContext(browser, server.origins, "sam@example.org", "Sam Okafor");
      await completeSetup(sam, setupLink(server.staff("add", sam.email, "--role", "admissions", "--name", sam.name)));
      const { page } = sam;

      let admitted = "";
      await test.step("a visit that began on a campaign link is credited to it", async () => {
        const visitor = await browser.newContext({ baseURL: server.url });
        const call = new RequestCallPage(await visitor.newPage());
        await call.page.goto("/what-is-iop?utm_source=newsletter&utm_medium=email&utm_campaign=spring");
        await call.page.waitForFunction(() => sessionStorage.getItem("visit") !== null);
        // Opened directly (no Referer): only the tab's own note can name the landing page.
        await call.open();
        await call.fill({ name: "Avery Stone", phone: uniquePhone() });
        // A text needs the SMS consent ticked as well as a yes to texts.
        await call.page.getByLabel(/agree to receive text messages/).check();
        await call.submit();
        await expect(call.page.getByRole("heading", { level: 1 })).toContainText(/received|thank/i, { timeout: 15_000 });
        admitted = /LR-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(await call.page.locator("body").innerText())![0];
        await visitor.close();
      });

      await test.step("call attempts offer only what the visitor allowed; a follow-up rises to the top", async () => {
        await page.goto(`/staff/requests/${admitted}`);
        await page.getByRole("heading", { name: "Where they came from" }).click();
        await expect(page.getByText("/what-is-iop")).toBeVisible();
        await expect(page.getByText("newsletter / email / spring")).toBeVisible();
        const attempts = page.getByRole("group", { name: "Log a call attempt" });
        // The form said no voicemail, and yes to texts with the SMS consent.
        await expect(attempts.getByRole("button", { name: "Left voicemail" })).toHaveCount(0);
        await attempts.getByRole("button", { name: "No answer" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Call attempt saved." })).toBeVisible();
        await expect(page.getByText("1 attempt, the last just now.")).toBeVisible();
        await page.getByRole("group", { name: "Try again" }).getByRole("button", { name: "In 1 hour" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Follow-up saved." })).toBeVisible();
        await a11y(page, "request");
        await page.getByRole("group", { name: "Log a call attempt" }).getByRole("button", { name: "Texted" }).click();
        await expect(page.getByText("2 attempts, the last just now.")).toBeVisible();
        await page.getByRole("group", { name: "Log a call attempt" }).getByRole("button", { name: "Reached" }).click();
        await expect(page.getByText("3 attempts, the last just now.")).toBeVisible();
        await page.getByRole("heading", { name: "Where they came from" }).click();
        await page.getByLabel("Referral source").selectOption({ label: "Self" });
        await page.getByRole("button", { name: "Save source" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Referral source saved." })).toBeVisible();
        for (const status of ["Assessment booked", "Insurance cleared", "Admitted"]) {
          await page.getByRole("button", { name: status, exact: true }).click();
          await expect(page.getByText(`Saved: ${status}.`)).toBeVisible();
        }
        await page.reload();
        const stages = page.getByRole("region", { name: "Path to admission" });
        await expect(stages.getByText("not yet")).toHaveCount(0);
      });

      const insurance = seed("insurance", "Jamie Park");
      await test.step("a VOB with a mistake gets a field error, then shows at the top", async () => {
        await page.goto(`/staff/requests/${insurance}`);
        await expect(page.getByText("Not verified yet.")).toBeVisible();
        await page.getByText("Record the verification of benefits").click();
        await expect(page.getByLabel("Payer", { exact: true })).toHaveValue("Aetna");
        await page.getByLabel("Network").selectOption("in");
        await page.getByLabel("Deductible, $ (optional)").fill("1,500");
        await page.getByLabel("Deductible met so far, $ (optional)").fill("2000");
        await page.getByRole("button", { name: "Save verification" }).click();
        await expect(page.getByText("The amount met can't be more than the deductible.")).toBeVisible();
        await expect(page.getByLabel("Deductible met so far, $ (optional)")).toHaveAttribute("aria-invalid", "true");
        await page.getByLabel("Deductible met so far, $ (optional)").fill("250");
        await page.getByLabel("IOP copay per day, $ (optional)").fill("40");
        await page.getByRole("button", { name: "Save verification" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Verification of benefits saved." })).toBeVisible();
        const vob = page.getByRole("region", { name: "Verification of benefits" });
        await expect(vob).toContainText("In network");
        await expect(vob).toContainText("$1,500.00 (met $250.00)");
        await expect(vob).toContainText("Verified by Sam Okafor");
        await page.getByText("Update the verification of benefits").click();
        await a11y(page, "vob");
      });

      const lost = seed("call", "Riley Chen");
      await test.step("closing as lost needs a reason; the referral is kept", async () => {
        await page.goto(`/staff/requests/${lost}`);
        await page.getByText("Close this request as lost…").click();
        const partner = page.getByLabel("Referred to a partner program (optional)");
        await partner.selectOption({ label: "Riverbend Residential (demo)" });
        await page.getByRole("button", { name: "Close as lost" }).click();
        await expect(page.getByText("Choose why this request was lost.")).toBeVisible();
        // What was chosen before the error is still chosen.
        await expect(partner).toHaveValue("riverbend-residential");
        await page.getByRole("group", { name: "Why was it lost?" }).getByLabel("Needs a higher level of care").check();
        await page.getByRole("button", { name: "Close as lost" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Closed as lost." })).toBeVisible();
        await page.getByRole("heading", { name: "Path to admission" }).click();
        await expect(page.getByText("Referred to Riverbend Residential (demo)")).toBeVisible();
      });

      await test.step("the inbox shows attempts and sorts; search finds a name", async () => {
        await page.goto("/staff?q=jamie");
        await expect(page.locator("[data-reference]")).toHaveCount(1);
        // The inbox opens on the open requests; an admitted one is under "Any status".
        await page.goto("/staff?status=all");
        await expect(page.locator(`[data-reference="${admitted}"]`)).toContainText("3, last");
        await a11y(page, "inbox");
      });

      await test.step("the report counts the three requests; the CSV holds counts only", async () => {
        await page.getByRole("link", { name: "Reports" }).click();
        await expect(page.getByRole("heading", { level: 1, name: "Admissions report" })).toBeVisible();
        const glance = page.getByRole("region", { name: "At a glance" });
        await expect(glance.getByText("Requests", { exact: true }).locator("xpath=..")).toContainText("3");
        await expect(glance.getByText("Admitted", { exact: true }).locator("xpath=..")).toContainText("1");
        const funnel = page.getByRole("table", { name: "Requests reaching each stage" });
        await expect(funnel.getByRole("row", { name: /First contact/ })).toContainText("1");
        await expect(page.getByRole("table", { name: "Lost requests by reason" })).toContainText("Needs a higher level of care");
        await expect(page.getByRole("table", { name: "Requests by campaign" }).getByRole("row", { name: /spring/ })).toContainText("1");
        await a11y(page, "reports");
        const response = await page.request.get(await page.getByRole("link", { name: /Download the table/ }).getAttribute("href") ?? "");
        expect(response.headers()["content-type"]).toContain("text/csv");
        const csv = await response.text();
        expect(csv).toContain("funnel,Admitted,1,,100.0");
        expect(csv).toContain("utm_campaign,spring,1,1,");
        expect(csv).not.toMatch(/Avery|Stone|Jamie|Park|Riley|Chen|LR-|555|@/);
      });

      await test.step("every change and view is in the access log", async () => {
        const log = server.staff("log", "--email", sam.email, "--limit", "100");
        for (const action of ["log-attempt", "set-follow-up", "set-referral-source", "change-status", "save-vob", "close-lost", "view-reports", "export-report"])
          expect(log).toContain(action);
        expect(log).not.toMatch(/Aetna|Riverbend|1,500/);
      });
      expect(sam.foreign).toEqual([]);
    });
  });
}
