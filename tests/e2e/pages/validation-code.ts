import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";

/**
 * With JavaScript, a form's validation code loads when focus first enters the form and then
 * takes the fields over; a radio chosen before it arrives is cleared when it does (the group is
 * registered from its first, unchecked option). People read before they answer; tests wait for
 * the code too, on a signal rather than a delay: a name field left empty shows its error only
 * once the code is there. Without JavaScript there is nothing to wait for. The name field is
 * found by its label in the page's language (Spanish pages live under /es).
 */
export async function waitForValidationCode(page: Page) {
  if (!(await page.evaluate(() => "next" in window))) return;
  const spanish = /^\/es(\/|$)/.test(new URL(page.url()).pathname);
  const catalogue = `messages/${spanish ? "es" : "en"}/forms.json`;
  const { nameLabel } = JSON.parse(readFileSync(catalogue, "utf8")) as { nameLabel: string };
  const name = page.getByLabel(nameLabel);
  await name.focus();
  await name.blur();
  await expect(page.locator("#field-name-error"), "the form's validation code has loaded").toBeVisible();
}
