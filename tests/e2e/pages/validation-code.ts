import { expect, type Page } from "@playwright/test";

/**
 * With JavaScript, a form's validation code loads when focus first enters the form and then
 * takes the fields over; a radio chosen before it arrives is cleared when it does (the group is
 * registered from its first, unchecked option). People read before they answer; tests wait for
 * the code too, on a signal rather than a delay: a name field left empty shows its error only
 * once the code is there. Without JavaScript there is nothing to wait for.
 */
export async function waitForValidationCode(page: Page) {
  if (!(await page.evaluate(() => "next" in window))) return;
  const name = page.getByLabel("Your name");
  await name.focus();
  await name.blur();
  await expect(page.locator("#field-name-error"), "the form's validation code has loaded").toBeVisible();
}
