import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";

// The checks a11y.spec.ts runs on each page and at each keyboard step.

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * The axe engine @axe-core/playwright ships, run without it: its AxeBuilder sends the whole
 * engine (580 KB) into the page twice per scan, so two scans of one page cost four copies.
 * Here it goes in once per document and each scan is a single call.
 */
const requireHere = createRequire(path.join(process.cwd(), "package.json"));
const axeSource = readFileSync(
  requireHere.resolve("axe-core/axe.min.js", { paths: [path.dirname(requireHere.resolve("@axe-core/playwright"))] }),
  "utf8",
);

type Finding = { id: string; impact: string; help: string; targets: string[] };
/** What the scan reads of axe's results (axe-core's own types come with the engine, not as a dependency of ours). */
type AxeRun = (
  context: Document,
  options: { runOnly: { type: "tag"; values: string[] }; resultTypes: string[] },
) => Promise<{
  violations: Array<{ id: string; impact?: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
}>;

/**
 * axe's findings as one line per rule, naming the elements, so a failure reads on its own.
 * One axe.run over the document (no per-frame runs: the site has no frames to miss) reporting
 * violations only, which makes a scan three times faster.
 */
async function axeViolations(page: Page): Promise<string[]> {
  const injected = await page.evaluate(
    () => typeof (window as unknown as { axe?: { run?: unknown } }).axe?.run === "function",
  );
  if (!injected) await page.evaluate(axeSource);
  const findings = await page.evaluate(async (tags): Promise<Finding[]> => {
    const axe = (window as unknown as { axe: { run: AxeRun } }).axe;
    const { violations } = await axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return violations.map((v) => ({
      id: v.id,
      impact: String(v.impact),
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(" ")),
    }));
  }, wcag);
  return findings.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.targets.join(" | ")}`);
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
