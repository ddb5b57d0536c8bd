import { center } from "@/lib/center/schema";
import { formatUsPhone } from "@/lib/phone";
import { waitForMessage } from "@/tests/support/inbox";
import { uniquePhone } from "@/tests/support/test-phone";
import { expect, test } from "./fixtures";
import { acceptedCarrier, tinyPng, VerifyInsurancePage } from "./pages/verify-insurance-page";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`verify insurance, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a valid check with a card photo is confirmed and emailed with the photo", async ({ page }) => {
      const form = new VerifyInsurancePage(page);
      await form.open();
      const memberId = `W${Date.now() % 1_000_000_000}`;
      await form.fillValid(uniquePhone(), memberId);
      await page.getByLabel("Photo of the front of the card").setInputFiles({
        name: "front.png",
        mimeType: "image/png",
        buffer: tinyPng,
      });
      await form.submit();

      await expect(page).toHaveURL(/\/verify-insurance\/received\?ref=/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("We received your insurance details");
      const reference = (await page.locator("strong.font-mono").textContent()) ?? "";
      const message = await waitForMessage(reference);
      expect(message.text).toContain(memberId);
      expect(message.subject).toContain(acceptedCarrier.name);
      expect(message.attachments.map((a) => a.contentType)).toEqual(["image/png"]);
    });

    test("a plan the center does not take is answered honestly with the phone number", async ({ page }) => {
      const declined = center.insurance.notAccepted.at(-1);
      test.skip(!declined, "lib/center/config.ts lists no plan the center does not take");
      const form = new VerifyInsurancePage(page);
      await form.open();
      await form.fillValid(uniquePhone(), "M12345");
      await page.getByLabel("Insurance company", { exact: true }).selectOption({ label: declined!.name });
      if (javaScriptEnabled) {
        await expect(page.getByText(`We don’t take ${declined!.name}`)).toBeVisible();
      } else {
        await form.submit();
        await expect(page).toHaveURL(/\/verify-insurance$/);
        await expect(page.locator("#field-carrier-error")).toContainText(declined!.guidance);
      }
      await expect(page.getByText(formatUsPhone(center.phones.admissions)).first()).toBeVisible();
    });

    test("a file that is not really an image is refused by its content", async ({ page }) => {
      const form = new VerifyInsurancePage(page);
      await form.open();
      await form.fillValid(uniquePhone(), "X98765");
      await page.getByLabel("Photo of the back of the card").setInputFiles({
        name: "back.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.from("this is plain text pretending to be a photo"),
      });
      await form.submit();
      await expect(page).toHaveURL(/\/verify-insurance$/);
      await expect(page.locator("#field-cardBack-error")).toBeVisible();
      await expect(page.getByLabel("Member ID", { exact: true })).toHaveValue("X98765");
    });
  });
}

test("someone else's coverage asks for their name and relationship, without JavaScript too", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/verify-insurance");
  await expect(page.getByLabel("Their full name")).toBeHidden();
  await page.getByRole("group", { name: "Whose coverage are we checking?" }).getByLabel("Someone I care about").check();
  await expect(page.getByLabel("Their full name")).toBeVisible();
  await expect(page.getByLabel("How do you know them?")).toBeVisible();
  await context.close();
});

test("the error summary lists problems in the order the fields appear", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const form = new VerifyInsurancePage(page);
  await form.open();
  await page.getByRole("group", { name: "Whose coverage are we checking?" }).getByLabel("Someone I care about").check();
  await form.submit();
  // count() does not wait: first let the server's answer arrive.
  await expect(page.locator("#form-errors a").first()).toBeVisible();
  expect(await page.locator("#form-errors a").count()).toBeGreaterThan(3);
  const inDocumentOrder = await page.locator("#form-errors a").evaluateAll((links) => {
    const fields = links.map((link) => document.querySelector(link.getAttribute("href") ?? ""));
    return fields.every((field, i) => {
      const previous = i === 0 ? null : fields[i - 1];
      if (field === null) return false;
      return (
        i === 0 ||
        (previous !== null && (previous.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0)
      );
    });
  });
  expect(inDocumentOrder).toBe(true);
  await context.close();
});
