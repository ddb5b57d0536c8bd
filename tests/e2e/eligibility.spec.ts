import { expect, test, type Page } from "@playwright/test";
import { e2eFormSecret, staffPortBase } from "../support/e2e-paths";
import { FAKE_MEMBERS, startFakeClearinghouse, type FakeClearinghouse } from "../support/fake-clearinghouse";
import { startStaffServer, type StaffServer } from "../support/staff-server";
import { uniquePhone } from "../support/test-phone";
import { VerifyInsurancePage } from "./pages/verify-insurance-page";
import { checkPage, completeSetup, newStaffContext, setupLink } from "./staff/staff-pages";

/**
 * Issue 24's "done when": insurance requests sent in the browser reach the staff page seconds
 * later with the payer's answer from the fake clearinghouse, one per scenario (active,
 * inactive, carve-out, an AAA refusal, a timeout); a coordinator confirms a draft in one click,
 * corrects the refused member ID and checks again; the inbox shows each at a glance; the access
 * log has the views, the check and the confirmations. SQLite only: the unit tests cover both engines.
 */
const KEY = "e2e-clearinghouse-key-0123456789";
const SECONDS = 30_000;

test.describe("real-time eligibility on the staff pages", () => {
  let fake: FakeClearinghouse;
  let server: StaffServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    // A payer's pace, kept short so the spec stays quick.
    fake = await startFakeClearinghouse({ key: KEY, latencyMs: 400 });
    server = await startStaffServer("sqlite", staffPortBase + 10, {
      env: {
        ELIGIBILITY_API_URL: fake.url,
        ELIGIBILITY_API_KEY: KEY,
        ELIGIBILITY_TIMEOUT_SECONDS: "3",
        // An outage's pause, at a test's pace: 5 s, then 10 s (30 s, then 60 s by default).
        ELIGIBILITY_RETRY_FIRST_SECONDS: "5",
        FORM_SECRET: e2eFormSecret,
      },
    });
  });
  test.afterAll(async () => {
    await server?.stop();
    await fake?.close();
  });

  test("each scenario's answer shows on the request page; a draft is confirmed in one click", async ({ browser }) => {
    test.setTimeout(240_000);
    const sam = await newStaffContext(browser, server.origins, "sam@example.org", "Sam Okafor");
    await completeSetup(sam, setupLink(server.staff("add", sam.email, "--role", "admissions", "--name", sam.name)));
    const { page } = sam;

    const scenarios = ["active", "inactive", "carveOut", "notFound", "timeout"] as const;
    const references: Record<(typeof scenarios)[number], string> = { active: "", inactive: "", carveOut: "", notFound: "", timeout: "" };
    await test.step("a visitor sends one insurance check per scenario and is answered as always", async () => {
      const visitor = await browser.newContext({ baseURL: server.url });
      const form = new VerifyInsurancePage(await visitor.newPage());
      for (const scenario of scenarios) {
        await form.open();
        await form.fillValid(uniquePhone(), FAKE_MEMBERS[scenario]);
        await form.submit();
        await expect(form.page).toHaveURL(/\/verify-insurance\/received\?ref=/);
        references[scenario] = (await form.page.locator("strong.font-mono").textContent()) ?? "";
        // Visitors are never shown benefits.
        await expect(form.page.getByText(/coverage active|copay|deductible/i)).toHaveCount(0);
      }
      await visitor.close();
    });

    const panel = (p: Page) => p.getByRole("region", { name: "Benefits from the payer" });
    const confirm = async (reference: string, glance: string, shown: RegExp, wait = SECONDS) => {
      await page.goto(`/staff/requests/${reference}`);
      await expect(panel(page).getByText(glance, { exact: true })).toBeVisible({ timeout: wait });
      await expect(panel(page).getByText(/VOB draft from the payer, at /)).toBeVisible();
      await expect(panel(page)).toContainText(shown);
      await panel(page).getByRole("button", { name: "Confirm these benefits" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Benefits confirmed from the payer's answer." })).toBeVisible();
      await expect(page.getByRole("region", { name: "Verification of benefits" })).toContainText("Verified by Sam Okafor");
      await expect(panel(page).getByRole("button", { name: "Confirm these benefits" })).toHaveCount(0);
    };

    await test.step("active: the behavioral-health copay and prior authorization, confirmed in one click", async () => {
      await confirm(references.active, "Coverage active", /\$40\.00 copay[\s\S]*Prior authorization\s*Needed/);
      await checkPage(page, "eligibility-draft", "test-results/eligibility-draft");
    });
    await test.step("inactive", async () => {
      await confirm(references.inactive, "Coverage inactive", /Not active/);
    });
    await test.step("carve-out: who to call instead of the medical payer", async () => {
      await confirm(references.carveOut, "Carve-out: call the BH manager", /Carve-out: .+ manages the behavioral-health benefits/);
    });

    await test.step("an AAA refusal in plain words; the corrected member ID checked again and confirmed", async () => {
      await page.goto(`/staff/requests/${references.notFound}`);
      await expect(panel(page).getByText("The payer found no member matching this member ID and name.")).toBeVisible({ timeout: SECONDS });
      await expect(panel(page).getByText("What to try:")).toBeVisible();
      await expect(panel(page).getByRole("button", { name: "Confirm these benefits" })).toHaveCount(0);
      await checkPage(page, "eligibility-refused", "test-results/eligibility-refused");
      await panel(page).getByText("Check again (after correcting the member ID or date of birth)").click();
      await panel(page).getByLabel("Corrected member ID (optional)").fill(FAKE_MEMBERS.active);
      await panel(page).getByRole("button", { name: "Check again" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Checking again with the payer." })).toBeVisible();
      // The timeout scenario's failures pause this server's checks (5 s, then 10 s, here): the
      // check asked for again runs when the pause ends, as it would during a real outage.
      await confirm(references.notFound, "Coverage active", /\$40\.00 copay/, 60_000);
    });

    await test.step("a timeout: still checking, and why, in plain words", async () => {
      await page.goto(`/staff/requests/${references.timeout}`);
      await expect(panel(page).getByText(/The clearinghouse did not answer in time\. It will try again by itself/)).toBeVisible({
        timeout: SECONDS,
      });
      await expect(panel(page).getByText("Checking coverage", { exact: true })).toBeVisible();
    });

    await test.step("the inbox shows each request's coverage at a glance", async () => {
      await page.goto("/staff?status=all");
      const row = (reference: string) => page.locator(`li[data-reference="${reference}"]`);
      await expect(row(references.active)).toContainText("Coverage active");
      await expect(row(references.inactive)).toContainText("Coverage inactive");
      await expect(row(references.carveOut)).toContainText("Carve-out: call the BH manager");
      await expect(row(references.notFound)).toContainText("Coverage active");
      await expect(row(references.timeout)).toContainText("Checking coverage");
      await checkPage(page, "eligibility-inbox", "test-results/eligibility-inbox");
    });

    await test.step("reports: 4 of 5 verified electronically, with the time to a confirmed VOB", async () => {
      await page.goto("/staff/reports");
      const report = page.getByRole("region", { name: "Verification of benefits" });
      await expect(report).toContainText("80% (4 of 5)");
      await expect(report.getByRole("row", { name: /Electronically/ })).toContainText("4");
    });

    await test.step("the access log has the views, the check again and the confirmations, never a value", async () => {
      const log = server.staff("log", "--reference", references.notFound);
      expect(log).toContain("view-eligibility");
      expect(log).toContain("check-eligibility");
      expect(log).toContain("confirm-vob");
      expect(log).not.toContain(FAKE_MEMBERS.active);
      expect(sam.foreign).toEqual([]);
    });
  });
});
