import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { staffPortBase } from "../support/e2e-paths";
import { startStaffServer, type StaffServer } from "../support/staff-server";
import { uniquePhone } from "../support/test-phone";
import { completeSetup, newStaffContext, setupLink } from "./staff/staff-pages";

/**
 * Nothing typed is lost on the request page (issue 23, items 1-4), once per engine: a conflict
 * keeps the VOB and close-as-lost drafts and says what changed; every panel follows every change
 * made on the page, so your own change never makes your next one a conflict; a follow-up time
 * refused on a phone stays in its box with the error beside it; and a choice the page never
 * offered (a stale or tampered form) is refused aloud with nothing saved.
 */
const ENGINES = [
  { engine: "sqlite", port: staffPortBase + 14 },
  { engine: "postgres", port: staffPortBase + 15 },
] as const;

for (const { engine, port } of ENGINES) {
  test.describe(`request page work forms on ${engine}`, () => {
    let server: StaffServer;
    test.beforeAll(async () => {
      test.setTimeout(120_000);
      server = await startStaffServer(engine, port);
    });
    test.afterAll(async () => {
      await server?.stop();
    });

    test("conflicts keep drafts, panels follow each change, refused input stays", async ({ browser }) => {
      test.setTimeout(240_000);
      const seed = (kind: "call" | "insurance", name: string) =>
        execFileSync(
          process.execPath,
          ["node_modules/tsx/dist/cli.mjs", "--conditions", "react-server", "tests/support/pipeline-seed.ts", kind, name, uniquePhone()],
          { env: server.env, encoding: "utf8" },
        ).trim();
      const sam = await newStaffContext(browser, server.origins, "sam@example.org", "Sam Okafor");
      await completeSetup(sam, setupLink(server.staff("add", sam.email, "--role", "admissions", "--name", sam.name)));
      const { page } = sam;
      // The same request open in a second tab stands in for a colleague's change meanwhile.
      const other = await sam.context.newPage();
      const followUpInOneHour = async (reference: string) => {
        await other.goto(`/staff/requests/${reference}`);
        await other.getByRole("group", { name: "Try again" }).getByRole("button", { name: "In 1 hour" }).click();
        await expect(other.getByRole("status").filter({ hasText: "Follow-up saved." })).toBeVisible();
      };
      const refused = (p: Page) => p.getByRole("alert").filter({ hasText: "Nothing was saved" });

      const insurance = seed("insurance", "Jamie Park");
      await test.step("a conflict keeps the VOB draft, says what changed, and saves on the next press", async () => {
        await page.goto(`/staff/requests/${insurance}`);
        await page.getByText("Record the verification of benefits").click();
        await page.getByLabel("Plan (optional)").fill("Choice POS II");
        await page.getByLabel("Out-of-pocket maximum, $ (optional)").fill("4,000");
        await page.getByLabel("IOP coinsurance, % (optional)").fill("20");
        await page.getByLabel("Network").selectOption("in");
        await followUpInOneHour(insurance);
        await page.getByRole("button", { name: "Save verification" }).click();
        await expect(refused(page)).toContainText("Sam Okafor changed the follow-up while you had it open");
        await expect(page.getByLabel("Plan (optional)")).toHaveValue("Choice POS II");
        await expect(page.getByLabel("Out-of-pocket maximum, $ (optional)")).toHaveValue("4,000");
        await expect(page.getByLabel("IOP coinsurance, % (optional)")).toHaveValue("20");
        await expect(page.getByLabel("Network")).toHaveValue("in");
        await page.getByRole("button", { name: "Save verification" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Verification of benefits saved." })).toBeVisible();
        await expect(page.getByRole("region", { name: "Verification of benefits" })).toContainText("Choice POS II");
      });

      const lost = seed("call", "Riley Chen");
      await test.step("a conflict keeps the close-as-lost draft; the work panel then follows the closing", async () => {
        await page.goto(`/staff/requests/${lost}`);
        await page.getByText("Close this request as lost…").click();
        await page.getByRole("group", { name: "Why was it lost?" }).getByLabel("Needs a higher level of care").check();
        await page.getByLabel("Referred to a partner program (optional)").selectOption({ label: "Riverbend Residential (demo)" });
        await page.getByLabel("Referred elsewhere: where (optional)").fill("Eastside clinic");
        await followUpInOneHour(lost);
        await page.getByRole("button", { name: "Close as lost" }).click();
        await expect(refused(page)).toContainText("changed the follow-up");
        await expect(page.getByLabel("Needs a higher level of care")).toBeChecked();
        await expect(page.getByLabel("Referred to a partner program (optional)")).toHaveValue("riverbend-residential");
        await expect(page.getByLabel("Referred elsewhere: where (optional)")).toHaveValue("Eastside clinic");
        await page.getByRole("button", { name: "Close as lost" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Closed as lost." })).toBeVisible();
        const work = page.getByRole("region", { name: "Work on it" });
        await expect(work.getByRole("group")).toContainText("Status: Closed as lost");
        // Reopening right after, without a reload: the panel posts the version the closing made.
        await work.getByRole("button", { name: "Assessment booked", exact: true }).click();
        await expect(work.getByRole("status")).toHaveText("Saved: Assessment booked.");
      });

      const calling = seed("call", "Casey Moss");
      await test.step("after “I'm calling”, Assign shows and keeps who is calling", async () => {
        await page.goto(`/staff/requests/${calling}`);
        await page.getByRole("button", { name: "I'm calling" }).click();
        await expect(page.getByText("You are calling.")).toBeVisible();
        await expect(page.locator("#assignee option:checked")).toHaveText("Sam Okafor");
        await page.getByRole("button", { name: "Assign" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Assignment saved." })).toBeVisible();
        await expect(page.getByText("You are calling.")).toBeVisible();
      });

      const phone = seed("call", "Drew Lane");
      await test.step("on a phone, a past follow-up time stays in its box with the error beside it", async () => {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`/staff/requests/${phone}`);
        const box = page.getByLabel(/^Or at/);
        // Nobody has chosen a time yet: the box offers none.
        await expect(box).toHaveValue("");
        await box.fill("2020-01-06T09:30");
        await page.getByRole("button", { name: "Set this time" }).click();
        await expect(box).toHaveValue("2020-01-06T09:30");
        await expect(box).toHaveAttribute("aria-invalid", "true");
        await expect(page.locator("#follow-up-at-error")).toBeInViewport();
        await page.getByRole("button", { name: "Set this time" }).click();
        await expect(page.locator("#follow-up-at-error")).toBeInViewport();
        await expect(page.getByRole("region", { name: "Follow-up" })).toContainText("No follow-up set.");
        await page.setViewportSize({ width: 1280, height: 900 });
      });

      const tampered = seed("call", "Morgan Ray");
      await test.step("choices the page never offered are refused aloud, and nothing is saved", async () => {
        await page.goto(`/staff/requests/${tampered}`);
        const offer = async (button: string, value: string) =>
          page.getByRole("button", { name: button, exact: true }).evaluate((b, v) => ((b as HTMLButtonElement).value = v), value);
        await offer("In 1 hour", "next-tuesday");
        await page.getByRole("button", { name: "In 1 hour" }).click();
        await expect(refused(page)).toContainText("not on this page's list");
        await expect(page.getByRole("region", { name: "Follow-up" })).toContainText("No follow-up set.");
        await offer("No answer", "spoke-to-a-robot");
        await page.getByRole("button", { name: "No answer" }).click();
        await expect(refused(page)).toContainText("not on this page's list");
        await expect(page.getByText("No attempts yet.")).toBeVisible();
        await offer("Admitted", "lost");
        await page.getByRole("button", { name: "Admitted", exact: true }).click();
        const work = page.getByRole("region", { name: "Work on it" });
        await expect(work.getByRole("alert")).toContainText("not one of the choices");
        await page.reload();
        await expect(work.getByRole("group")).toContainText("Status: New");

        await page.goto(`/staff/requests/${insurance}`);
        await page.getByText("Update the verification of benefits").click();
        await page.getByLabel("Coverage").evaluate((select) => {
          const option = document.createElement("option");
          option.value = "platinum";
          option.textContent = "Platinum";
          select.append(option);
          (select as HTMLSelectElement).value = "platinum";
        });
        await page.getByRole("button", { name: "Save verification" }).click();
        await expect(page.getByLabel("Coverage")).toHaveAttribute("aria-invalid", "true");
        await expect(page.getByText("Choose one of: Active, Not active, Not known.")).toBeVisible();
        await expect(page.getByRole("region", { name: "Verification of benefits" })).toContainText("Choice POS II");
      });
      expect(sam.foreign).toEqual([]);
    });
  });
}
