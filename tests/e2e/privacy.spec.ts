import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "@playwright/test";
import { e2eServerLog } from "@/tests/support/e2e-paths";
import { waitForMessage } from "@/tests/support/inbox";
import { uniquePhone } from "@/tests/support/test-phone";
import { expect, test } from "./fixtures";
import { RequestCallPage } from "./pages/request-call-page";
import { tinyPng, VerifyInsurancePage } from "./pages/verify-insurance-page";

/**
 * What the site leaves behind on the device: cookies and local storage outlive the visit, and
 * a shared family computer should show no trace of someone looking into treatment.
 */
async function keptInBrowser(context: BrowserContext, page: Page): Promise<string[]> {
  const cookies = (await context.cookies()).map((cookie) => `cookie ${cookie.name}`);
  const storage = await page.evaluate(() => Object.keys(localStorage).map((key) => `localStorage ${key}`));
  return [...cookies, ...storage];
}

/** Letters only (names allow nothing else), different on every run. */
function canaryName(): string {
  const letters = Date.now()
    .toString(26)
    .split("")
    .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 26)))
    .join("");
  return `Canary Q${letters}`;
}

/** What a visitor typed may reach the email and the lead store, never the server's log. */
function expectNotInServerLog(values: string[]) {
  const log = readFileSync(e2eServerLog, "utf8");
  expect(log.length, "the e2e server log is being written").toBeGreaterThan(0);
  for (const value of values) expect(log.includes(value), `"${value}" is in ${e2eServerLog}`).toBe(false);
}

test("a call request's details reach admissions but not the server log, and set no cookie", async ({
  page,
  context,
}) => {
  const form = new RequestCallPage(page);
  const canary = {
    name: canaryName(),
    phone: uniquePhone(),
    email: `canary-${Date.now()}@example.org`,
    note: `CANARY-NOTE-${Date.now()} we prefer evenings`,
  };
  await form.open();
  await form.fill(canary);
  await form.submit();
  await expect(page).toHaveURL(/\/request-a-call\/received\?ref=/);
  const reference = (await page.locator("strong.font-mono").textContent()) ?? "";
  const message = await waitForMessage(reference);
  expect(message.text).toContain(canary.note);

  expectNotInServerLog([canary.name, canary.email, canary.note, canary.phone, canary.phone.replace(/\D/g, "")]);
  expect(await keptInBrowser(context, page)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("insurance details, sent after a failed try, stay out of the server log and set no cookie", async ({
    page,
    context,
  }) => {
    const form = new VerifyInsurancePage(page);
    const memberId = `CANARY-MEMBER-${Date.now() % 10_000}`;
    const groupNumber = `CANARYGRP${Date.now() % 100_000}`;
    const phone = uniquePhone();
    await form.open();
    await form.fillValid(phone, memberId);
    await page.getByLabel("Group number").fill(groupNumber);
    await page.getByLabel("Photo of the front of the card").setInputFiles({
      name: "canary-card.png",
      mimeType: "image/png",
      buffer: tinyPng,
    });
    // First without consent: the server answers with errors, and must not log what it refused.
    await page.getByLabel(/may check these benefits/).uncheck();
    await form.submit();
    await expect(page.locator("#field-consentCall-error")).toBeVisible();
    expect(await keptInBrowser(context, page)).toEqual([]);

    await form.open();
    await form.fillValid(phone, memberId);
    await page.getByLabel("Group number").fill(groupNumber);
    await form.submit();
    await expect(page).toHaveURL(/\/verify-insurance\/received\?ref=/);
    const reference = (await page.locator("strong.font-mono").textContent()) ?? "";
    const message = await waitForMessage(reference);
    expect(message.text).toContain(memberId);

    expectNotInServerLog([memberId, groupNumber, "Nguyễn Thị Lan", "1988-03-14", "canary-card.png", phone]);
    expect(await context.cookies()).toEqual([]);
  });
});
