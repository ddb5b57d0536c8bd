import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { staffPortBase } from "../support/e2e-paths";
import { startStaffServer, type StaffServer } from "../support/staff-server";
import { uniquePhone } from "../support/test-phone";
import { checkPage, completeSetup, newStaffContext, setupLink } from "./staff/staff-pages";

/**
 * Assigned is not calling (issue 23, item 8): a manager assigns a request to a coordinator; the
 * page says "Assigned to …", not "… is calling"; the coordinator is mailed a notice that names no
 * one and finds the request under "Mine"; "I'm done calling" ends the call and keeps the owner.
 */
test.describe("assigning a request", () => {
  let server: StaffServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startStaffServer("sqlite", staffPortBase + 12);
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("a manager assigns a coordinator, who is told and finds it under Mine", async ({ browser }) => {
    test.setTimeout(120_000);
    const phone = uniquePhone();
    const reference = execFileSync(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "--conditions", "react-server", "tests/support/pipeline-seed.ts", "call", "Dana Whitfield", phone],
      { env: server.env, encoding: "utf8" },
    ).trim();
    const casey = await newStaffContext(browser, server.origins, "casey@example.org", "Casey Moss");
    const morgan = await newStaffContext(browser, server.origins, "morgan@example.org", "Morgan Hale");
    await Promise.all([
      completeSetup(casey, setupLink(server.staff("add", casey.email, "--role", "admissions", "--name", casey.name))),
      completeSetup(morgan, setupLink(server.staff("add", morgan.email, "--role", "manager", "--name", morgan.name))),
    ]);

    await test.step("the manager assigns it: the page says who owns it, and that nobody is calling", async () => {
      const { page } = morgan;
      await page.goto(`/staff/requests/${reference}`);
      await page.getByLabel("Colleague").selectOption({ label: "Casey Moss" });
      await page.getByRole("button", { name: "Assign" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Assignment saved." })).toBeVisible();
      const work = page.getByRole("region", { name: "Work on it" });
      await expect(work).toContainText("Assigned to Casey Moss.");
      await expect(work).toContainText("Nobody is calling yet.");
      await expect(page.getByText("Casey Moss is calling")).toHaveCount(0);
      await expect(work.getByRole("button", { name: "I'm calling" })).toBeVisible();
    });

    await test.step("the coordinator's notice arrives, naming no one", async () => {
      const file = path.join(server.env.DATA_DIR!, "mail", `assigned-${reference}.eml`);
      await expect.poll(() => readFile(file, "utf8").catch(() => ""), { timeout: 15_000 }).toContain("To: casey@example.org");
      const mail = await readFile(file, "utf8");
      expect(mail).toContain(`/staff/requests/${reference}`);
      expect(mail).not.toMatch(/Dana|Whitfield/);
      expect(mail).not.toContain(phone.replace(/\D/g, "").slice(-7));
      expect(mail).not.toContain(phone.slice(-8));
    });

    await test.step("the coordinator finds it under Mine, calls, and is done calling: it stays theirs", async () => {
      const { page } = casey;
      await page.goto("/staff");
      await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Mine" }).click();
      await expect(page.getByText("Requests assigned to you")).toBeVisible();
      const card = page.locator(`[data-reference="${reference}"]`);
      await expect(card).toContainText("Assigned to");
      await expect(card).toContainText("Casey Moss");
      await card.getByRole("link").first().click();
      const work = page.getByRole("region", { name: "Work on it" });
      await work.getByRole("button", { name: "I'm calling" }).click();
      await expect(work.getByText("You are calling.")).toBeVisible();
      await expect(work.getByText("Assigned to you.")).toBeVisible();
      await work.getByRole("button", { name: "I'm done calling" }).click();
      await expect(work.getByText("Nobody is calling yet.")).toBeVisible();
      await expect(work.getByText("Assigned to you.")).toBeVisible();
      await expect(page.locator("#assignee option:checked")).toHaveText("Casey Moss");
      await checkPage(page, "an assigned request", "test-results/assign-request");
      await page.goto("/staff?view=mine");
      await expect(page.locator(`[data-reference="${reference}"]`)).toBeVisible();
      await checkPage(page, "Mine", "test-results/assign-mine");
    });
  });
});
