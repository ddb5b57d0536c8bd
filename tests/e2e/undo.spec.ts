import { execFileSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { staffPortBase } from "../support/e2e-paths";
import { startStaffServer, type StaffServer } from "../support/staff-server";
import { uniquePhone } from "../support/test-phone";
import { checkPage, completeSetup, newStaffContext, setupLink } from "./staff/staff-pages";

/**
 * A mistake can be undone, and the figures follow (issue 23, item 5): "Admitted" pressed by
 * mistake is undone (with JavaScript and without) or replaced within the window by the status
 * meant, and a manager corrects one found later; the report counts no admission, and the access
 * log has each undo and correction. One engine here: the data layer's tests run both.
 */
let server: StaffServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // Its own port (+13): assign.spec.ts runs beside it on +12.
  server = await startStaffServer("sqlite", staffPortBase + 13);
});
test.afterAll(async () => {
  await server?.stop();
});

const tsx = (script: string, args: string[], env: NodeJS.ProcessEnv = server.env) =>
  execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions", "react-server", script, ...args], {
    env,
    encoding: "utf8",
  }).trim();

const work = (page: Page) => page.getByRole("region", { name: "Work on it" });

async function reachThenAdmit(page: Page, reference: string) {
  await page.goto(`/staff/requests/${reference}`);
  await page.getByRole("group", { name: "Log a call attempt" }).getByRole("button", { name: "Reached" }).click();
  await expect(page.getByText("You can undo “call attempt logged (now Reached)”")).toBeVisible();
  await expect(page.getByText("Call attempt saved.")).toBeVisible();
  await work(page).getByRole("button", { name: "Admitted", exact: true }).click();
  await expect(page.getByText("You can undo “status set to Admitted”")).toBeVisible();
  // The attempt's notice is about a change that is no longer the latest.
  await expect(page.getByText("Call attempt saved.")).toHaveCount(0);
}

test("undo, a correction within the window, and a manager's later correction; the report agrees", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const jo = await newStaffContext(browser, server.origins, "jo@example.org", "Jo Rivera");
  await completeSetup(jo, setupLink(server.staff("add", jo.email, "--role", "admissions", "--name", jo.name)));
  const { page } = jo;

  await test.step("with JavaScript: Admitted by mistake, undone; the status and stamps are as before", async () => {
    const reference = tsx("tests/support/pipeline-seed.ts", ["call", "Avery Undo", uniquePhone()]);
    await reachThenAdmit(page, reference);
    await checkPage(page, "undo-bar", "test-results/undo-bar");
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Undone" })).toBeVisible();
    await expect(work(page).getByRole("group")).toContainText("Status: Reached");
    await expect(page.getByRole("button", { name: "Undo", exact: true })).toHaveCount(0);
    await page.getByText("Path to admission").click();
    await expect(page.locator("#stages li", { hasText: "Admitted:" })).toContainText("not yet");
    await expect(page.locator("#stages li", { hasText: "status set to Admitted" })).toContainText("undone");
  });

  await test.step("with JavaScript: Admitted, then Assessment booked within the window, replaces it", async () => {
    const reference = tsx("tests/support/pipeline-seed.ts", ["call", "Blair Undo", uniquePhone()]);
    await reachThenAdmit(page, reference);
    await work(page).getByRole("button", { name: "Assessment booked", exact: true }).click();
    await expect(page.getByText("You can undo “status set to Assessment booked”")).toBeVisible();
    await page.getByText("Path to admission").click();
    await expect(page.locator("#stages li", { hasText: "Insurance cleared:" })).toContainText("not yet");
    await expect(page.locator("#stages li", { hasText: "status set to Admitted" })).toContainText(
      "corrected within 5 minutes",
    );
  });

  await test.step("without JavaScript: the same Undo button, and the page says so", async () => {
    const plain = await newStaffContext(browser, server.origins, jo.email, jo.name, {
      storageState: await jo.context.storageState(),
      javaScriptEnabled: false,
    });
    const reference = tsx("tests/support/pipeline-seed.ts", ["call", "Casey Undo", uniquePhone()]);
    await reachThenAdmit(plain.page, reference);
    await plain.page.getByRole("button", { name: "Undo", exact: true }).click();
    await expect(plain.page.getByRole("status").filter({ hasText: "Undone" })).toBeVisible();
    await expect(work(plain.page).getByRole("group")).toContainText("Status: Reached");
    expect(plain.foreign).toEqual([]);
    await plain.context.close();
  });

  // Pressed 10 minutes ago by the server's clock: past the window.
  const clock = pathToFileURL(path.resolve("tests/support/fake-clock.mjs")).href;
  const late = tsx("tests/support/undo-seed.ts", ["Drew Late", uniquePhone(), jo.email], {
    ...server.env,
    FAKE_CLOCK_OFFSET_MS: String(-10 * 60_000),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${clock}`.trim(),
  });

  await test.step("after the window: no undo, and a coordinator cannot correct the record", async () => {
    await page.goto(`/staff/requests/${late}`);
    await expect(work(page).getByRole("group")).toContainText("Status: Admitted");
    await expect(page.getByRole("button", { name: "Undo", exact: true })).toHaveCount(0);
    await page.getByText("Path to admission").click();
    await expect(page.getByText("Correct the record…")).toHaveCount(0);
  });

  await test.step("a manager corrects it, with a reason; the history shows who, when and why", async () => {
    const morgan = await newStaffContext(browser, server.origins, "morgan@example.org", "Morgan Diaz");
    await completeSetup(
      morgan,
      setupLink(server.staff("add", morgan.email, "--role", "manager", "--name", morgan.name)),
    );
    const manager = morgan.page;
    await manager.goto(`/staff/requests/${late}`);
    await manager.getByText("Path to admission").click();
    await manager.getByText("Correct the record…").click();
    await manager.getByLabel("The stage it really reached").selectOption({ label: "Assessment booked" });
    await manager.getByRole("button", { name: "Correct the record" }).click();
    await expect(manager.locator("#correct-reason-error")).toBeVisible();
    await manager.getByLabel(/^Why/).fill("Pressed Admitted by mistake");
    await manager.getByRole("button", { name: "Correct the record" }).click();
    await expect(manager.getByRole("status").filter({ hasText: "The record is corrected." })).toBeVisible();
    await expect(work(manager).getByRole("group")).toContainText("Status: Assessment booked");
    await manager.getByText("Path to admission").click();
    await checkPage(manager, "corrected", "test-results/undo-corrected");
    await expect(manager.locator("#stages li", { hasText: "record corrected" })).toContainText(
      "Morgan Diaz: record corrected from Admitted to Assessment booked (why: Pressed Admitted by mistake)",
    );
    expect(morgan.foreign).toEqual([]);
    await morgan.context.close();
  });

  await test.step("the report counts no admission and no insurance cleared; the access log has it all", async () => {
    await page.goto("/staff/reports?period=last-30-days");
    const glance = page.getByRole("region", { name: "At a glance" });
    const figure = (label: string) => glance.getByText(label, { exact: true }).locator("xpath=following-sibling::dd");
    await expect(figure("Requests")).toHaveText("4");
    await expect(figure("Reached within 5 minutes")).toHaveText("4 of 4");
    await expect(figure("Admitted")).toHaveText("0");
    const funnel = page.getByRole("table", { name: "Requests reaching each stage" });
    const reached = (stage: string) => funnel.getByRole("row", { name: new RegExp(`^${stage}`) }).getByRole("cell").first();
    await expect(reached("First contact")).toHaveText("4");
    await expect(reached("Assessment booked")).toHaveText("2");
    await expect(reached("Insurance cleared")).toHaveText("0");
    await expect(reached("Admitted")).toHaveText("0");
    const log = server.staff("log", "--limit", "200");
    expect(log.match(/undo-change/g)).toHaveLength(2);
    expect(log).toContain("correct-record");
    expect(log).not.toContain("by mistake");
  });
  expect(jo.foreign).toEqual([]);
});
