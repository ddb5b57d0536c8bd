import type { Page } from "@playwright/test";
import { center } from "@/lib/center/schema";
import { timeZoneName } from "@/lib/center/hours";
import { formatUsPhone } from "@/lib/phone";
import { waitForMessage } from "@/tests/support/inbox";
import { uniquePhone } from "@/tests/support/test-phone";
import { expect, test } from "./fixtures";
import { RequestCallPage } from "./pages/request-call-page";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`request a call, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a valid request is confirmed with a reference and reaches admissions", async ({ page, foreignRequests }) => {
      const form = new RequestCallPage(page);
      await form.open();
      const phone = uniquePhone();
      await form.fill({
        name: "Zoë O’Neil-Ramírez",
        phone,
        email: "zoe@example.org",
        note: "Evenings after 7 are best.",
      });
      await form.submit();

      await expect(page).toHaveURL(/\/request-a-call\/received\?ref=/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("We received your call request");
      const reference = (await page.locator("strong.font-mono").textContent()) ?? "";
      expect(reference).toMatch(/^[A-Z]{1,4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      await expect(page.getByText("When to expect our call:")).toBeVisible();
      await expect(page.getByText(`in the evening (${timeZoneName(center.timeZone)}), as you asked`)).toBeVisible();
      await expect(page.getByText(/In a crisis, call/).last()).toBeVisible();

      const message = await waitForMessage(reference);
      expect(message.subject).toContain("Zoë");
      expect(message.text).toContain("Zoë O’Neil-Ramírez");
      expect(message.text).toContain(phone);
      expect(message.replyTo?.value[0]?.address).toBe("zoe@example.org");
      expect(message.html || "").toContain(`href="tel:`);
      expect(foreignRequests).toEqual([]);
    });

    test("bad input gets field-level errors and keeps what was typed", async ({ page }) => {
      const form = new RequestCallPage(page);
      await form.open();
      await page.getByLabel("Your name").fill("Sam <b>");
      await page.getByLabel("Phone number").fill("555-0142");
      await form.submit();

      await expect(page).toHaveURL(/\/request-a-call$/);
      await expect(page.getByRole("alert").first()).toContainText("Please fix");
      const phone = page.getByLabel("Phone number");
      await expect(phone).toHaveAttribute("aria-invalid", "true");
      await expect(phone).toHaveValue("555-0142");
      await expect(page.locator("#field-phone-error")).toContainText("area code");
      await expect(page.locator("#field-name-error")).toContainText("letters");
      await expect(page.locator("#field-consentCall-error")).toContainText("call you");
      if (javaScriptEnabled) await expect(page.getByLabel("Your name")).toBeFocused();
      else await expect(page.locator("#form-errors")).toBeFocused();
    });
  });
}

// Completing the form by keyboard alone is a11y.spec.ts's "request a call shows focus at every
// step of a keyboard-only request", which presses the same keys and checks focus at each stop.

test("a refused form keeps everything typed and says to call, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // A forged token is refused the same way a too-fast one is, without depending on timing.
  await page.route("**/request-a-call", async (route) => {
    const body = route.request().postData();
    if (route.request().method() !== "POST" || !body) return route.continue();
    await route.continue({ postData: body.replace(/(name="formToken"\r\n\r\n)[^\r]+/, "$1forged") });
  });
  const form = new RequestCallPage(page);
  await form.open();
  const phone = uniquePhone();
  await form.fill({ name: "Refused Sender", phone, note: "Keep this note." });
  await form.submit();
  await expect(page.getByRole("alert")).toContainText("could not accept this form");
  await expect(page.getByRole("alert")).toContainText(formatUsPhone(center.phones.admissions));
  await expect(page.getByLabel("Your name")).toHaveValue("Refused Sender");
  await expect(page.getByLabel("Phone number")).toHaveValue(phone);
  await expect(page.getByLabel("Anything you would like us to know?")).toHaveValue("Keep this note.");
  await expect(page.getByLabel(/may call me at this number/)).toBeChecked();
  await context.close();
});

test("with JavaScript, a field is checked as soon as it is left, by code that loads only once the form is used", async ({
  page,
}) => {
  const form = new RequestCallPage(page);
  const scripts: string[] = [];
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
    if (request.method() === "POST") posts.push(request.url());
  });
  await form.open();
  await page.waitForLoadState("networkidle");
  const loadedWithPage = scripts.length;

  const phone = page.getByLabel("Phone number");
  await phone.fill("555-0142");
  await expect
    .poll(() => scripts.length, { message: "focus loads the validation code" })
    .toBeGreaterThan(loadedWithPage);
  await page.keyboard.press("Tab");

  await expect(page.locator("#field-phone-error")).toContainText("area code");
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await phone.fill("(503) 555-0142");
  await expect(page.locator("#field-phone-error")).toHaveCount(0);
  expect(posts).toEqual([]);
});

test("with JavaScript, a field left before the validation code arrived is checked once it does", async ({ page }) => {
  const form = new RequestCallPage(page);
  await form.open();
  const { release, held } = await holdScripts(page);

  const phone = page.getByLabel("Phone number");
  await phone.fill("555-0142");
  await page.keyboard.press("Tab");
  await expect.poll(held).toBeGreaterThan(0);
  await expect(page.locator("#field-phone-error")).toHaveCount(0);

  release();
  await expect(page.locator("#field-phone-error")).toContainText("area code");
});

test("with JavaScript, answers chosen before the validation code arrived are kept when it does", async ({ page }) => {
  const form = new RequestCallPage(page);
  await form.open();
  const { release, held } = await holdScripts(page);

  const evening = page.getByRole("group", { name: "Best time to call" }).getByLabel("Evening");
  const textsNo = page.getByRole("group", { name: "May we send a text to this number?" }).getByLabel("No");
  const consent = page.getByLabel(/may call me at this number/);
  await evening.check();
  await textsNo.check();
  await consent.check();
  await page.getByLabel("Your name").fill("Early Bird");
  await expect.poll(held).toBeGreaterThan(0);

  release();
  await page.waitForLoadState("networkidle");
  // The validator is attached once a field left now reports through it.
  await page.getByLabel("Phone number").fill("555-0142");
  await page.keyboard.press("Tab");
  await expect(page.locator("#field-phone-error")).toContainText("area code");
  await expect(evening).toBeChecked();
  await expect(textsNo).toBeChecked();
  await expect(consent).toBeChecked();
  await expect(page.getByLabel("Your name")).toHaveValue("Early Bird");
});

test("with JavaScript, if the validation code cannot be downloaded, the request still reaches admissions", async ({
  page,
}) => {
  const form = new RequestCallPage(page);
  await form.open();
  await page.waitForLoadState("networkidle");
  // The connection drops after the page has loaded: no more scripts arrive.
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  const phone = uniquePhone();
  await form.fill({ name: "Offline Validator", phone }, { validationCode: false });
  await form.submit();
  await expect(page).toHaveURL(/\/request-a-call\/received\?ref=/);
  const reference = new URL(page.url()).searchParams.get("ref")!;
  const message = await waitForMessage(reference);
  expect(message.text).toContain("Offline Validator");
  expect(message.text).toContain(phone);
});

/** Holds back every script the page asks for from now on, as a slow connection would, until release(). */
async function holdScripts(page: Page): Promise<{ release: () => void; held: () => number }> {
  await page.waitForLoadState("networkidle");
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route("**/_next/static/chunks/**", async (route) => {
    held += 1;
    await released;
    await route.continue();
  });
  return { release, held: () => held };
}
