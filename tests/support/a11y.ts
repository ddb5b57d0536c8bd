import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

// The checks a11y.spec.ts runs on each page and at each keyboard step.

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * axe's findings as one line per rule, naming the elements, so a failure reads on its own.
 * Legacy mode (one axe.run, no per-frame runs) and violations-only results make a scan three
 * times faster; the site has no frames to miss.
 */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(wcag)
    .setLegacyMode()
    .options({ resultTypes: ["violations"] })
    .analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((node) => node.target.join(" ")).join(" | ")}`,
  );
}

export async function expectNoViolations(page: Page, when: string) {
  expect(await axeViolations(page), `axe, ${when}`).toEqual([]);
}

/** The focused element must show an outline or a box shadow: keyboard users need to see where they are. */
export async function expectFocusVisible(page: Page) {
  const focus = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { visible: false, element: "nothing (body)" };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
    return {
      visible: outline || style.boxShadow !== "none",
      element: `${element.outerHTML.slice(0, 120)} (outline: ${style.outline}; focus-visible: ${element.matches(":focus-visible")})`,
    };
  });
  expect(focus.visible, `no visible focus indicator on ${focus.element}`).toBe(true);
}

/** Moves focus with the keyboard and checks the new stop can be seen. */
export async function press(page: Page, key: string) {
  await page.keyboard.press(key);
  await expectFocusVisible(page);
}

/**
 * Focuses every visible element in the tab order, the way the keyboard would reach it, and
 * lists those that show no outline or shadow. Far faster than pressing Tab through the page.
 */
export async function elementsWithoutVisibleFocus(page: Page): Promise<string[]> {
  // After a key press Chromium treats focus() as keyboard focus, so :focus-visible applies.
  await page.keyboard.press("Shift+Tab");
  return page.evaluate(() => {
    const focusable = "a[href], button, input, select, textarea, summary, [tabindex]";
    const missing: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(focusable)) {
      if (element.tabIndex < 0 || !element.checkVisibility({ visibilityProperty: true })) continue;
      element.focus();
      if (document.activeElement !== element) continue;
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
      if (!outline && style.boxShadow === "none") missing.push(element.outerHTML.slice(0, 120));
    }
    return missing;
  });
}

/** Tabs forward, checking each stop shows focus, until `target` has it. */
export async function tabTo(page: Page, target: Locator, maxStops = 3) {
  for (let i = 0; i < maxStops && !(await target.evaluate((el) => el === document.activeElement)); i++) {
    await press(page, "Tab");
  }
  await expect(target).toBeFocused();
}
