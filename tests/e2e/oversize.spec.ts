import { expect, test } from "@playwright/test";
import { center } from "@/lib/center/schema";
import { formatUsPhone } from "@/lib/phone";

/**
 * Bodies over the limit (1 MB, or 21 MB for the insurance form's post) are refused by their
 * stated size before anything reads them, with a page that says what happened and gives the
 * number, never a bare 413 or 500.
 */
const phone = formatUsPhone(center.phones.admissions);

test.describe("a post too large to take", () => {
  test.use({ javaScriptEnabled: false });

  test("without JavaScript, oversized card photos land on a page with the phone number", async ({ page }) => {
    await page.goto("/verify-insurance");
    const huge = Buffer.alloc(11 * 1024 * 1024, 0xff);
    await page.getByLabel("Photo of the front of the card").setInputFiles({ name: "front.jpg", mimeType: "image/jpeg", buffer: huge });
    await page.getByLabel("Photo of the back of the card").setInputFiles({ name: "back.jpg", mimeType: "image/jpeg", buffer: huge });
    await page.getByRole("button", { name: "Check my insurance" }).click();
    await expect(page).toHaveURL(/\/request-too-large$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("That was too large to send");
    await expect(page.getByRole("main").getByRole("link", { name: new RegExp(phone.replace(/[()]/g, "\\$&")) })).toBeVisible();
  });
});

test("any other path refuses a body over 1 MB the same way", async ({ request }) => {
  const big = await request.post("/request-a-call", {
    multipart: { note: "x".repeat(1024 * 1024 + 1) },
    maxRedirects: 0,
  });
  expect(big.status()).toBe(303);
  expect(new URL(big.headers().location ?? "", "http://x").pathname).toBe("/request-too-large");
  const small = await request.post("/request-a-call", { multipart: { note: "short" }, maxRedirects: 0 });
  expect(small.status()).not.toBe(303);
});
